import type { PasswordHasher } from '../crypto/password.ts';
import { newToken, tokenHash } from '../crypto/tokens.ts';
import { PASSWORD_MIN_LENGTH } from '../schema/limits.ts';
import type { AccountStore } from '../store/accounts.ts';

/** The first trainer's login: what `PROMPTATHON_TRAINER_PASSWORD` and the set-up link make. */
export const FIRST_TRAINER_LOGIN = 'trainer';
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

interface Deps {
  store: AccountStore;
  passwords: PasswordHasher;
  now: () => number;
  newId: () => string;
}

/**
 * At start-up: `PROMPTATHON_TRAINER_PASSWORD` creates the first trainer or resets their password (their sessions
 * end then). Without it, and while no trainer exists, returns a fresh one-time set-up token (older ones stop
 * working) for the link the server prints.
 */
export async function ensureFirstTrainer(deps: Deps, password: string | undefined): Promise<{ setupToken?: string }> {
  const { store, passwords, now } = deps;
  if (password !== undefined && password !== '') {
    if (password.length < PASSWORD_MIN_LENGTH) {
      throw new Error(`PROMPTATHON_TRAINER_PASSWORD ist zu kurz: mindestens ${PASSWORD_MIN_LENGTH} Zeichen.`);
    }
    const trainer = await store.findTrainer(FIRST_TRAINER_LOGIN);
    if (!trainer) {
      const first = {
        id: deps.newId(),
        login: FIRST_TRAINER_LOGIN,
        name: 'Trainer',
        passwordHash: await passwords.hash(password),
      };
      await store.insertTrainer(first, now());
    } else if (!(await passwords.verify(password, trainer.passwordHash))) {
      await store.setPasswordHash(trainer.id, await passwords.hash(password));
      await store.deleteSessions({ trainerId: trainer.id });
    }
    await store.deleteInvites('setup');
    return {};
  }
  if ((await store.countTrainers()) > 0) return {};
  await store.deleteInvites('setup');
  const setupToken = newToken();
  await store.insertInvite({
    tokenHash: await tokenHash(setupToken),
    kind: 'setup',
    workshopId: null,
    createdBy: null,
    createdAt: now(),
    expiresAt: now() + INVITE_TTL_MS,
  });
  return { setupToken };
}

/** The one-time link of a token: the web UI's page for it. */
export const inviteUrl = (base: string, token: string): string => `${base.replace(/\/+$/, '')}/#/einladung/${token}`;
