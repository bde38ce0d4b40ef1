import { describe, expect, it } from 'vitest';
import { summarize } from '../../server/runs/summary.ts';
import type { CaseResult } from '../../server/schema/run.ts';

const result = (caseId: string, provider: string, score: number, extra: Partial<CaseResult> = {}): CaseResult => ({
  runId: 'r',
  caseId,
  provider,
  repeat: 0,
  output: 'x',
  inputTokens: 10,
  outputTokens: 5,
  costEur: 0.01,
  latencyMs: 100,
  finishReason: 'stop',
  score,
  pass: score === 1,
  assertions: [],
  error: null,
  skipped: null,
  cached: false,
  finishedAt: 0,
  ...extra,
});

describe('summarize', () => {
  it('gives the run score in points as the mean of the case scores', () => {
    const { overall } = summarize([result('a', 'p', 1), result('b', 'p', 0.5), result('c', 'p', 0)], ['p']);
    expect(overall).toMatchObject({ results: 3, passed: 1, score: 50, inputTokens: 30, outputTokens: 15 });
    expect(overall.passRate).toBeCloseTo(1 / 3);
    expect(overall.costEur).toBeCloseTo(0.03);
    expect(summarize([], ['p']).overall).toMatchObject({ results: 0, score: 0, passRate: 0 });
  });

  it('totals per provider in the given order, and per case over the repeats', () => {
    const results = [
      result('a', 'q', 0.75),
      result('a', 'p', 1),
      result('a', 'p', 0, { repeat: 1 }),
      result('b', 'p', 1, { costEur: null }),
    ];
    const summary = summarize(results, ['p', 'q']);
    expect(summary.providers.map((t) => [t.provider, t.results, t.score])).toEqual([
      ['p', 3, (2 / 3) * 100],
      ['q', 1, 75],
    ]);
    expect(summary.providers[0]!.costKnown).toBe(false);
    expect(summary.cells.find((c) => c.caseId === 'a' && c.provider === 'p')).toMatchObject({ results: 2, passed: 1 });
  });

  it('counts failed calls as errors whose unknown cost does not make the total unknown', () => {
    const failed = result('a', 'p', 0, { error: 'Zeitüberschreitung', costEur: null, output: '' });
    expect(summarize([failed], ['p']).overall).toMatchObject({ errors: 1, costKnown: true });
  });
});
