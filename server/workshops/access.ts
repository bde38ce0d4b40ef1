import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../http/errors.ts';
import { requireTrainer } from '../sessions/guard.ts';
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

/**
 * The workshop routes a team may use, in its own workshop: the leaderboard, the gallery and its ballots. Each
 * route checks whether now is the time (the leaderboard shown, the gallery open, a vote running).
 */
const TEAM_ROUTES: readonly { method: string; path: RegExp }[] = [
  { method: 'GET', path: /^\/api\/workshops\/([^/]+)\/leaderboard$/ },
  { method: 'GET', path: /^\/api\/workshops\/([^/]+)\/gallery\/[^/]+$/ },
  { method: 'GET', path: /^\/api\/workshops\/([^/]+)\/voting\/ballot$/ },
  { method: 'PUT', path: /^\/api\/workshops\/([^/]+)\/voting\/ballots\/[^/]+$/ },
];

const teamRoute = (method: string, path: string) =>
  TEAM_ROUTES.filter((r) => r.method === method)
    .map((r) => r.path.exec(path))
    .find((match) => match !== null);

/**
 * Workshop routes are the trainers', except the few a team uses in its own workshop; another workshop's answer
 * 404, as if it did not exist.
 */
export const requireTrainerOrTeamRoute: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { viewer } = c.var;
  const route = viewer.role === 'team' ? teamRoute(c.req.method, c.req.path) : undefined;
  if (viewer.role !== 'team' || !route) return requireTrainer(c, next);
  if (route[1] !== viewer.workshop.id) throw new ApiProblem(404, 'Diesen Workshop gibt es nicht.', 'id');
  await next();
};
