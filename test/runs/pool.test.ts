import { describe, expect, it } from 'vitest';
import { forEachConcurrent } from '../../server/runs/pool.ts';

/** A task that waits until the test lets it start (its slot) and then end. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the pool a run’s cases go through', () => {
  it('fills every worker at once while each item starts right away', async () => {
    let inFlight = 0;
    let most = 0;
    const end = gate();
    const pool = forEachConcurrent([1, 2, 3, 4, 5, 6], 4, async (_item, started) => {
      started();
      inFlight++;
      most = Math.max(most, inFlight);
      await end.opened;
      inFlight--;
    });
    await tick();
    expect(most).toBe(4);
    end.open();
    await pool;
  });

  it('takes the next item only once the last one started or ended', async () => {
    const taken: number[] = [];
    const slots = new Map([1, 2, 3].map((i) => [i, gate()]));
    const ends = new Map([1, 2, 3].map((i) => [i, gate()]));
    const pool = forEachConcurrent([1, 2, 3], 3, async (item, started) => {
      taken.push(item);
      // An item ends early (a cancelled call, a cached answer) or gets its slot first.
      const slot = await Promise.race([slots.get(item)!.opened.then(() => true), ends.get(item)!.opened]);
      if (!slot) return;
      started();
      await ends.get(item)!.opened;
    });
    await tick();
    expect(taken).toEqual([1]); // waiting for its slot: nothing else is taken
    slots.get(1)!.open();
    await tick();
    expect(taken).toEqual([1, 2]);
    ends.get(2)!.open(); // 2 ends without ever starting: 3 is taken all the same
    await tick();
    expect(taken).toEqual([1, 2, 3]);
    slots.get(3)!.open();
    ends.get(1)!.open();
    ends.get(3)!.open();
    await pool;
  });

  it('stops taking items once its signal aborts, and every waiting worker returns', async () => {
    const stop = new AbortController();
    const taken: number[] = [];
    const pool = forEachConcurrent(
      [1, 2, 3, 4],
      4,
      async (item) => {
        taken.push(item);
        await new Promise<void>((resolve) => stop.signal.addEventListener('abort', () => resolve()));
      },
      stop.signal,
    );
    await tick();
    stop.abort();
    await pool;
    expect(taken).toEqual([1]);
  });

  it('goes on after an item that threw, and passes the error on', async () => {
    const taken: number[] = [];
    const pool = forEachConcurrent([1, 2, 3], 2, async (item) => {
      taken.push(item);
      if (item === 1) throw new Error('kaputt');
    });
    await expect(pool).rejects.toThrow('kaputt');
    expect(taken).toContain(2);
  });
});
