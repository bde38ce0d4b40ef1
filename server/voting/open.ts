import type { Catalogue } from '../exercises/catalogue.ts';
import { findExercise } from '../http/exercise-view.ts';
import { ApiProblem } from '../http/errors.ts';
import type { ExerciseEntries } from '../leaderboard/board.ts';
import { exerciseState, isRevealed } from '../rounds/state.ts';
import type { VotingRecord, WorkshopRecord } from '../store/records.ts';

/**
 * A blind vote on a locked exercise, with its entries fixed now: a vote must compare what the ranking counts, and
 * entries cannot change once the exercise is locked. Only the cases the teams may see are shown: hidden ones
 * once revealed.
 */
export function openVoting(
  workshop: WorkshopRecord,
  entries: ExerciseEntries | undefined,
  catalogue: Catalogue,
  now: number,
): VotingRecord {
  const exercise = entries?.exercise ?? '';
  if (!entries || exerciseState(workshop, exercise, now) !== 'locked') {
    throw new ApiProblem(
      409,
      'Abstimmen lässt sich erst, wenn die Übung gesperrt ist: Sperren Sie sie zuerst.',
      'exercise',
    );
  }
  if (entries.entries.length < 2) {
    throw new ApiProblem(409, 'Zum Abstimmen braucht es Abgaben von mindestens zwei Teams.', 'exercise');
  }
  const revealed = isRevealed(workshop, exercise);
  const cases = (findExercise(catalogue, exercise)?.fixture?.cases ?? []).filter((c) => revealed || !c.hidden);
  return {
    exercise,
    openedAt: now,
    entries: entries.entries.map((e) => ({ teamId: e.teamId, run: e.run })),
    cases: cases.map((c) => c.id),
  };
}
