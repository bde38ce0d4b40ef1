import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { RunInputError } from '../runs/errors.ts';
import type { ApiError } from '../schema/api.ts';
import { logServerError } from './log.ts';

/** A request the API refuses: thrown by handlers, answered as `{ error: { message, field } }`. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly field?: string,
    /** E.g. `Retry-After` of a 429. */
    readonly headers?: Record<string, string>,
    /** More of the body beside `error`, e.g. the `problems` of an imported file. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export const errorBody = (message: string, field?: string): ApiError => ({
  error: field === undefined ? { message } : { message, field },
});

export const sendProblem = (c: Context, problem: ApiProblem) =>
  c.json({ ...errorBody(problem.message, problem.field), ...problem.details }, problem.status, problem.headers);

export const BODY_LIMIT_BYTES = 256 * 1024;

/** Hono's own refusals (body parsing, body limit, media type) in the API's words. */
function fromHttpException(err: HTTPException): ApiProblem {
  switch (err.status) {
    case 400:
      return new ApiProblem(400, 'Ungültiges JSON im Anfrageinhalt. Bitte senden Sie ein JSON-Objekt.', 'body');
    case 413:
      return new ApiProblem(413, `Die Anfrage ist zu groß (höchstens ${BODY_LIMIT_BYTES / 1024} KB).`, 'body');
    case 415:
      return new ApiProblem(415, 'Der Anfrageinhalt muss JSON sein (Content-Type: application/json).', 'body');
    default:
      return new ApiProblem(err.status as ContentfulStatusCode, 'Die Anfrage konnte nicht bearbeitet werden.');
  }
}

/** Input errors become 4xx; anything else is our fault: logged here, a plain 500 for the client. */
export const onError: ErrorHandler = (err, c) => {
  if (err instanceof ApiProblem) return sendProblem(c, err);
  if (err instanceof HTTPException && err.status < 500) {
    // The rest of an oversized body stays unread: the connection cannot carry another request.
    if (err.status === 413) c.header('Connection', 'close');
    return sendProblem(c, fromHttpException(err));
  }
  if (err instanceof RunInputError) return sendProblem(c, new ApiProblem(400, err.message, err.field));
  logServerError(err, `${c.req.method} ${c.req.path}`);
  return c.json(errorBody('Interner Fehler im Server. Bitte versuchen Sie es später noch einmal.'), 500);
};

export const notFound: NotFoundHandler = (c) => {
  if (c.req.path === '/api' || c.req.path.startsWith('/api/')) {
    return c.json(errorBody(`Die Adresse ${c.req.method} ${c.req.path} gibt es in der API nicht.`), 404);
  }
  return c.text('Nicht gefunden', 404);
};
