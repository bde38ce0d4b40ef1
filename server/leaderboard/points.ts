import type { LoadedExercise } from '../exercises/catalogue.ts';
import type { AttemptRecord } from '../store/entries.ts';

export type PointsScope = 'public' | 'all';

/** The cases the points count: the public ones while the round runs, every case once the exercise is revealed. */
export const countedCases = (loaded: LoadedExercise | undefined, scope: PointsScope): string[] =>
  (loaded?.fixture?.cases ?? []).filter((c) => scope === 'all' || !c.hidden).map((c) => c.id);

/**
 * An attempt's points (0..100, one decimal): its mean score over the counted cases, where a case it did not run
 * counts 0 (so running fewer cases never pays). Rounded before comparing, so that what the table shows as equal
 * is equal, and tie-breaks decide.
 */
export function pointsOf(attempt: Pick<AttemptRecord, 'scores'>, cases: readonly string[]): number {
  if (cases.length === 0) return 0;
  const sum = cases.reduce((total, id) => total + (attempt.scores.get(id) ?? 0), 0);
  return Math.round((sum / cases.length) * 1000) / 10;
}
