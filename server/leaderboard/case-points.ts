import type { CaseResult } from '../schema/run.ts';
import { totals, type Totals } from '../runs/summary.ts';

/** What an attempt scored at one case over its models and repetitions; null parts when it did not run the case. */
export interface CasePoints extends Pick<Totals, 'inputTokens' | 'outputTokens'> {
  /** 0..100, one decimal, like the leaderboard's points; 0 when the case did not run. */
  points: number;
  pass: boolean | null;
  costEur: number | null;
  /** The answer of the first model's first repetition: what people read and compare. */
  first: CaseResult | undefined;
}

export function casePoints(results: readonly CaseResult[], caseId: string, firstModel?: string): CasePoints {
  const mine = results.filter((r) => r.caseId === caseId);
  const sum = totals(mine);
  const ran = mine.length > 0;
  return {
    points: ran ? Math.round(sum.score * 10) / 10 : 0,
    pass: ran ? sum.passed === sum.results : null,
    inputTokens: sum.inputTokens,
    outputTokens: sum.outputTokens,
    costEur: ran && sum.costKnown ? sum.costEur : null,
    first: mine.find((r) => r.provider === firstModel && r.repeat === 0) ?? mine[0],
  };
}
