/**
 * Sorts by `compare` and numbers the places; items that compare equal share a place and the next is skipped
 * (1, 2, 2, 4), as in sport.
 */
export function ranked<T>(items: readonly T[], compare: (a: T, b: T) => number): (T & { rank: number })[] {
  const sorted = [...items].sort(compare);
  const places: (T & { rank: number })[] = [];
  sorted.forEach((item, i) => {
    const previous = places[i - 1];
    const rank = previous && compare(sorted[i - 1] as T, item) === 0 ? previous.rank : i + 1;
    places.push({ ...item, rank });
  });
  return places;
}

/** More points first, then fewer output tokens, then the earlier time. */
export const byStanding = (
  a: { points: number; outputTokens: number; at: number },
  b: { points: number; outputTokens: number; at: number },
): number => b.points - a.points || a.outputTokens - b.outputTokens || a.at - b.at;
