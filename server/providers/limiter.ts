import { cancelledError } from './errors.ts';

export interface Limiter {
  /** Runs `fn` once a slot is free; waiters are served first come, first served. */
  run<T>(fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

/** Bounds how many calls run at once. An aborted waiter leaves the queue; a slot is freed however `fn` ends. */
export function createLimiter(max: number): Limiter {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`limiter needs a positive integer, got ${max}`);
  let active = 0;
  const queue: (() => void)[] = [];

  function acquire(signal: AbortSignal | undefined): Promise<void> {
    if (signal?.aborted) return Promise.reject(cancelledError(signal.reason));
    if (active < max) {
      active++;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        queue.splice(queue.indexOf(grant), 1);
        reject(cancelledError(signal?.reason));
      };
      queue.push(grant);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function release(): void {
    const next = queue.shift();
    // The slot passes straight to the next waiter, so `active` stays as it is.
    if (next) next();
    else active--;
  }

  return {
    async run(fn, signal) {
      await acquire(signal);
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
      return queue.length;
    },
  };
}
