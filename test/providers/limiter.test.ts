import { afterEach, describe, expect, it } from 'vitest';
import { UNGUARDED } from '../../server/guard/call-guard.ts';
import { providersConfigSchema } from '../../server/providers/config.ts';
import { createLimiter } from '../../server/providers/limiter.ts';
import { createProviderRegistry } from '../../server/providers/registry.ts';
import type { FakeServer } from '../fakes/core.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';

/** A promise plus the function that settles it, so tests decide when a task ends. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('createLimiter', () => {
  it('runs waiters first come, first served, and frees the slot when a task fails', async () => {
    const limiter = createLimiter(1);
    const order: string[] = [];
    const first = gate();
    const a = limiter.run(async () => {
      await first.opened;
      throw new Error('kaputt');
    });
    const b = limiter.run(async () => void order.push('b'));
    const c = limiter.run(async () => void order.push('c'));
    expect(limiter.active).toBe(1);
    expect(limiter.waiting).toBe(2);
    first.open();
    await expect(a).rejects.toThrow('kaputt');
    await Promise.all([b, c]);
    expect(order).toEqual(['b', 'c']);
    expect(limiter.active).toBe(0);
  });

  it('lets an aborted waiter leave the queue', async () => {
    const limiter = createLimiter(1);
    const first = gate();
    const a = limiter.run(() => first.opened);
    const controller = new AbortController();
    let ranAborted = false;
    const b = limiter.run(async () => {
      ranAborted = true;
    }, controller.signal);
    const c = limiter.run(async () => 'c');
    controller.abort();
    await expect(b).rejects.toMatchObject({ kind: 'cancelled' });
    expect(limiter.waiting).toBe(1);
    first.open();
    await a;
    await expect(c).resolves.toBe('c');
    expect(ranAborted).toBe(false);
    expect(limiter.active).toBe(0);
  });
});

describe('per-provider limit at the server', () => {
  let fake: FakeServer | undefined;
  afterEach(async () => fake?.close());

  it('never has more calls in flight than the configured concurrency', async () => {
    fake = await startFakeOpenAI({ latencyMs: 20 });
    const registry = createProviderRegistry({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url },
      config: providersConfigSchema.parse({ providers: { openai: { concurrency: 3 } } }),
    });
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        registry.chat('openai:gpt-4o-mini', { guard: UNGUARDED, user: `Frage ${i}` }),
      ),
    );
    expect(fake.requests).toHaveLength(12);
    expect(fake.maxInFlight).toBe(3);
  });

  it('carries a benchmark-sized load: 400 calls at concurrency 16', async () => {
    fake = await startFakeOpenAI({ latencyMs: 10 });
    const registry = createProviderRegistry({
      env: { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.url },
      config: providersConfigSchema.parse({ concurrency: 16 }),
    });
    const responses = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        registry.chat('openai:gpt-4o-mini', { guard: UNGUARDED, user: `Frage Nummer ${i}` }),
      ),
    );
    expect(responses.every((r) => r.text.includes(`Nummer`))).toBe(true);
    expect(fake.requests).toHaveLength(400);
    expect(fake.maxInFlight).toBeLessThanOrEqual(16);
  });
});
