import { describe, expect, it } from 'vitest';
import { nextPair, pairKey, pairsFor, type Pair, type PairingState } from '../../server/voting/pairing.ts';

/** A small seeded PRNG (mulberry32), so that a failure can be replayed. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEAMS = ['nord', 'sued', 'ost', 'west', 'mitte', 'hafen'];
const CASES = ['fall-1', 'fall-2', 'fall-3'];

function state(overrides: Partial<PairingState> = {}): PairingState {
  return {
    entries: TEAMS,
    cases: CASES,
    voterTeam: 'nord',
    seen: new Set(),
    appearances: new Map(),
    pairCounts: new Map(),
    random: mulberry32(1),
    ...overrides,
  };
}

/** One voter draws until nothing is left (or one past the most there can be), sharing nothing with others. */
function drawAll(voterTeam: string, entries: readonly string[], random: () => number): Pair[] {
  const seen = new Set<string>();
  const pairs: Pair[] = [];
  for (let draws = 0; draws <= pairsFor(entries, CASES, voterTeam); draws++) {
    const pair = nextPair(state({ entries, voterTeam, seen, random }));
    if (!pair) break;
    pairs.push(pair);
    seen.add(pair.key);
  }
  return pairs;
}

const increment = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

describe('pairKey', () => {
  it('ignores the order of the teams but not the case', () => {
    expect(pairKey('fall-1', 'ost', 'nord')).toBe(pairKey('fall-1', 'nord', 'ost'));
    expect(pairKey('fall-1', 'ost', 'nord')).not.toBe(pairKey('fall-2', 'ost', 'nord'));
    // No separator inside an id can make two different pairs collide.
    expect(pairKey('a', 'b-c', 'd')).not.toBe(pairKey('a-b', 'c', 'd'));
  });
});

describe('pairsFor', () => {
  it('counts the pairs of the other teams per case', () => {
    // 5 other teams: 5·4/2 = 10 pairs, times 3 cases.
    expect(pairsFor(TEAMS, CASES, 'nord')).toBe(30);
    // A team without an entry of its own excludes nobody: 6·5/2 · 3.
    expect(pairsFor(TEAMS, CASES, 'gast')).toBe(45);
    expect(pairsFor(['nord', 'sued'], CASES, 'nord')).toBe(0);
  });
});

describe('nextPair', () => {
  it('never shows the voter their own team', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const voterTeam = TEAMS[seed % TEAMS.length]!;
      for (const pair of drawAll(voterTeam, TEAMS, mulberry32(seed))) {
        expect([pair.first, pair.second]).not.toContain(voterTeam);
        expect(pair.first).not.toBe(pair.second);
      }
    }
  });

  it('gives one voter every pair exactly once, then null', () => {
    const pairs = drawAll('nord', TEAMS, mulberry32(7));
    expect(pairs).toHaveLength(pairsFor(TEAMS, CASES, 'nord'));
    expect(new Set(pairs.map((p) => p.key)).size).toBe(pairs.length);
    for (const p of pairs) expect(p.key).toBe(pairKey(p.case, p.first, p.second));
  });

  it('is null when there is no pair of two other teams', () => {
    expect(nextPair(state({ entries: ['nord', 'sued'] }))).toBeNull();
    expect(nextPair(state({ cases: [] }))).toBeNull();
  });

  describe('balancing coverage', () => {
    const entries = ['nord', 'sued', 'ost', 'west', 'mitte'];
    const shown = (counts: Record<string, number>) => new Map(Object.entries(counts));
    /** The keys nextPair picks for a state, over enough seeds that a random tie-break would show. */
    const picks = (overrides: Partial<PairingState>) =>
      new Set(
        Array.from(
          { length: 20 },
          (_, seed) => nextPair(state({ entries, random: mulberry32(seed), ...overrides }))!.key,
        ),
      );
    const key = (x: string, y: string) => pairKey('fall-1', x, y);

    it('first by the appearances of both teams together', () => {
      // sued–ost: 0 + 3 = 3, west–mitte: 2 + 2 = 4, though ost alone was shown more than either.
      const appearances = shown({ sued: 0, ost: 3, west: 2, mitte: 2 });
      const seen = new Set([key('sued', 'west'), key('sued', 'mitte')]);
      expect(picks({ cases: ['fall-1'], appearances, seen })).toEqual(new Set([key('sued', 'ost')]));
      // Without `seen`, sued with west or mitte (0 + 2), both of them.
      expect(picks({ cases: ['fall-1'], appearances })).toEqual(new Set([key('sued', 'west'), key('sued', 'mitte')]));
    });

    it('then by the one of the two shown more', () => {
      // sued–ost and west–mitte both sum to 4; the larger count is 4 against 2.
      const appearances = shown({ sued: 0, ost: 4, west: 2, mitte: 2 });
      const seen = new Set([key('sued', 'west'), key('sued', 'mitte')]);
      expect(picks({ cases: ['fall-1'], appearances, seen })).toEqual(new Set([key('west', 'mitte')]));
    });

    it('then by how often the pair was assigned', () => {
      const pairCounts = new Map([[key('sued', 'ost'), 3]]);
      expect(picks({ entries: ['nord', 'sued', 'ost'], cases: ['fall-1', 'fall-2'], pairCounts })).toEqual(
        new Set([pairKey('fall-2', 'sued', 'ost')]),
      );
    });
  });

  it('breaks remaining ties at random', () => {
    const keys = new Set(Array.from({ length: 50 }, (_, seed) => nextPair(state({ random: mulberry32(seed) }))!.key));
    expect(keys.size).toBeGreaterThan(5);
  });

  it('shows either team as A', () => {
    const random = mulberry32(3);
    const shownFirst = Array.from({ length: 40 }, () => {
      const pair = nextPair(state({ entries: ['nord', 'sued', 'ost'], cases: ['fall-1'], random }))!;
      return pair.first;
    });
    expect(new Set(shownFirst)).toEqual(new Set(['sued', 'ost']));
  });

  it('keeps the teams evenly covered while many voters draw at once', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const random = mulberry32(seed);
      const appearances = new Map<string, number>();
      const pairCounts = new Map<string, number>();
      const voters = TEAMS.flatMap((team) => [team, team].map((voterTeam) => ({ voterTeam, seen: new Set<string>() })));
      // Two voters per team, taking turns, five pairs each.
      for (let round = 0; round < 5; round++) {
        for (const { voterTeam, seen } of voters) {
          const pair = nextPair({ entries: TEAMS, cases: CASES, voterTeam, seen, appearances, pairCounts, random })!;
          seen.add(pair.key);
          increment(appearances, pair.first);
          increment(appearances, pair.second);
          increment(pairCounts, pair.key);
          // Not within 1: a voter whose own team is the one shown least can only widen its gap.
          const shown = TEAMS.map((team) => appearances.get(team) ?? 0);
          expect(Math.max(...shown) - Math.min(...shown)).toBeLessThanOrEqual(2);
        }
      }
      expect([...appearances.values()].reduce((a, b) => a + b)).toBe(12 * 5 * 2);
    }
  });
});
