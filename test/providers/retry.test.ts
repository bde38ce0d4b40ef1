import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../server/providers/errors.ts';
import { abortableSleep, retryDelay, withRetry, type RetryOptions } from '../../server/providers/retry.ts';
import { ProviderError } from '../../server/providers/types.ts';

const base: RetryOptions = { retries: 3, baseDelayMs: 100, maxDelayMs: 1_000 };

/** Fails with the given errors in turn, then answers "ok"; counts attempts. */
function script(...errors: ProviderError[]) {
  const calls = { count: 0 };
  const fn = async () => {
    const error = errors[calls.count++];
    if (error) throw error;
    return 'ok';
  };
  return { fn, calls };
}

const serverError = () => new ProviderError('server', 'HTTP 500', { status: 500 });

describe('withRetry', () => {
  it('backs off exponentially with full jitter, capped by maxDelayMs', async () => {
    const slept: number[] = [];
    const { fn, calls } = script(serverError(), serverError(), serverError(), serverError());
    const result = withRetry(fn, { ...base, retries: 4, random: () => 0.5, sleep: async (ms) => void slept.push(ms) });
    await expect(result).resolves.toBe('ok');
    expect(slept).toEqual([50, 100, 200, 400]);
    expect(calls.count).toBe(5);
    expect(retryDelay(serverError(), 10, { ...base, random: () => 0.999 })).toBeLessThan(1_000);
  });

  it('waits what retry-after asks, but never longer than maxDelayMs', async () => {
    const slept: number[] = [];
    const rateLimit = (ms: number) => new ProviderError('rate-limit', '429', { status: 429, retryAfterMs: ms });
    const { fn } = script(rateLimit(300), rateLimit(60_000));
    await withRetry(fn, { ...base, sleep: async (ms) => void slept.push(ms) });
    expect(slept).toEqual([300, 1_000]);
  });

  it('does not retry errors that are not retryable', async () => {
    const { fn, calls } = script(new ProviderError('refused', 'HTTP 400', { status: 400 }));
    await expect(withRetry(fn, { ...base, sleep: async () => {} })).rejects.toMatchObject({ kind: 'refused' });
    expect(calls.count).toBe(1);
  });

  it('says how many attempts failed when it gives up', async () => {
    const { fn, calls } = script(serverError(), serverError(), serverError());
    const result = withRetry(fn, { ...base, retries: 2, sleep: async () => {} });
    await expect(result).rejects.toMatchObject({ kind: 'server', message: expect.stringContaining('Alle 3 Versuche') });
    expect(calls.count).toBe(3);
  });

  it('stops at once when aborted while waiting', async () => {
    const controller = new AbortController();
    const { fn, calls } = script(serverError(), serverError());
    const result = withRetry(fn, {
      ...base,
      baseDelayMs: 60_000,
      maxDelayMs: 60_000,
      random: () => 1,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    await expect(result).rejects.toMatchObject({ kind: 'cancelled' });
    expect(calls.count).toBe(1);
  });

  it('never retries once text reached the caller', async () => {
    const shown: string[] = [];
    let calls = 0;
    const fn = async ({ onDelta }: { onDelta?: (text: string) => void }) => {
      calls++;
      onDelta?.('Sehr geehrte ');
      throw new ProviderError('network', 'Die Verbindung brach mitten in der Antwort ab.');
    };
    const result = withRetry(fn, { ...base, sleep: async () => {}, onDelta: (text) => shown.push(text) });
    await expect(result).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringContaining('Ein neuer Versuch unterbleibt'),
    });
    expect(calls).toBe(1);
    expect(shown).toEqual(['Sehr geehrte ']);
  });
});

describe('abortableSleep', () => {
  it('rejects with cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort();
    await expect(sleeping).rejects.toMatchObject({ kind: 'cancelled' });
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-27T10:00:00Z');
  it.each([
    [{ 'retry-after-ms': '250', 'retry-after': '3' }, 250],
    [{ 'retry-after': '3' }, 3_000],
    [{ 'retry-after': 'Fri, 27 Nov 2026 10:00:05 GMT' }, 5_000],
    [{ 'retry-after': 'Fri, 27 Nov 2026 09:59:00 GMT' }, 0],
    [{ 'retry-after': 'bald' }, undefined],
    [{}, undefined],
  ])('reads %j as %s ms', (headers, expected) => {
    expect(parseRetryAfter(new Headers(headers), now)).toBe(expected);
  });
});
