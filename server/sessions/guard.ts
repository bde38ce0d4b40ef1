import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../http/errors.ts';
import type { AppEnv } from './viewer.ts';

/** What a visitor without a session may reach on a network: the public pages and the ways in. */
const PUBLIC: readonly [method: string, path: RegExp][] = [
  ['GET', /^\/api\/(health|openapi\.json|docs|docs\.css|session)$/],
  ['POST', /^\/api\/session\/(trainer|join)$/],
  ['DELETE', /^\/api\/session$/],
  ['GET', /^\/api\/join\/[^/]+$/],
  ['GET', /^\/api\/invites\/[^/]+$/],
  ['POST', /^\/api\/invites\/[^/]+$/],
];

const isPublic = (method: string, path: string) => PUBLIC.some(([m, p]) => m === method && p.test(path));

export const SIGN_IN_FIRST =
  'Bitte melden Sie sich zuerst an: mit dem Code Ihres Workshops oder als Trainerin bzw. Trainer.';

/** Everything but the public routes needs a session (or the open sandbox): 401 otherwise, whatever the path. */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (c.var.viewer.role === 'none' && !isPublic(c.req.method, c.req.path)) throw new ApiProblem(401, SIGN_IN_FIRST);
  await next();
};

/** Trainer routes: 401 without a trainer session, 403 for a team. */
export const requireTrainer: MiddlewareHandler<AppEnv> = async (c, next) => {
  const { role } = c.var.viewer;
  if (role === 'team') throw new ApiProblem(403, 'Das dürfen nur Trainerinnen und Trainer.');
  if (role !== 'trainer') throw new ApiProblem(401, 'Bitte melden Sie sich als Trainerin oder Trainer an.');
  await next();
};
