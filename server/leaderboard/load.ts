import type { Catalogue } from '../exercises/catalogue.ts';
import type { TeamStats, WorkshopRecord } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import type { BoardInput } from './board.ts';

/** Everything a ranking or the dashboard of a workshop is made of, read in one go. */
export async function loadBoard(
  store: Store,
  catalogue: Catalogue,
  workshop: WorkshopRecord,
  now: number,
): Promise<BoardInput & { teams: TeamStats[] }> {
  const [teams, attempts, chosen] = await Promise.all([
    store.teamStats(workshop.id),
    store.attempts(workshop.id),
    store.chosenEntries(workshop.id),
  ]);
  return { workshop, teams, attempts, chosen, catalogue, now };
}
