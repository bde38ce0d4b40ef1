import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../schema/limits.ts';
import { randomBytes, toBase64Url, utf8 } from './encoding.ts';

/** 256 random bits for session cookies and one-time links. */
export const newToken = (): string => toBase64Url(randomBytes(32));

/** What the database keeps of a token: its SHA-256 (a copy of the database opens no session). */
export async function tokenHash(token: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(token)));
  return toBase64Url(digest);
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
