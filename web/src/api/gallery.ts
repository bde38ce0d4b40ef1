import { request, segment, send, workshopPath } from './client.ts';
import type { Ballot, Gallery, VoteChoice, VoteResults, Workshop } from './types.ts';

/**
 * After the reveal: the gallery of every team's entry, and the blind vote on pairs of answers. The trainer opens and
 * closes both; a team reads the gallery only while it is open, and votes with its members' own ballots.
 */
export const galleryApi = {
  /** For the trainer any revealed exercise; for a team only the one the trainer shows now (403 otherwise). */
  gallery: (id: string, exercise: string) => request<Gallery>(`${workshopPath(id)}/gallery/${segment(exercise)}`),
  /** Shows the exercise's gallery to everyone, at `caseId` (null: the first case); again: moves everyone's focus. */
  openGallery: (id: string, exercise: string, caseId: string | null = null) =>
    send<Workshop>('PUT', `${workshopPath(id)}/gallery`, { exercise, case: caseId }),
  closeGallery: (id: string) => send<Workshop>('DELETE', `${workshopPath(id)}/gallery`),

  /** Needs a locked exercise with at least two entries (409 otherwise). */
  openVoting: (id: string, exercise: string) =>
    send<Workshop>('POST', `${workshopPath(id)}/exercises/${segment(exercise)}/voting`),
  /** Ends the vote; its votes stay. */
  closeVoting: (id: string) => send<Workshop>('DELETE', `${workshopPath(id)}/voting`),
  votes: (id: string, exercise: string) =>
    request<VoteResults>(`${workshopPath(id)}/exercises/${segment(exercise)}/votes`),

  /** The attendee's pending pair (the server keeps it across reloads), or why there is none. */
  ballot: (id: string) => request<Ballot>(`${workshopPath(id)}/voting/ballot`),
  /** Answers the next ballot; 409 when this one was judged already (then load the ballot again). */
  vote: (id: string, ballot: string, choice: VoteChoice) =>
    send<Ballot>('PUT', `${workshopPath(id)}/voting/ballots/${segment(ballot)}`, { choice }),
};
