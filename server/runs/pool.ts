/**
 * Runs `work` over `items` with at most `concurrency` in flight, in order of the list, taking one item after the
 * other: the next is taken once the last one called its `started` (or ended). A run's cases call it when their
 * provider call got a slot, so while the providers are busy a run keeps one case waiting in their queue, not one
 * per worker (each a chain of suspended calls in memory); while they are not, the workers fill up at once.
 * Stops taking new items once `signal` aborts; items already taken finish on their own.
 */
export async function forEachConcurrent<T>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, started: () => void) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  let next = 0;
  /** Settles when the item taken last has started or ended; undefined once it has. */
  let starting: Promise<void> | undefined;
  const worker = async (): Promise<void> => {
    for (;;) {
      while (starting) await starting;
      if (next >= items.length || signal?.aborted) return;
      const item = items[next++] as T;
      let resolve!: () => void;
      const mine = new Promise<void>((r) => (resolve = r));
      starting = mine;
      const started = () => {
        if (starting === mine) starting = undefined;
        resolve();
      };
      try {
        await work(item, started);
      } finally {
        started();
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
}
