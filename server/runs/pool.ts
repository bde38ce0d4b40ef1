/**
 * Runs `work` over `items` with at most `concurrency` in flight, in order of the list, taking one item after the
 * other: the next is taken once the last one called its `started` (or ended). A run's cases call it when their
 * provider call got a slot, so while the providers are busy a run keeps one case waiting in their queue, not one
 * per worker (each a chain of suspended calls in memory); while they are not, the workers fill up at once.
 * Workers start only when there is an item for them, so a waiting run holds no idle ones either.
 * Stops taking new items once `signal` aborts; items already taken finish on their own. An item that throws does
 * not stop the others; the first error is thrown once all have ended.
 */
export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, started: () => void) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const limit = Math.max(1, Math.min(concurrency, items.length));
  let next = 0;
  let workers = 0;
  /** An item was taken and has neither started nor ended: nothing else is taken meanwhile. */
  let waiting = false;
  let failure: { error: unknown } | undefined;
  const ended: Promise<void>[] = [];

  const worker = async (): Promise<void> => {
    while (!waiting && next < items.length && !signal?.aborted) {
      const item = items[next++] as T;
      waiting = true;
      let settled = false;
      const started = () => {
        if (settled) return;
        settled = true;
        waiting = false;
        if (workers < limit) spawn();
      };
      try {
        await work(item, started);
      } catch (error) {
        failure ??= { error };
      } finally {
        // Ended without starting: this worker takes the next item itself.
        if (!settled) [settled, waiting] = [true, false];
      }
    }
    workers--;
  };
  // A new worker begins on the next microtask: `started` is called from deep inside a provider call.
  const spawn = () => {
    workers++;
    ended.push(Promise.resolve().then(worker));
  };

  spawn();
  // Workers are added while others run; each is awaited once it exists.
  for (let i = 0; i < ended.length; i++) await ended[i];
  if (failure) throw failure.error;
}
