import type { CaseResult } from '../schema/run.ts';

export interface Totals {
  results: number;
  passed: number;
  /** Share of results that passed, 0..1. */
  passRate: number;
  /** Mean case score in points, 0..100. */
  score: number;
  /** Sum of known costs; `costKnown` false when some result had no price. */
  costEur: number;
  costKnown: boolean;
  inputTokens: number;
  outputTokens: number;
  meanLatencyMs: number;
  errors: number;
}

export interface CaseTotals extends Totals {
  caseId: string;
  provider: string;
}

export function totals(results: readonly CaseResult[]): Totals {
  const n = results.length;
  const sum = (pick: (r: CaseResult) => number) => results.reduce((acc, r) => acc + pick(r), 0);
  const passed = results.filter((r) => r.pass).length;
  return {
    results: n,
    passed,
    passRate: n ? passed / n : 0,
    score: n ? (sum((r) => r.score) / n) * 100 : 0,
    costEur: sum((r) => r.costEur ?? 0),
    costKnown: results.every((r) => r.costEur !== null || r.error !== null),
    inputTokens: sum((r) => r.inputTokens),
    outputTokens: sum((r) => r.outputTokens),
    meanLatencyMs: n ? sum((r) => r.latencyMs) / n : 0,
    errors: results.filter((r) => r.error !== null).length,
  };
}

function groupBy<K>(results: readonly CaseResult[], key: (r: CaseResult) => K): Map<K, CaseResult[]> {
  const groups = new Map<K, CaseResult[]>();
  for (const r of results) {
    const k = key(r);
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [r]);
  }
  return groups;
}

/** Totals per provider (in the order given) and per case x provider over the repeats, so flaky prompts show. */
export function summarize(results: readonly CaseResult[], providers: readonly string[]) {
  const byProvider = groupBy(results, (r) => r.provider);
  const byCell = groupBy(results, (r) => `${r.caseId}\u0000${r.provider}`);
  return {
    overall: totals(results),
    providers: providers.map((provider) => ({ provider, ...totals(byProvider.get(provider) ?? []) })),
    cells: [...byCell.values()].map((rs): CaseTotals => {
      const first = rs[0] as CaseResult;
      return { caseId: first.caseId, provider: first.provider, ...totals(rs) };
    }),
  };
}
export type RunSummaryTotals = ReturnType<typeof summarize>;
