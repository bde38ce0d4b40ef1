import { describe, expect, it } from 'vitest';
import { newJoinCode, newToken, tokenHash } from '../../server/crypto/tokens.ts';
import { JOIN_CODE_ALPHABET } from '../../server/schema/limits.ts';
import { joinCodeSchema } from '../../server/schema/workshop.ts';

describe('join codes', () => {
  it('are 6 characters without look-alikes (no 0/O, 1/I/l), all characters about equally likely', () => {
    expect(JOIN_CODE_ALPHABET).not.toMatch(/[0O1Il]/);
    const counts = new Map<string, number>();
    for (let i = 0; i < 4_000; i++) {
      const code = newJoinCode();
      expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/);
      for (const char of code) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(JOIN_CODE_ALPHABET.length);
    // 24,000 characters over 32: 750 each on average; a biased draw would leave some far off.
    for (const n of counts.values()) expect(n).toBeGreaterThan(600);
  });

  it('forgive lower case, spaces and dashes when typed', () => {
    expect(joinCodeSchema.parse(' k7m-2qx ')).toBe('K7M2QX');
    expect(joinCodeSchema.safeParse('K7M2Q0').success).toBe(false);
    expect(joinCodeSchema.safeParse('K7M2Q').success).toBe(false);
  });
});

describe('session tokens', () => {
  it('carry 256 random bits; the database keeps only their SHA-256', async () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    const hash = await tokenHash(token);
    expect(hash).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toBe(token);
    expect(await tokenHash(token)).toBe(hash);
  });
});
