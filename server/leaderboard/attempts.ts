import type { AttemptRecord, AttemptRun, RunPoints } from '../store/entries.ts';
import type { Store } from '../store/types.ts';
import type { AttemptIndex } from './attempt-index.ts';

/**
 * Finished attempts with their points, by run id. They never change once a run has finished (its results are stored
 * before its end), so a process keeps them: a live board then reads only the case results of runs it has not seen
 * finished, not a workshop's whole history on every update, and makes no new objects for the others.
 */
export type PointsCache = Map<string, AttemptRecord>;

const NO_POINTS: RunPoints = { scores: new Map(), outputTokens: 0 };

/**
 * Running attempts without points, by the run as the index holds it: a live board asks several times a second, while
 * most of a busy workshop's runs are running, and would otherwise make each of them anew every time.
 */
const pointless = new WeakMap<AttemptRun, AttemptRecord>();

/**
 * The attempts of a workshop's teams (or of one team) with their points, oldest first. With `finishedOnly`, running
 * attempts come without points: rankings and the dashboard leave them out, and a workshop's running runs are many.
 * With an `index` of the workshop, the runs come from it instead of a read of all of them.
 */
export async function loadAttempts(
  store: Pick<Store, 'attemptRuns' | 'runPoints'>,
  workshopId: string,
  {
    teamId,
    cache,
    index,
    finishedOnly = false,
  }: { teamId?: string; cache?: PointsCache; index?: AttemptIndex; finishedOnly?: boolean } = {},
): Promise<AttemptRecord[]> {
  const runs = await (index && teamId === undefined ? index.attempts() : store.attemptRuns(workshopId, teamId));
  const unknown = runs.filter(({ run, status }) => !cache?.has(run) && !(finishedOnly && status === 'running'));
  const fresh = unknown.length > 0 ? await store.runPoints(unknown.map(({ run }) => run)) : undefined;
  return runs.map((run) => {
    const finished = run.status !== 'running';
    const known = cache?.get(run.run) ?? (finishedOnly && !finished ? pointless.get(run) : undefined);
    if (known) return known;
    const { scores, outputTokens } = fresh?.get(run.run) ?? NO_POINTS;
    const attempt = { ...run, scores, outputTokens };
    if (finished) cache?.set(run.run, attempt);
    else if (finishedOnly) pointless.set(run, attempt);
    return attempt;
  });
}
