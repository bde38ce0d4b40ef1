import { describe, expect, it } from 'vitest';
import { fitBradleyTerry, winChance, type Comparison, type Outcome } from '../../server/voting/bradley-terry.ts';
import { inverse, solve } from '../../server/voting/linear.ts';

const votes = (a: number, b: number, outcome: Outcome, times = 1): Comparison[] =>
  Array.from({ length: times }, () => ({ a, b, outcome }));

/** Var(θi − θj) from the uncentred covariance. */
const differenceVariance = (covariance: number[][], i: number, j: number) =>
  covariance[i]![i]! + covariance[j]![j]! - 2 * covariance[i]![j]!;

describe('fitBradleyTerry without a prior', () => {
  const [A, B, C] = [0, 1, 2];
  // A–B: A wins 3 (shown as A or as B), loses 1. B–C: B wins 2, 1 'equal', C wins 1, so B scores 2.5 : 1.5.
  const chain = [
    ...votes(A, B, 'a', 2),
    ...votes(B, A, 'b'),
    ...votes(B, A, 'a'),
    ...votes(B, C, 'a'),
    ...votes(C, B, 'b'),
    ...votes(B, C, 'equal'),
    ...votes(C, B, 'a'),
  ];

  it('decouples along a chain into one two-item MLE per link', () => {
    // With no other path between them, σ(θA − θB) = 3/4, so θA − θB = ln(0.75 / 0.25) = ln 3;
    // σ(θB − θC) = 2.5/4, so θB − θC = ln(2.5 / 1.5) = ln(5/3).
    const fit = fitBradleyTerry(3, chain, { prior: 0 });
    const theta = fit.strengths.map((s) => s.theta);
    expect(fit.converged).toBe(true);
    expect(theta[A]! - theta[B]!).toBeCloseTo(Math.log(3), 9);
    expect(theta[B]! - theta[C]!).toBeCloseTo(Math.log(5 / 3), 9);
    expect(theta[A]! + theta[B]! + theta[C]!).toBeCloseTo(0, 12);
  });

  it('gives each link the variance 1 / (n·p·(1 − p)) and centred se from the whole chain', () => {
    const { covariance, strengths } = fitBradleyTerry(3, chain, { prior: 0 });
    // A–B: n = 4, p = 3/4: 1 / (4 · 3/4 · 1/4) = 4/3. B–C: n = 4, p = 5/8: 1 / (4 · 5/8 · 3/8) = 16/15.
    expect(differenceVariance(covariance, A, B)).toBeCloseTo(4 / 3, 9);
    expect(differenceVariance(covariance, B, C)).toBeCloseTo(16 / 15, 9);
    // The two links are independent, so the variances add along the chain.
    expect(differenceVariance(covariance, A, C)).toBeCloseTo(4 / 3 + 16 / 15, 9);
    // Relative to A: Var B = 4/3, Var C = 4/3 + 16/15 = 12/5, Cov(B, C) = 4/3. Centred A is −(B + C)/3:
    // (4/3 + 12/5 + 2 · 4/3) / 9 = (96/15) / 9 = 32/45.
    expect(strengths[A]!.se).toBeCloseTo(Math.sqrt(32 / 45), 9);
    expect(strengths[A]!.low).toBeCloseTo(strengths[A]!.theta - 1.96 * Math.sqrt(32 / 45), 9);
    expect(strengths[A]!.high).toBeCloseTo(strengths[A]!.theta + 1.96 * Math.sqrt(32 / 45), 9);
  });

  it('does not depend on which item is held at 0', () => {
    // The same votes with the items listed C, A, B: now C is the reference.
    const renumber = [1, 2, 0];
    const moved = chain.map((v) => ({ ...v, a: renumber[v.a]!, b: renumber[v.b]! }));
    const original = fitBradleyTerry(3, chain, { prior: 0 }).strengths;
    const renumbered = fitBradleyTerry(3, moved, { prior: 0 }).strengths;
    original.forEach((s, i) => {
      expect(renumbered[renumber[i]!]!.theta).toBeCloseTo(s.theta, 9);
      expect(renumbered[renumber[i]!]!.se).toBeCloseTo(s.se, 9);
    });
  });

  it('counts wins, losses and ties, both-poor as a tie', () => {
    const fit = fitBradleyTerry(3, [...chain, ...votes(A, C, 'both-poor')], { prior: 0 });
    expect(fit.strengths.map(({ wins, losses, ties, comparisons }) => [wins, losses, ties, comparisons])).toEqual([
      [3, 1, 1, 5],
      [3, 4, 1, 8],
      [1, 2, 2, 5],
    ]);
  });

  it('rates a symmetric cycle equal', () => {
    const fit = fitBradleyTerry(3, [...votes(0, 1, 'a'), ...votes(1, 2, 'a'), ...votes(2, 0, 'a')], { prior: 0 });
    expect(fit.converged).toBe(true);
    for (const s of fit.strengths) expect(s.theta).toBeCloseTo(0, 12);
  });

  it('leaves an item never compared at 0 with an infinite se, and centres on the compared ones', () => {
    // 1.5 : 0.5 for item 0, so θ0 − θ1 = ln 3, split evenly around 0.
    const fit = fitBradleyTerry(3, [...votes(0, 1, 'a'), ...votes(0, 1, 'equal')], { prior: 0 });
    expect(fit.strengths[0]!.theta).toBeCloseTo(Math.log(3) / 2, 9);
    expect(fit.strengths[1]!.theta).toBeCloseTo(-Math.log(3) / 2, 9);
    expect(fit.strengths[2]).toMatchObject({ theta: 0, se: Infinity, low: -Infinity, high: Infinity, comparisons: 0 });
    expect(Number.isFinite(fit.strengths[0]!.se)).toBe(true);
  });

  it('does not converge when an item wins everything', () => {
    const fit = fitBradleyTerry(2, votes(0, 1, 'a', 3), { prior: 0 });
    expect(fit.converged).toBe(false);
    expect(fit.strengths[0]!.theta).toBeGreaterThan(5);
  });

  it('does not converge when the votes fall apart into groups that were never compared', () => {
    const fit = fitBradleyTerry(
      4,
      [...votes(0, 1, 'a'), ...votes(1, 0, 'a'), ...votes(2, 3, 'a'), ...votes(3, 2, 'a')],
      {
        prior: 0,
      },
    );
    expect(fit.converged).toBe(false);
    for (const s of fit.strengths) expect(s.se).toBe(Infinity);
  });
});

describe('fitBradleyTerry with a prior', () => {
  it('matches a hand-solved two-item example', () => {
    // A beats B once, prior 6/5. By symmetry θA = t = −θB; the score equation for A is
    // 1 − σ(2t) + 6/5 · (1/2 − σ(t)) = 0, solved by t = ln 2: σ(t) = 2/3, σ(2t) = 4/5, and 1/5 − 6/5 · 1/6 = 0.
    const fit = fitBradleyTerry(2, votes(0, 1, 'a'), { prior: 6 / 5 });
    expect(fit.converged).toBe(true);
    expect(fit.strengths[0]!.theta).toBeCloseTo(Math.log(2), 9);
    expect(fit.strengths[1]!.theta).toBeCloseTo(-Math.log(2), 9);
    // Information: diagonal σ(2t)(1 − σ(2t)) + 6/5 · σ(t)(1 − σ(t)) = 4/25 + 4/15, off-diagonal −4/25.
    // Along c = (1/2, −1/2) its eigenvalue is 4/25 + 4/15 + 4/25 = 44/75, so cᵀΣc = |c|² · 75/44 = 75/88.
    expect(fit.strengths[0]!.se).toBeCloseTo(Math.sqrt(75 / 88), 9);
    expect(fit.strengths[1]!.se).toBeCloseTo(Math.sqrt(75 / 88), 9);
  });

  it('keeps an item that wins everything finite and on top', () => {
    const comparisons = [...votes(0, 1, 'a', 3), ...votes(2, 0, 'b', 3), ...votes(1, 2, 'a'), ...votes(1, 2, 'b')];
    const fit = fitBradleyTerry(3, comparisons);
    const [top, ...rest] = fit.strengths;
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(top!.theta)).toBe(true);
    for (const s of rest) expect(top!.theta).toBeGreaterThan(s.theta + 1);
    for (const s of fit.strengths) expect(s.se).toBeGreaterThan(0);
    for (const s of fit.strengths) expect(Number.isFinite(s.se)).toBe(true);
  });

  it('makes the se of an item never compared finite', () => {
    const fit = fitBradleyTerry(3, votes(0, 1, 'a', 2));
    expect(fit.converged).toBe(true);
    expect(fit.strengths[2]!.comparisons).toBe(0);
    expect(Number.isFinite(fit.strengths[2]!.se)).toBe(true);
    // Alone against the virtual item (prior 1): information σ(0)(1 − σ(0)) = 1/4, so a variance of 4.
    expect(fit.covariance[2]![2]).toBeCloseTo(4, 9);
  });

  it('shrinks towards the average the more pseudo-games it adds', () => {
    const comparisons = [...votes(0, 1, 'a', 3), ...votes(0, 1, 'b')];
    const gap = (prior: number) => {
      const [a, b] = fitBradleyTerry(2, comparisons, { prior }).strengths;
      return a!.theta - b!.theta;
    };
    expect(gap(0)).toBeCloseTo(Math.log(3), 9);
    expect(gap(1)).toBeLessThan(gap(0));
    expect(gap(10)).toBeLessThan(gap(1));
    expect(gap(10)).toBeGreaterThan(0);
  });

  it('rates nothing at all as average', () => {
    const fit = fitBradleyTerry(2, []);
    expect(fit.converged).toBe(true);
    expect(fit.strengths.map((s) => s.theta)).toEqual([0, 0]);
  });
});

describe('fitBradleyTerry input', () => {
  it('rejects comparisons that are not between two different items', () => {
    expect(() => fitBradleyTerry(2, votes(0, 2, 'a'))).toThrow(RangeError);
    expect(() => fitBradleyTerry(2, votes(1, 1, 'a'))).toThrow(RangeError);
    expect(() => fitBradleyTerry(2, [], { prior: -1 })).toThrow(RangeError);
  });
});

describe('winChance', () => {
  it('is the chance to beat an average entry', () => {
    expect(winChance(0)).toBe(0.5);
    expect(winChance(Math.log(3))).toBeCloseTo(0.75, 12);
    expect(winChance(-Math.log(3))).toBeCloseTo(0.25, 12);
    expect(winChance(-1000)).toBe(0);
  });
});

describe('the linear solver behind the Newton steps', () => {
  it('pivots past a zero on the diagonal', () => {
    // y = 2, x = 3: without row swaps the first pivot would be 0.
    expect(
      solve(
        [
          [0, 1],
          [1, 0],
        ],
        [2, 3],
      ),
    ).toEqual([3, 2]);
    // 2x + y = 5, x + 3y = 5: x = 2, y = 1.
    const [x, y] = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [5, 5],
    )!;
    expect(x).toBeCloseTo(2, 12);
    expect(y).toBeCloseTo(1, 12);
  });

  it('inverts, and reports a singular matrix as null', () => {
    // [[2, 1], [1, 1]]⁻¹ = [[1, −1], [−1, 2]] (determinant 1).
    const inv = inverse([
      [2, 1],
      [1, 1],
    ])!;
    expect(inv.flat().map((v) => Math.round(v * 1e12) / 1e12)).toEqual([1, -1, -1, 2]);
    expect(
      solve(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeNull();
    expect(inverse([[0]])).toBeNull();
  });
});
