import { ApiProblem } from '../http/errors.ts';
import type { AccountStore } from '../store/accounts.ts';

/** Guessing a password or a join code: so many failures per client address within the window, then 429. */
export const FAILURE_LIMITS = {
  login: { allowed: 5, windowMs: 10 * 60_000 },
  join: { allowed: 10, windowMs: 10 * 60_000 },
} as const;
export type FailureKind = keyof typeof FAILURE_LIMITS;

const MESSAGES: Record<FailureKind, string> = {
  login: 'Zu viele fehlgeschlagene Anmeldungen von diesem Gerät.',
  join: 'Zu viele falsche Codes von diesem Gerät.',
};

/** Throws a 429 with `Retry-After` once the client used up its failures; call before checking the guess. */
export async function refuseWhenLimited(store: AccountStore, kind: FailureKind, client: string, now: number) {
  const { allowed, windowMs } = FAILURE_LIMITS[kind];
  const { count, oldest } = await store.countFailures(kind, client, now - windowMs);
  if (count < allowed) return;
  const seconds = Math.max(1, Math.ceil(((oldest ?? now) + windowMs - now) / 1000));
  const minutes = Math.ceil(seconds / 60);
  throw new ApiProblem(
    429,
    `${MESSAGES[kind]} Bitte versuchen Sie es in ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} noch einmal.`,
    undefined,
    { 'Retry-After': String(seconds) },
  );
}

export const recordFailure = (store: AccountStore, kind: FailureKind, client: string, now: number) =>
  store.addFailure(kind, client, now, now - FAILURE_LIMITS[kind].windowMs);
