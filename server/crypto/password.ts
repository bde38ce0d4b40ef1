import { equalBytes, fromBase64, randomBytes, toBase64, utf8 } from './encoding.ts';

/**
 * Password hashes as PHC strings (`$pbkdf2-sha256$i=600000$<salt>$<hash>`): PBKDF2-SHA-256 through WebCrypto,
 * a random salt per account, and the parameters stored beside the hash, so that a hash is always verified with
 * the iterations it was made with, whatever the runtime's setting is now.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** True when `password` matches; false for a wrong password and for a stored value this runtime cannot check. */
  verify(password: string, stored: string): Promise<boolean>;
  /** True when the stored hash was made with other parameters than this runtime's: rehash after a good login. */
  outdated(stored: string): boolean;
}

/** OWASP's recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet): what Node uses. */
export const NODE_ITERATIONS = 600_000;
/**
 * Cloudflare's production runtime refuses PBKDF2 above 100,000 iterations (workerd issue 1346) while local
 * workerd allows more: a Worker must never make, or try to check, a stronger hash.
 */
export const WORKERS_MAX_ITERATIONS = 100_000;

const PREFIX = '$pbkdf2-sha256$i=';
const SALT_BYTES = 16;
const HASH_BITS = 256;

async function derive(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', utf8(password.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, key, HASH_BITS);
  return new Uint8Array(bits);
}

function parse(stored: string): { iterations: number; salt: Uint8Array<ArrayBuffer>; hash: Uint8Array } | undefined {
  if (!stored.startsWith(PREFIX)) return undefined;
  const [iterationsText, saltText, hashText] = stored.slice(PREFIX.length).split('$');
  const iterations = Number(iterationsText);
  if (!Number.isSafeInteger(iterations) || iterations < 1 || !saltText || !hashText) return undefined;
  try {
    return { iterations, salt: fromBase64(saltText), hash: fromBase64(hashText) };
  } catch {
    return undefined;
  }
}

/** `iterations` for new hashes; `maxIterations` is the most this runtime can check (Workers: 100,000). */
export function createPasswordHasher(iterations: number, maxIterations = Number.POSITIVE_INFINITY): PasswordHasher {
  if (iterations > maxIterations) throw new Error(`PBKDF2 mit ${iterations} Iterationen geht hier nicht.`);
  return {
    async hash(password) {
      const salt = randomBytes(SALT_BYTES);
      const hash = await derive(password, salt, iterations);
      return `${PREFIX}${iterations}$${toBase64(salt)}$${toBase64(hash)}`;
    },
    async verify(password, stored) {
      const parsed = parse(stored);
      if (!parsed || parsed.iterations > maxIterations) return false;
      return equalBytes(await derive(password, parsed.salt, parsed.iterations), parsed.hash);
    },
    outdated: (stored) => parse(stored)?.iterations !== iterations,
  };
}
