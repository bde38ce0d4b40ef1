import { inverse, solve, type Matrix } from './linear.ts';

export type Outcome = 'a' | 'b' | 'equal' | 'both-poor';

/** One vote: `a` and `b` are item indexes. */
export interface Comparison {
  a: number;
  b: number;
  outcome: Outcome;
}

export interface FitOptions {
  /**
   * Pseudo-games each item plays against a virtual average item (θ = 0), winning half of them; default 1. Keeps
   * estimates finite when an item wins everything. With 0 the plain maximum likelihood estimate: only differences
   * are identified, and an item never compared gets θ = 0 with an infinite se; it exists only when the votes
   * connect all compared items and none of them wins or loses every vote, else `converged` is false.
   */
  prior?: number;
}

export interface Strength {
  /** Centred: 0 is the average item (with prior 0: the average of the compared items). */
  theta: number;
  se: number;
  /** θ ± 1.96·se. */
  low: number;
  high: number;
  wins: number;
  losses: number;
  ties: number;
  comparisons: number;
}

export interface Fit {
  strengths: Strength[];
  /** Covariance of the uncentred θ as solved (with prior 0 the reference item's row and column are 0). */
  covariance: number[][];
  iterations: number;
  converged: boolean;
}

type Counts = Pick<Strength, 'wins' | 'losses' | 'ties' | 'comparisons'>;

interface Model {
  /** score[i][j]: what i scored against j, a win 1, a tie ½. */
  score: number[][];
  prior: number;
}

const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-9;
/** Step halvings before giving up: by then the step is below the tolerance anyway. */
const MAX_HALVINGS = 30;
/** Near the optimum a step changes the objective by less than its rounding error: that is no loss. */
const ROUNDING = 1e-12;
const Z95 = 1.96;

/** The chance to beat an average entry (θ = 0). */
export const winChance = (theta: number): number => sigmoid(theta);

/**
 * Bradley–Terry strengths from pairwise votes: P(i beats j) = σ(θi − θj), fitted by Newton's method on the
 * penalised log-likelihood. Standard errors come from the inverse of the negative Hessian at the optimum.
 */
export function fitBradleyTerry(items: number, comparisons: readonly Comparison[], options: FitOptions = {}): Fit {
  const prior = options.prior ?? 1;
  if (!Number.isInteger(items) || items < 0) throw new RangeError(`items must be a count, got ${items}`);
  if (!(prior >= 0 && Number.isFinite(prior))) throw new RangeError(`prior must be finite and ≥ 0, got ${prior}`);
  const { score, counts } = tally(items, comparisons);
  const model: Model = { score, prior };
  const rated = counts.flatMap((c, i) => (prior > 0 || c.comparisons > 0 ? [i] : []));
  // Without a prior only differences count: hold the first compared item at 0 and solve for the rest.
  const free = prior > 0 ? rated : rated.slice(1);
  const { theta, iterations, converged } = maximise(model, free);
  const covariance = covarianceOf(model, theta, free, rated);
  return { strengths: centred(theta, covariance, rated, counts), covariance, iterations, converged };
}

function tally(items: number, comparisons: readonly Comparison[]): { score: number[][]; counts: Counts[] } {
  const score = Array.from({ length: items }, () => new Array<number>(items).fill(0));
  const counts = Array.from({ length: items }, () => ({ wins: 0, losses: 0, ties: 0, comparisons: 0 }));
  for (const { a, b, outcome } of comparisons) {
    if (![a, b].every((i) => Number.isInteger(i) && i >= 0 && i < items) || a === b) {
      throw new RangeError(`comparison of ${a} and ${b} is not between two of ${items} items`);
    }
    // A tie ('equal', and 'both-poor': neither is better) is half a win for each side.
    const forA = outcome === 'a' ? 1 : outcome === 'b' ? 0 : 0.5;
    score[a]![b]! += forA;
    score[b]![a]! += 1 - forA;
    record(counts[a]!, forA);
    record(counts[b]!, 1 - forA);
  }
  return { score, counts };
}

function record(counts: Counts, result: number): void {
  counts.comparisons++;
  if (result === 1) counts.wins++;
  else if (result === 0) counts.losses++;
  else counts.ties++;
}

/** Newton's method over the free coordinates from θ = 0, halving a step that would lower the objective. */
function maximise(model: Model, free: readonly number[]): { theta: number[]; iterations: number; converged: boolean } {
  let theta = new Array<number>(model.score.length).fill(0);
  let value = objective(model, theta);
  for (let iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
    const { gradient, information } = derivatives(model, theta);
    const freeGradient = free.map((i) => gradient[i]!);
    const step = solve(reduce(information, free), freeGradient);
    if (!step) return { theta, iterations: iteration, converged: false };
    if (Math.max(0, ...step.map(Math.abs)) < TOLERANCE) {
      return { theta: moved(theta, free, step, 1), iterations: iteration, converged: true };
    }
    const next = lineSearch(model, theta, free, step, value);
    if (!next) return { theta, iterations: iteration, converged: false };
    ({ theta, value } = next);
  }
  return { theta, iterations: MAX_ITERATIONS, converged: false };
}

function lineSearch(
  model: Model,
  theta: readonly number[],
  free: readonly number[],
  step: readonly number[],
  value: number,
): { theta: number[]; value: number } | null {
  for (let halvings = 0, t = 1; halvings <= MAX_HALVINGS; halvings++, t /= 2) {
    const next = moved(theta, free, step, t);
    const nextValue = objective(model, next);
    if (nextValue >= value - ROUNDING * Math.max(1, Math.abs(value))) return { theta: next, value: nextValue };
  }
  return null;
}

function moved(theta: readonly number[], free: readonly number[], step: readonly number[], t: number): number[] {
  const next = [...theta];
  free.forEach((i, k) => (next[i] = next[i]! + t * step[k]!));
  return next;
}

/** Σ score_ij·log σ(θi − θj) + prior·Σ ½(log σ(θi) + log σ(−θi)). */
function objective({ score, prior }: Model, theta: readonly number[]): number {
  let sum = 0;
  score.forEach((row, i) =>
    row.forEach((s, j) => {
      if (s > 0) sum += s * logSigmoid(theta[i]! - theta[j]!);
    }),
  );
  for (const t of theta) sum += (prior / 2) * (logSigmoid(t) + logSigmoid(-t));
  return sum;
}

/** The gradient of the objective and the information matrix (its negative Hessian). */
function derivatives(
  { score, prior }: Model,
  theta: readonly number[],
): { gradient: number[]; information: number[][] } {
  const gradient = theta.map((t) => prior * (0.5 - sigmoid(t)));
  const information = theta.map((t, i) => theta.map((_, j) => (i === j ? prior * sigmoid(t) * sigmoid(-t) : 0)));
  score.forEach((row, i) =>
    row.forEach((s, j) => {
      const games = s + score[j]![i]!;
      if (i === j || games === 0) return;
      const p = sigmoid(theta[i]! - theta[j]!);
      gradient[i]! += s - games * p;
      information[i]![i]! += games * p * (1 - p);
      information[i]![j]! -= games * p * (1 - p);
    }),
  );
  return { gradient, information };
}

/**
 * The inverse information over the free coordinates, in place in an items × items matrix. An item held at 0 has
 * no variance; an item never compared (prior 0) or a model that cannot be solved has an infinite one.
 */
function covarianceOf(model: Model, theta: readonly number[], free: readonly number[], rated: readonly number[]) {
  const n = theta.length;
  const covariance = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j && !rated.includes(i) ? Infinity : 0)),
  );
  const inv = inverse(reduce(derivatives(model, theta).information, free));
  free.forEach((i, k) => free.forEach((j, l) => (covariance[i]![j] = inv ? inv[k]![l]! : k === l ? Infinity : 0)));
  return covariance;
}

/**
 * θ minus the mean over the rated items, and its se from cᵀΣc with c = e_i − 1/m·𝟙: unlike θ as solved, this
 * does not depend on which item was held at 0.
 */
function centred(theta: readonly number[], covariance: Matrix, rated: readonly number[], counts: readonly Counts[]) {
  const mean = rated.reduce((sum, i) => sum + theta[i]!, 0) / Math.max(1, rated.length);
  return counts.map((c, i): Strength => {
    const isRated = rated.includes(i);
    const value = isRated ? theta[i]! - mean : 0;
    const se = isRated ? Math.sqrt(centredVariance(covariance, rated, i)) : Infinity;
    return { theta: value, se, low: value - Z95 * se, high: value + Z95 * se, ...c };
  });
}

function centredVariance(covariance: Matrix, rated: readonly number[], i: number): number {
  const weight = (j: number) => (j === i ? 1 : 0) - 1 / rated.length;
  let variance = 0;
  for (const j of rated) for (const k of rated) variance += weight(j) * weight(k) * covariance[j]![k]!;
  // Rounding can leave a true 0 slightly negative.
  return Math.max(0, variance);
}

function reduce(matrix: Matrix, free: readonly number[]): number[][] {
  return free.map((i) => free.map((j) => matrix[i]![j]!));
}

function sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}

/** log σ(x) without overflow for large |x|. */
function logSigmoid(x: number): number {
  return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
}
