import type { MiddlewareHandler } from 'hono';
import { tokenHash } from '../crypto/tokens.ts';
import type { RouteDeps } from '../http/deps.ts';
import { clearSessionCookie, hasSessionCookie, isHttps, sessionToken } from './cookie.ts';
import type { AppEnv, Viewer } from './viewer.ts';

/**
 * Resolves the viewer of an API request from its session cookie. A cookie that names no live session (expired,
 * logged out, removed team, forged) is cleared and counts as no cookie, never as an error.
 */
export function resolveViewer({ store, access, now, trustProxy = false }: RouteDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const found = token ? await store.findSession(await tokenHash(token), now()) : undefined;
    if (!found && hasSessionCookie(c)) clearSessionCookie(c, isHttps(c, trustProxy));
    // On loopback the sandbox is one person's, until a trainer opens a workshop (then everybody signs in).
    const viewer: Viewer =
      found?.session ?? (access === 'open' && !(await store.hasWorkshops()) ? { role: 'open' } : { role: 'none' });
    c.set('viewer', viewer);
    c.set('authoredStamp', found?.authoredStamp);
    await next();
  };
}
