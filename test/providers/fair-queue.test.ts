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
    const a = openLane('team:a', 4);
    const b = openLane('team:b', 2);
    const c = openLane('team:c', 1);
    const calls = [
      ...['a1', 'a2', 'a3', 'a4'].map((name) => call(name, a)),
      ...['b1', 'b2'].map((name) => call(name, b)),
      call('c1', c),
    ];
    release();
    await Promise.all([held, ...calls]);
    expect(order).toEqual(['a1', 'b1', 'c1', 'a2', 'b2', 'a3', 'a4']);
  });

  it("starts a team's new runs first, then serves the run with the fewest calls left", async () => {
    const { order, call, release, held } = await heldLimiter();
    const big = openLane('team:a', 200);
    big.started = 3;
    const small = openLane('team:a', 2);
    const newer = openLane('team:a', 5);
    const calls = [call('groß-1', big), call('groß-2', big), call('klein-1', small), call('klein-2', small)];
    calls.push(call('neuer-1', newer), call('neuer-2', newer));
    release();
    await Promise.all([held, ...calls]);
    // Each new run gets its first call at once, in the order they came. Then the short runs end first instead of all
    // going on side by side, and the long run started before them does not hold them up.
    expect(order).toEqual(['klein-1', 'neuer-1', 'klein-2', 'neuer-2', 'groß-1', 'groß-2']);
    expect([big.started, small.started, newer.started]).toEqual([5, 2, 2]);
  });

  it('serves the older of two runs with as many calls left first', async () => {
    const { order, call, release, held } = await heldLimiter();
    const older = openLane('team:a', 5);
    const younger = openLane('team:a', 5);
    older.started = younger.started = 1;
    const calls = [
      call('jünger-1', younger),
      call('jünger-2', younger),
      call('älter-1', older),
      call('älter-2', older),
    ];
    release();
    await Promise.all([held, ...calls]);
    expect(order).toEqual(['älter-1', 'älter-2', 'jünger-1', 'jünger-2']);
  });

  it('keeps calls without a lane in the order they came, and drops a cancelled waiter from its turn', async () => {
    const { limiter, order, call, release, held } = await heldLimiter();
    const team = openLane('team:a', 1);
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
