export interface PairingState {
  /** Team ids with an entry. */
  entries: readonly string[];
  /** Case ids that may be shown. */
  cases: readonly string[];
  /** Never shown the voter's own team. */
  voterTeam: string;
  /** Pair keys this voter already got (voted or pending). */
  seen: ReadonlySet<string>;
  /** Per team: how often it was shown in any ballot so far (all voters). */
  appearances: ReadonlyMap<string, number>;
  /** Per pair key: how often it was assigned so far (all voters). */
  pairCounts: ReadonlyMap<string, number>;
  /** In [0, 1); injectable for tests. */
  random: () => number;
}

/** A ballot: `first` is shown as A. */
export interface Pair {
  case: string;
  first: string;
  second: string;
  key: string;
}

interface Candidate {
  case: string;
  x: string;
  y: string;
  key: string;
}

/** The same for both orders of the teams: A/B order is presentation, not a different pair. */
export function pairKey(caseId: string, x: string, y: string): string {
  const [low, high] = x < y ? [x, y] : [y, x];
  return `${caseId}\u0000${low}\u0000${high}`;
}

/** How many distinct pairs a voter of `voterTeam` can get. */
export function pairsFor(entries: readonly string[], cases: readonly string[], voterTeam: string): number {
  const teams = others(entries, voterTeam).length;
  return (new Set(cases).size * teams * (teams - 1)) / 2;
}

/**
 * The next pair for a voter, chosen to even out coverage: fewest appearances of the two teams together, then of
 * the more shown one (so both rise evenly), then the pair assigned least; remaining ties and the A/B order are
 * random. Null when the voter has seen every pair.
 */
export function nextPair(state: PairingState): Pair | null {
  const best = cheapest(candidates(state), (c) => cost(c, state));
  if (best.length === 0) return null;
  const chosen = best[Math.floor(state.random() * best.length)]!;
  const [first, second] = state.random() < 0.5 ? [chosen.x, chosen.y] : [chosen.y, chosen.x];
  return { case: chosen.case, first, second, key: chosen.key };
}

function others(entries: readonly string[], voterTeam: string): string[] {
  return [...new Set(entries)].filter((team) => team !== voterTeam);
}

function candidates({ entries, cases, voterTeam, seen }: PairingState): Candidate[] {
  const teams = others(entries, voterTeam);
  return [...new Set(cases)].flatMap((caseId) =>
    teams.flatMap((x, i) =>
      teams
        .slice(i + 1)
        .map((y) => ({ case: caseId, x, y, key: pairKey(caseId, x, y) }))
        .filter((c) => !seen.has(c.key)),
    ),
  );
}

function cost(c: Candidate, { appearances, pairCounts }: PairingState): number[] {
  const ax = appearances.get(c.x) ?? 0;
  const ay = appearances.get(c.y) ?? 0;
  return [ax + ay, Math.max(ax, ay), pairCounts.get(c.key) ?? 0];
}

/** All items of the lowest cost, compared term by term. */
function cheapest<T>(items: readonly T[], costOf: (item: T) => number[]): T[] {
  let best: T[] = [];
  let bestCost: number[] = [];
  for (const item of items) {
    const itemCost = costOf(item);
    const order = best.length === 0 ? -1 : compare(itemCost, bestCost);
    if (order < 0) [best, bestCost] = [[item], itemCost];
    else if (order === 0) best.push(item);
  }
  return best;
}

function compare(a: readonly number[], b: readonly number[]): number {
  const i = a.findIndex((v, k) => v !== b[k]);
  return i < 0 ? 0 : a[i]! - b[i]!;
}
