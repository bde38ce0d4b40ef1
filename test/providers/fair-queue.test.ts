import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../server/providers/limiter.ts';
import { openLane, type Lane } from '../../server/providers/fair-queue.ts';

/** A limiter of one slot, held until `release`; every later call records its name when it gets the slot. */
async function heldLimiter() {
  const limiter = createLimiter(1);
  let release = () => {};
  let holding = () => {};
  const running = new Promise<void>((resolve) => (holding = resolve));
  const held = limiter.run(() => {
    holding();
    return new Promise<void>((resolve) => (release = resolve));
  });
  await running;
  const order: string[] = [];
  const call = (name: string, lane?: Lane, signal?: AbortSignal) =>
    limiter.run(async () => void order.push(name), signal, lane);
  return { limiter, order, call, release: () => release(), held };
}

describe('the queue in front of a provider', () => {
  it('lets teams take turns instead of serving the first team that queued everything', async () => {
    const { order, call, release, held } = await heldLimiter();
    const a = openLane('team:a');
    const b = openLane('team:b');
    const c = openLane('team:c');
    const calls = [
      ...['a1', 'a2', 'a3', 'a4'].map((name) => call(name, a)),
      ...['b1', 'b2'].map((name) => call(name, b)),
      call('c1', c),
    ];
    release();
    await Promise.all([held, ...calls]);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
  });

  it("starts a team's new runs first and then serves its oldest run first", async () => {
    const { order, call, release, held } = await heldLimiter();
    const old = openLane('team:a');
    old.started = 3;
    const fresh = openLane('team:a');
    const newer = openLane('team:a');
    const calls = [call('alt-1', old), call('alt-2', old), call('neu-1', fresh), call('neu-2', fresh)];
    calls.push(call('neuer-1', newer), call('neuer-2', newer));
    release();
    await Promise.all([held, ...calls]);
    // Each new run gets its first call at once, in the order they came; then the runs go on oldest first,
    // not all side by side: the older run ends before the newer ones take their second call.
    expect(order).toEqual(['neu-1', 'neuer-1', 'alt-1', 'alt-2', 'neu-2', 'neuer-2']);
    expect([old.started, fresh.started, newer.started]).toEqual([5, 2, 2]);
  });

  it('keeps calls without a lane in the order they came, and drops a cancelled waiter from its turn', async () => {
    const { limiter, order, call, release, held } = await heldLimiter();
    const team = openLane('team:a');
    const controller = new AbortController();
    const cancelled = call('abgebrochen', team, controller.signal);
    const calls = [call('1'), call('2'), call('3')];
    controller.abort();
    await expect(cancelled).rejects.toMatchObject({ kind: 'cancelled' });
    expect(limiter.waiting).toBe(3);
    release();
    await Promise.all([held, ...calls]);
    expect(order).toEqual(['1', '2', '3']);
    expect(limiter.active).toBe(0);
  });
});
