import type { Catalogue } from '../exercises/catalogue.ts';
import type { TeamStats, WorkshopRecord } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import { loadAttempts, type PointsCache } from './attempts.ts';
import type { BoardInput } from './board.ts';

/** Everything a ranking or the dashboard of a workshop is made of, read in one go. */
export async function loadBoard(
  store: Store,
  catalogue: Catalogue,
  workshop: WorkshopRecord,
  now: number,
  cache?: PointsCache,
): Promise<BoardInput & { teams: TeamStats[] }> {
  const [teams, attempts, chosen] = await Promise.all([
    store.teamStats(workshop.id),
    loadAttempts(store, workshop.id, { cache }),
    store.chosenEntries(workshop.id),
  ]);
  return { workshop, teams, attempts, chosen, catalogue, now };
}
