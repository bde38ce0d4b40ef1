import type { Hook } from '@hono/zod-openapi';
import { formatFieldPath } from '../exercises/problems.ts';
import { toFieldIssues } from '../schema/issues.ts';
import type { AppEnv } from '../sessions/viewer.ts';
import { ApiProblem, sendProblem } from './errors.ts';

// The part of the request a field belongs to, when the issue has no path of its own.
const TARGET_FIELD: Record<string, string> = { json: 'body', query: 'query', param: 'id', header: 'header' };

/** Every route's zod validation: the first problem as a 400 naming its field (`targets[0].provider`). */
export const validationHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return;
  const [first, ...rest] = toFieldIssues(result.error.issues);
  if (!first) return sendProblem(c, new ApiProblem(400, 'Ungültige Anfrage.'));
  const field = first.path.length > 0 ? formatFieldPath(first.path) : (TARGET_FIELD[result.target] ?? 'body');
  const more = rest.length === 0 ? '' : ` (und ${rest.length} weitere${rest.length === 1 ? 'r' : ''} Fehler)`;
  return sendProblem(c, new ApiProblem(400, `${field}: ${first.message}${more}`, field));
};
