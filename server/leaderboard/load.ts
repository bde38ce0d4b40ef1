import type { Catalogue } from '../exercises/catalogue.ts';
import type { WorkshopRecord } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import type { AttemptIndex } from './attempt-index.ts';
import { loadAttempts, type PointsCache } from './attempts.ts';
import type { BoardInput } from './board.ts';

/**
 * Everything a ranking or the dashboard of a workshop is made of, read in one go. `teams` says how much of the teams
 * to read: a ranking needs their names, the dashboard their members and spend too.
 */
export async function loadBoard<T extends BoardInput['teams'][number]>(
  store: Store,
  {
    catalogue,
    workshop,
    now,
    cache,
    index,
  }: { catalogue: Catalogue; workshop: WorkshopRecord; now: number; cache?: PointsCache; index?: AttemptIndex },
  teams: (workshopId: string) => Promise<T[]>,
): Promise<BoardInput & { teams: T[] }> {
  const [teamList, attempts, chosen] = await Promise.all([
    teams(workshop.id),
    loadAttempts(store, workshop.id, { cache, index, finishedOnly: true }),
    store.chosenEntries(workshop.id),
  ]);
  return { workshop, teams: teamList, attempts, chosen, catalogue, now };
}
