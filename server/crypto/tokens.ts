import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../schema/limits.ts';
import { Lru } from '../memo/lru.ts';
import { randomBytes, toBase64Url, utf8 } from './encoding.ts';

/** 256 random bits for session cookies and one-time links. */
export const newToken = (): string => toBase64Url(randomBytes(32));

/**
 * The hashes of the tokens seen lately. Every API request hashes its session cookie, and WebCrypto's digest (a job
 * on another thread, then back) took 2.5 % of the server's CPU in the workshop benchmark. A hash grants nothing by
 * itself: the session it names is looked up, and may be gone, on every request.
 */
const recentHashes = new Lru<string, Promise<string>>(4096);

/** What the database keeps of a token: its SHA-256 (a copy of the database opens no session). */
export function tokenHash(token: string): Promise<string> {
  return recentHashes.get(token) ?? recentHashes.set(token, sha256(token));
}

async function sha256(token: string): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(token))));
}

/** A join code from the cryptographic random source; rejection sampling keeps every character equally likely. */
export function newJoinCode(): string {
  const size = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % size);
  let code = '';
  while (code.length < JOIN_CODE_LENGTH) {
    for (const byte of randomBytes(JOIN_CODE_LENGTH)) {
      if (byte < limit && code.length < JOIN_CODE_LENGTH) code += JOIN_CODE_ALPHABET[byte % size];
    }
  }
  return code;
}
