import type { AttemptRecord, RunPoints } from '../store/entries.ts';
import type { Store } from '../store/types.ts';

/**
 * The points of finished attempts by run id. They never change once a run has finished (its results are stored
 * before its end), so a process keeps them: a live board then reads the runs' rows and only the case results of
 * runs it has not seen finished, not a workshop's whole history on every update.
 */
export type PointsCache = Map<string, RunPoints>;

/**
 * The attempts of a workshop's teams (or of one team) with their points, oldest first. With `finishedOnly`, running
 * attempts come without points: rankings and the dashboard leave them out, and a workshop's running runs are many.
 */
export async function loadAttempts(
  store: Pick<Store, 'attemptRuns' | 'runPoints'>,
  workshopId: string,
  { teamId, cache, finishedOnly = false }: { teamId?: string; cache?: PointsCache; finishedOnly?: boolean } = {},
): Promise<AttemptRecord[]> {
  const runs = await store.attemptRuns(workshopId, teamId);
  const unknown = runs.filter(({ run, status }) => !cache?.has(run) && !(finishedOnly && status === 'running'));
  const fresh = await store.runPoints(unknown.map(({ run }) => run));
  return runs.map((run) => {
    const points = cache?.get(run.run) ?? fresh.get(run.run) ?? { scores: new Map(), outputTokens: 0 };
    if (cache && run.status !== 'running') cache.set(run.run, points);
    return { ...run, ...points };
  });
}
