import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/**
 * Hono's body limit, for requests that may carry a body. It reads `c.req.raw.body`, which on Node makes
 * @hono/node-server build a full web Request (URL, headers, AbortController, body stream) beside its light one;
 * an event stream (a GET) would hold that for as long as it is open. GET and HEAD have no body to limit.
 */
export function limitBody(maxSize: number): MiddlewareHandler {
  const limit = bodyLimit({ maxSize });
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next));
}
