import { describe, expect, it } from 'vitest';
import { discordantPairs, kendallTauB } from '../../server/voting/kendall.ts';

describe('kendallTauB', () => {
  it('counts one swapped pair among six', () => {
    // Pairs (0,1) (0,2) (0,3) (1,3) (2,3) agree, (1,2) is swapped: (5 − 1) / 6.
    expect(kendallTauB([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(2 / 3, 12);
  });

  it('corrects for ties on either side', () => {
    // x = [1, 1, 2, 3], y = [1, 2, 2, 3]. Of the 6 pairs, (0,1) is tied in x, (1,2) is tied in y,
    // the other 4 agree, none disagree. tau-b = 4 / √((6 − 1)·(6 − 1)) = 4/5.
    expect(kendallTauB([1, 1, 2, 3], [1, 2, 2, 3])).toBeCloseTo(4 / 5, 12);
    // x = [1, 1, 2], y = [3, 2, 1]: (0,1) tied in x; (0,2) and (1,2) disagree.
    // tau-b = (0 − 2) / √((3 − 1)·(3 − 0)) = −2 / √6.
    expect(kendallTauB([1, 1, 2], [3, 2, 1])).toBeCloseTo(-2 / Math.sqrt(6), 12);
  });

  it('is 1 for the same order and −1 for the reverse', () => {
    expect(kendallTauB([0.1, 0.5, 0.9], [10, 50, 90])).toBe(1);
    expect(kendallTauB([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it('is null when there is nothing to compare', () => {
    expect(kendallTauB([2, 2, 2], [1, 2, 3])).toBeNull();
    expect(kendallTauB([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(kendallTauB([1], [1])).toBeNull();
    expect(kendallTauB([], [])).toBeNull();
  });

  it('rejects scorings of different lengths', () => {
    expect(() => kendallTauB([1, 2], [1])).toThrow(RangeError);
  });
});

describe('discordantPairs', () => {
  it('lists the swapped pairs only, not the tied ones', () => {
    expect(discordantPairs([1, 2, 3, 4], [1, 3, 2, 4])).toEqual([[1, 2]]);
    expect(discordantPairs([1, 1, 2], [3, 2, 1])).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(discordantPairs([1, 2, 3], [1, 2, 3])).toEqual([]);
  });
});
