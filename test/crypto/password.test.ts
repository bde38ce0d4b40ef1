import { describe, expect, it } from 'vitest';
import { createPasswordHasher, WORKERS_MAX_ITERATIONS } from '../../server/crypto/password.ts';

// Few iterations keep the tests fast; the format and the checks are the same as with 600,000.
const fast = createPasswordHasher(1_000);

describe('password hashes', () => {
  it('are PHC strings with the iterations and a salt of their own beside the hash', async () => {
    const [a, b] = [await fast.hash('geheimes Passwort'), await fast.hash('geheimes Passwort')];
    expect(a).toMatch(/^\$pbkdf2-sha256\$i=1000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(a).not.toBe(b);
    expect(a.split('$')[3]).not.toBe(b.split('$')[3]);
  });

  it('verify the right password only', async () => {
    const stored = await fast.hash('geheimes Passwort');
    expect(await fast.verify('geheimes Passwort', stored)).toBe(true);
    expect(await fast.verify('geheimes passwort', stored)).toBe(false);
    expect(await fast.verify('', stored)).toBe(false);
  });

  it('treat the same text in another Unicode form as the same password', async () => {
    const composed = 'Grüße-2026';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await fast.verify(decomposed, await fast.hash(composed))).toBe(true);
  });

  it('are verified with the parameters stored beside them, and say when they are outdated', async () => {
    const old = await createPasswordHasher(500).hash('altes Passwort');
    expect(await fast.verify('altes Passwort', old)).toBe(true);
    expect(fast.outdated(old)).toBe(true);
    expect(fast.outdated(await fast.hash('x'))).toBe(false);
  });

  it('on Workers never make or check a hash above 100,000 iterations (Cloudflare refuses them)', async () => {
    expect(() => createPasswordHasher(600_000, WORKERS_MAX_ITERATIONS)).toThrow();
    const workers = createPasswordHasher(1_000, WORKERS_MAX_ITERATIONS);
    const strong = await createPasswordHasher(WORKERS_MAX_ITERATIONS + 1).hash('stark');
    expect(await workers.verify('stark', strong)).toBe(false);
  });

  it('refuse broken stored values instead of throwing', async () => {
    for (const broken of ['', 'klartext', '$pbkdf2-sha256$i=abc$x$y', '$pbkdf2-sha256$i=1000$%%%$y', '$bcrypt$...']) {
      expect(await fast.verify('x', broken)).toBe(false);
    }
  });
});
