import { describe, expect, it } from 'vitest';
import { createSecretBox, newSecretKey } from '../../server/crypto/secret-box.ts';

describe('the secret box for provider keys', () => {
  it('seals with a fresh IV each time and opens what it sealed', async () => {
    const box = await createSecretBox(newSecretKey());
    const [a, b] = [await box.seal('sk-schluessel', 'openai'), await box.seal('sk-schluessel', 'openai')];
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('sk-schluessel');
    expect(await box.open(a, 'openai')).toBe('sk-schluessel');
  });

  it('does not open a value under another name or another key, or a tampered one', async () => {
    const box = await createSecretBox(newSecretKey());
    const sealed = await box.seal('sk-schluessel', 'openai');
    await expect(box.open(sealed, 'anthropic')).rejects.toThrow();
    await expect((await createSecretBox(newSecretKey())).open(sealed, 'openai')).rejects.toThrow();
    const [version, iv, data] = sealed.split(':');
    const flipped = `${version}:${iv}:${data!.startsWith('A') ? 'B' : 'A'}${data!.slice(1)}`;
    await expect(box.open(flipped, 'openai')).rejects.toThrow();
  });

  it('explains a key of the wrong size', async () => {
    await expect(createSecretBox('zu-kurz')).rejects.toThrow(/32 Bytes/);
  });
});
