import type { Context } from 'hono';
import type { RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { publicBase } from '../http/public-url.ts';
import type { Workshop } from '../schema/workshop.ts';
import type { AppEnv, Viewer } from '../sessions/viewer.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { toWorkshopView } from '../workshops/view.ts';

/**
 * The workshop of a route's `{id}`; 404 when there is none (ownership is checked before, by middleware). A team's
 * own workshop came with its session, read in this same request: no second look into the store.
 */
export async function requireWorkshop(
  { store }: Pick<RouteDeps, 'store'>,
  id: string,
  viewer: Viewer,
): Promise<WorkshopRecord> {
  if (viewer.role === 'team' && viewer.workshop.id === id) return viewer.workshop;
  const workshop = await store.getWorkshop(id);
  if (!workshop) throw new ApiProblem(404, 'Diesen Workshop gibt es nicht.', 'id');
  return workshop;
}

/** The workshop as the API shows it, with its trainers and the join address of this server. */
export const workshopView = async (c: Context<AppEnv>, deps: RouteDeps, workshop: WorkshopRecord): Promise<Workshop> =>
  toWorkshopView(workshop, await deps.store.trainersOf(workshop.id), publicBase(c, deps), deps.now());

/** An exercise of the workshop (listed by the trainer); 404 naming the field otherwise. */
export function requireWorkshopExercise(workshop: WorkshopRecord, exercise: string, field = 'exercise'): string {
  if (!workshop.exercises.includes(exercise)) {
    throw new ApiProblem(404, `Die Übung "${exercise}" gehört nicht zu diesem Workshop.`, field);
  }
  return exercise;
}
