import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a state-changing request that another site's page sent (CSRF), whatever its content type: Hono's
 * `csrf` middleware looks at form content types only. Browsers send `Origin` with every such request; where
 * one is missing, `Sec-Fetch-Site` tells. A request with neither is not from a browser (curl, scripts) and
 * carries no cookie a page could have made it send.
 */
export function sameOrigin(trustProxy: boolean): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE.has(c.req.method)) {
      const ownHost =
        (trustProxy && c.req.header('x-forwarded-host')?.split(',')[0]?.trim()) || new URL(c.req.url).host;
      const origin = c.req.header('origin');
      const site = c.req.header('sec-fetch-site');
      const foreign =
        origin !== undefined
          ? hostOf(origin) !== ownHost
          : site !== undefined && site !== 'same-origin' && site !== 'none';
      if (foreign) throw new ApiProblem(403, 'Anfragen von anderen Websites werden nicht angenommen.', 'Origin');
    }
    await next();
  };
}

/** The host of an Origin header; undefined for `null` and anything unparsable (never equal to ours). */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
