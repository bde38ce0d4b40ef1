import type { Announcement } from '../schema/round.ts';
import type { DataGuardPolicy, DataGuardReplacement, RunGuard } from '../schema/guard.ts';

// What the stores hand out: typed records, not table rows (JSON columns parsed, names in the domain's words).

export interface TrainerRecord {
  id: string;
  login: string;
  name: string;
  passwordHash: string;
}

export type InviteKind = 'setup' | 'co-trainer';

export interface InviteRecord {
  tokenHash: string;
  kind: InviteKind;
  workshopId: string | null;
  createdBy: string | null;
  createdAt: number;
  expiresAt: number;
}

/** The round's clock: when it is up, and what locks then. */
export interface CountdownRecord {
  endsAt: number;
  label: string | null;
  locks: string[];
}

/** The gallery everyone sees: one revealed exercise, at one case (null: the first). */
export interface GalleryRecord {
  exercise: string;
  case: string | null;
}

/** A blind vote: the entries it compares and the cases shown, fixed when it opened (entries cannot change then). */
export interface VotingRecord {
  exercise: string;
  openedAt: number;
  entries: { teamId: string; run: string }[];
  cases: string[];
}

/** The entries the trainer chose for the prompt library. */
export interface LibraryRecord {
  picks: { exercise: string; teamId: string }[];
  anonymous: boolean;
}

export interface WorkshopRecord {
  id: string;
  code: string;
  title: string;
  date: string;
  exercises: string[];
  released: string[];
  /** Released exercises locked by the trainer (a countdown's locks apply on top once it is up). */
  locked: string[];
  revealed: string[];
  countdown: CountdownRecord | null;
  announcement: Announcement | null;
  gallery: GalleryRecord | null;
  voting: VotingRecord | null;
  library: LibraryRecord | null;
  models: string[] | null;
  inHouseOnly: boolean;
  budgetEur: number | null;
  budgetTokens: number | null;
  runsPerMinute: number | null;
  leaderboardVisible: boolean;
  dataGuard: DataGuardPolicy;
  dataGuardInHouse: boolean;
  dataGuardReplacement: DataGuardReplacement;
  joinOpen: boolean;
  createdAt: number;
}

export interface TeamRecord {
  id: string;
  workshopId: string;
  name: string;
  removedAt: number | null;
}

export interface ParticipantRecord {
  id: string;
  workshopId: string;
  teamId: string;
  name: string | null;
  joinedAt: number;
}

/** A live session with everything a request needs to know about its holder. */
export type SessionRecord = { tokenHash: string; expiresAt: number } & (
  | { role: 'trainer'; trainer: Omit<TrainerRecord, 'passwordHash'> }
  | {
      role: 'team';
      workshop: WorkshopRecord;
      team: Pick<TeamRecord, 'id' | 'name'>;
      participant: Pick<ParticipantRecord, 'id' | 'name'>;
    }
);

export type NewSession = { tokenHash: string; createdAt: number; expiresAt: number } & (
  { role: 'trainer'; trainerId: string } | { role: 'team'; workshopId: string; teamId: string; participantId: string }
);

/** Which sessions to end. */
export type SessionSelector = { trainerId: string } | { teamId: string } | { participantId: string };

/** Whose run: a team's, a trainer's own try-outs, or (all null) the open sandbox's. */
export interface RunSpace {
  workshopId: string | null;
  teamId: string | null;
  trainerId: string | null;
  participantId: string | null;
}

export const OPEN_SPACE: RunSpace = { workshopId: null, teamId: null, trainerId: null, participantId: null };

/** Which runs a list or best score covers. */
export type RunScope = { teamId: string } | { trainerId: string } | { open: true };

export interface SpendRecord {
  eur: number;
  /** Tokens of results without a price. */
  tokens: number;
}

export interface TeamStats extends Pick<TeamRecord, 'id' | 'name'> {
  createdAt: number;
  members: Pick<ParticipantRecord, 'id' | 'name' | 'joinedAt'>[];
  runs: number;
  spent: SpendRecord;
  lastRunAt: number | null;
  /** What the data guard replaced in the team's runs, and what the team confirmed to send as it was. */
  guard: Pick<RunGuard, 'replaced' | 'confirmed'>;
}

/** Who sees a workshop event: everyone in it, one team (and the trainers), or the trainers only. */
export type Audience = { to: 'all' } | { to: 'team'; teamId: string } | { to: 'trainers' };

export interface NewWorkshopEvent {
  workshopId: string;
  audience: Audience;
  type: string;
  data: Record<string, unknown>;
  at: number;
}

export interface WorkshopEvent extends Omit<NewWorkshopEvent, 'workshopId'> {
  id: number;
}

export type VoteChoiceRecord = 'a' | 'b' | 'equal' | 'both-poor';

/** One pair shown to one attendee, and their vote (null until cast). */
export interface BallotRecord {
  id: string;
  workshopId: string;
  exercise: string;
  participantId: string;
  caseId: string;
  firstTeam: string;
  firstRun: string;
  secondTeam: string;
  secondRun: string;
  pairKey: string;
  choice: VoteChoiceRecord | null;
  createdAt: number;
  votedAt: number | null;
}

/** Everyone who joined a workshop (also those who left or whose team was removed), for the training record. */
export interface AttendeeRecord extends Pick<ParticipantRecord, 'id' | 'name' | 'joinedAt' | 'teamId'> {
  teamName: string;
}
