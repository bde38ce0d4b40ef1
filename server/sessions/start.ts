import type { Context } from 'hono';
import { newToken, tokenHash } from '../crypto/tokens.ts';
import type { RouteDeps } from '../http/deps.ts';
import type { NewSession } from '../store/records.ts';
import { clearSessionCookie, isHttps, sessionToken, setSessionCookie } from './cookie.ts';

/** A trainer's working day; a team's session lasts for a workshop over several days. */
export const SESSION_TTL_MS = { trainer: 12 * 60 * 60_000, team: 7 * 24 * 60 * 60_000 } as const;

type SessionHolder = DistributiveOmit<NewSession, 'tokenHash' | 'createdAt' | 'expiresAt'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Ends the browser's current session, if any, and starts a new one with a fresh token in the cookie. */
export async function startSession(c: Context, deps: RouteDeps, holder: SessionHolder): Promise<void> {
  await endSession(c, deps, { keepCookie: true });
  const token = newToken();
  const now = deps.now();
  const ttl = SESSION_TTL_MS[holder.role];
  await deps.store.deleteExpiredSessions(now);
  await deps.store.insertSession({
    ...holder,
    tokenHash: await tokenHash(token),
    createdAt: now,
    expiresAt: now + ttl,
  });
  setSessionCookie(c, token, ttl, isHttps(c, deps.trustProxy ?? false));
}

export async function endSession(c: Context, deps: RouteDeps, options: { keepCookie?: boolean } = {}): Promise<void> {
  const token = sessionToken(c);
  if (token) await deps.store.deleteSession(await tokenHash(token));
  if (!options.keepCookie) clearSessionCookie(c, isHttps(c, deps.trustProxy ?? false));
}
