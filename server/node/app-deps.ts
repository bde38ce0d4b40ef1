import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { dirname, join } from 'node:path';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createPasswordHasher, NODE_ITERATIONS } from '../crypto/password.ts';
import { createSecretBox, newSecretKey, type SecretBox } from '../crypto/secret-box.ts';
import type { Access } from '../http/deps.ts';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
const WILDCARD = new Set(['0.0.0.0', '::']);

/** A server on loopback only is one person's sandbox; any other address is a network. */
export const accessFor = (host: string): Access => (LOOPBACK.has(host) ? 'open' : 'network');

export const nodePasswords = () => createPasswordHasher(NODE_ITERATIONS);

/**
 * The key that seals provider keys: PROMPTATHON_SECRET_KEY, else `secret.key` beside the database, made on first
 * start (readable by this user only). Losing it makes stored keys unreadable, not readable by others.
 */
export async function nodeSecrets(env: NodeJS.ProcessEnv, dbFile: string): Promise<SecretBox | undefined> {
  if (env.PROMPTATHON_SECRET_KEY) return createSecretBox(env.PROMPTATHON_SECRET_KEY);
  if (dbFile === ':memory:') return createSecretBox(newSecretKey());
  const file = join(dirname(dbFile), 'secret.key');
  if (!existsSync(file)) {
    try {
      writeFileSync(file, `${newSecretKey()}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      // Another process starting at the same moment wrote it first: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return createSecretBox(readFileSync(file, 'utf8'));
}

/** The socket's peer; behind a trusted proxy the first address of X-Forwarded-For. */
export const nodeClientAddress =
  (trustProxy: boolean) =>
  (c: Context): string => {
    const forwarded = trustProxy ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    return forwarded || getConnInfo(c).remote.address || 'unbekannt';
  };

/** This machine's address in the room's network, for the links attendees open (the first non-internal IPv4). */
export function lanAddress(): string | undefined {
  for (const list of Object.values(networkInterfaces())) {
    for (const address of list ?? []) if (address.family === 'IPv4' && !address.internal) return address.address;
  }
  return undefined;
}

/** Where attendees reach a server on `host:port`: PROMPTATHON_PUBLIC_URL, else its LAN address when it listens on all. */
export function nodePublicUrl(env: NodeJS.ProcessEnv, host: string, port: number): string | undefined {
  if (env.PROMPTATHON_PUBLIC_URL) return env.PROMPTATHON_PUBLIC_URL;
  const lan = WILDCARD.has(host) ? lanAddress() : undefined;
  return lan ? `http://${lan}:${port}` : undefined;
}
