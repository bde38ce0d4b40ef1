import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../http/errors.ts';
import type { AppEnv } from '../sessions/viewer.ts';
import type { WorkshopStore } from '../store/workshops.ts';

/**
 * A workshop route (`/api/workshops/:id/…`) for one of the trainer's own workshops; another trainer's workshop
 * answers 404, as if it did not exist. Runs after requireTrainer.
 */
export function requireOwnWorkshop(store: Pick<WorkshopStore, 'isTrainerOf'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const id = c.req.param('id');
    const { viewer } = c.var;
    if (id && viewer.role === 'trainer' && !(await store.isTrainerOf(id, viewer.trainer.id))) {
      throw new ApiProblem(404, 'Diesen Workshop gibt es nicht (oder er gehört nicht zu Ihren).', 'id');
    }
    await next();
  };
}
