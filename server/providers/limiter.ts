import { cancelledError } from './errors.ts';
import { FairQueue, openLane, type Lane } from './fair-queue.ts';

export interface Limiter {
  /**
   * Runs `fn` once a slot is free. Waiters are served by `lane` (see FairQueue); calls without one share a
   * lane and are served first come, first served among themselves.
   */
  run<T>(fn: () => Promise<T>, signal?: AbortSignal, lane?: Lane): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

/** Bounds how many calls run at once. An aborted waiter leaves the queue; a slot is freed however `fn` ends. */
export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`limiter needs a positive integer, got ${max}`);
  let active = 0;
  const queue = new FairQueue();
  // Calls without a lane of their own wait in one lane, alone in its group: first come, first served.
  const shared = openLane('', Infinity);

  function acquire(signal: AbortSignal | undefined, lane: Lane): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal.reason));
    if (active < max) {
      active++;
      lane.started++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const waiter = {
        lane,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        queue.remove(waiter);
        reject(cancelledError(signal?.reason));
      };
      queue.push(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function release(): void {
    const next = queue.shift();
    // The slot passes straight to the next waiter, so `active` stays as it is.
    if (next) next.grant();
    else active--;
  }

  return {
    async run(fn, signal, lane = shared) {
      await acquire(signal, lane);
      try {
        return await fn();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return queue.size;
    },
  };
}
