import { describe, expect, it, vi } from 'vitest';
import { pause } from '../../server/runs/pause.ts';

/** How long `promise` took to settle, in ms. */
async function took(promise: Promise<unknown>): Promise<number> {
  const start = performance.now();
  await promise;
  return performance.now() - start;
}

describe('a reader’s pause', () => {
  it('ends when its time is up, when woken, or when the signal aborts', async () => {
    const controller = new AbortController();
    expect(await took(pause(40, controller.signal).done)).toBeGreaterThanOrEqual(35);

    const woken = pause(10_000, controller.signal);
    woken.wake();
    expect(await took(woken.done)).toBeLessThan(1_000);

    const waiting = [pause(10_000, controller.signal).done, pause(20_000, controller.signal).done];
    setTimeout(() => controller.abort(), 20);
    expect(await took(Promise.all(waiting))).toBeLessThan(1_000);
    // An aborted signal ends a new pause at once.
    expect(await took(pause(10_000, controller.signal).done)).toBeLessThan(1_000);
  });

  it('keeps each pause’s own time when several wait on one signal', async () => {
    const { signal } = new AbortController();
    const start = performance.now();
    const ended: number[] = [];
    const record = (index: number) => () => void (ended[index] = performance.now() - start);
    // The later pause comes first: the timer must be moved forward for the earlier one, then on for the later.
    const later = pause(300, signal).done.then(record(1));
    const earlier = pause(30, signal).done.then(record(0));
    await Promise.all([later, earlier]);
    expect(ended[0]).toBeGreaterThanOrEqual(25);
    // Ended by a timer of its own time, not by the later pause's: well before it (a busy machine delays both).
    expect(ended[1]! - ended[0]!).toBeGreaterThan(100);
    expect(ended[1]).toBeGreaterThanOrEqual(295);
  });

  it('listens to the signal once however often its reader pauses, and a pause after an early wake still times out', async () => {
    const controller = new AbortController();
    const listen = vi.spyOn(controller.signal, 'addEventListener');
    for (let i = 0; i < 100; i++) {
      const { done, wake } = pause(60_000, controller.signal);
      wake();
      await done;
    }
    expect(listen).toHaveBeenCalledTimes(1);
    // The timer set for the first long pause must not stand in for a short one that follows.
    expect(await took(pause(30, controller.signal).done)).toBeLessThan(1_000);
  });
});
