import { fromBase64, randomBytes, toBase64, utf8 } from './encoding.ts';

/**
 * Seals secrets (provider keys) for the database: AES-256-GCM through WebCrypto, a fresh 96-bit IV per value,
 * and the value's name as additional data, so that a sealed key copied to another row does not open.
 */
export interface SecretBox {
  seal(plain: string, name: string): Promise<string>;
  /** Throws when the value was not sealed with this key and name. */
  open(sealed: string, name: string): Promise<string>;
}

const VERSION = 'v1';

/** A new random key, as PROMPTATHON_SECRET_KEY takes it (base64 of 32 bytes). */
export const newSecretKey = (): string => toBase64(randomBytes(32));

export async function createSecretBox(keyBase64: string): Promise<SecretBox> {
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = fromBase64(keyBase64.trim());
  } catch {
    raw = new Uint8Array();
  }
  if (raw.length !== 32) throw new Error('PROMPTATHON_SECRET_KEY muss 32 Bytes in Base64 sein (44 Zeichen).');
  const key = await crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
  return {
    async seal(plain, name) {
      const iv = randomBytes(12);
      const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: utf8(name) }, key, utf8(plain));
      return `${VERSION}:${toBase64(iv)}:${toBase64(new Uint8Array(sealed))}`;
    },
    async open(sealed, name) {
      const [version, iv, data] = sealed.split(':');
      if (version !== VERSION || !iv || !data) throw new Error('Unbekanntes Format eines verschlüsselten Werts.');
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: fromBase64(iv), additionalData: utf8(name) },
        key,
        fromBase64(data),
      );
      return new TextDecoder().decode(plain);
    },
  };
}
