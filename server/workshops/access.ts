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

/** The one workshop route a team may use: reading its own workshop's leaderboard. */
const TEAM_BOARD = /^\/api\/workshops\/([^/]+)\/leaderboard$/;

/**
 * Workshop routes are the trainers', except that a team reads its own workshop's leaderboard while the trainer
 * shows it (403 otherwise); another workshop's answers 404, as if it did not exist.
 */
export const requireTrainerOrTeamBoard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { viewer } = c.var;
  const board = viewer.role === 'team' && c.req.method === 'GET' ? TEAM_BOARD.exec(c.req.path) : null;
  if (viewer.role !== 'team' || !board) return requireTrainer(c, next);
  if (board[1] !== viewer.workshop.id) throw new ApiProblem(404, 'Diesen Workshop gibt es nicht.', 'id');
  if (!viewer.workshop.leaderboardVisible) {
    throw new ApiProblem(403, 'Die Rangliste ist gerade nicht freigegeben. Ihre Trainerin oder Ihr Trainer zeigt sie.');
  }
  await next();
};
