/** The q-quantile of an ascending list (nearest rank); NaN for an empty one. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

export const ascending = (values: Iterable<number>): number[] => [...values].sort((a, b) => a - b);

/** A small seeded generator (mulberry32), so that every run of a benchmark presses in the same pattern. */
export function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
