import type { Catalogue } from '../exercises/catalogue.ts';
import { findExercise } from '../http/exercise-view.ts';
import { loadAttempts } from '../leaderboard/attempts.ts';
import { buildLeaderboard, entriesByExercise, type BoardInput } from '../leaderboard/board.ts';
import { withAttempts } from '../leaderboard/entry-runs.ts';
import { isRevealed } from '../rounds/state.ts';
import type { AttendeeRecord, WorkshopRecord } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import type { LibraryExercise } from './library.ts';

/**
 * What the records of a workshop are made of. Unlike the live leaderboard it counts every team that took part,
 * also those the trainer removed: their runs stay for the records.
 */
export async function loadRecords(store: Store, catalogue: Catalogue, workshop: WorkshopRecord, now: number) {
  const [attendees, attempts, chosen] = await Promise.all([
    store.attendees(workshop.id),
    loadAttempts(store, workshop.id),
    store.chosenEntries(workshop.id),
  ]);
  const names = new Map(attendees.map((a: AttendeeRecord) => [a.teamId, a.teamName]));
  const teams = [...names].map(([id, name]) => ({ id, name }));
  const input: BoardInput = { workshop, teams, attempts, chosen, catalogue, now };
  const perExercise = entriesByExercise(input);
  return {
    input,
    attendees,
    attempts,
    names,
    perExercise,
    overall: () => buildLeaderboard(input, perExercise).overall,
    entries: () => withAttempts(store, perExercise),
    /** The revealed exercises with their ranked entries: what the prompt library is picked from. */
    library: async (): Promise<LibraryExercise[]> => {
      const revealed = perExercise.filter((x) => isRevealed(workshop, x.exercise));
      const ranked = await withAttempts(store, revealed);
      return revealed.flatMap(({ exercise }) => {
        const loaded = findExercise(catalogue, exercise);
        return loaded ? [{ loaded, entries: ranked.get(exercise) ?? [] }] : [];
      });
    },
  };
}
