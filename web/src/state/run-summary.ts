import type { CaseResult, RunRecord } from '../api/types.ts';

export interface Totals {
  count: number;
  passed: number;
  /** Mean score in points (0..100); null without results. */
  score: number | null;
  /** Sum of the known costs; `costKnown` is false when any result has no price. */
  costEur: number;
  costKnown: boolean;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function totals(results: readonly CaseResult[]): Totals {
  const score = mean(results.map((r) => r.score));
  return {
    count: results.length,
    passed: results.filter((r) => r.pass).length,
    score: score === null ? null : score * 100,
    costEur: results.reduce((sum, r) => sum + (r.costEur ?? 0), 0),
    costKnown: results.every((r) => r.costEur !== null),
  };
}

/** How many results a run will have when complete. */
export const expectedResults = (run: RunRecord) => run.cases.length * run.targets.length * run.repeat;

/** Mean score (0..1) per case over all models and repetitions of one run. */
export function scoresByCase(results: readonly CaseResult[]): Map<string, number> {
  const byCase = new Map<string, number[]>();
  for (const result of results) byCase.set(result.caseId, [...(byCase.get(result.caseId) ?? []), result.score]);
  return new Map([...byCase].map(([caseId, scores]) => [caseId, mean(scores)!]));
}
