import type { LoadedExercise } from '../exercises/catalogue.ts';
import type { AttemptRecord } from '../store/entries.ts';

export type PointsScope = 'public' | 'all';

const counted = new WeakMap<LoadedExercise, Partial<Record<PointsScope, readonly string[]>>>();

/**
 * The cases the points count: the public ones while the round runs, every case once the exercise is revealed. The
 * same list for the same exercise as loaded, so that points can be kept per list (an edited exercise is a new one).
 */
export function countedCases(loaded: LoadedExercise | undefined, scope: PointsScope): readonly string[] {
  if (!loaded) return [];
  const lists = counted.get(loaded) ?? counted.set(loaded, {}).get(loaded)!;
  return (lists[scope] ??= (loaded.fixture?.cases ?? []).filter((c) => scope === 'all' || !c.hidden).map((c) => c.id));
}

/**
 * Points by counted list and scores: an attempt's scores never change once read, and a live board ranks thousands
 * of attempts several times a second.
 */
const kept = new WeakMap<readonly string[], WeakMap<AttemptRecord['scores'], number>>();

/**
 * An attempt's points (0..100, one decimal): its mean score over the counted cases, where a case it did not run
 * counts 0 (so running fewer cases never pays). Rounded before comparing, so that what the table shows as equal
 * is equal, and tie-breaks decide.
 */
export function pointsOf({ scores }: Pick<AttemptRecord, 'scores'>, cases: readonly string[]): number {
  if (cases.length === 0) return 0;
  const byScores = kept.get(cases) ?? kept.set(cases, new WeakMap()).get(cases)!;
  let points = byScores.get(scores);
  if (points === undefined) {
    const sum = cases.reduce((total, id) => total + (scores.get(id) ?? 0), 0);
    points = Math.round((sum / cases.length) * 1000) / 10;
    byScores.set(scores, points);
  }
  return points;
}
