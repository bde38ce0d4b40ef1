import type { RunSummaryTotals } from '../runs/summary.ts';
import type { RunWithResults } from '../schema/run.ts';
import { failedCheck, fmt, renderTable } from './format.ts';

const STATUS: Record<RunWithResults['status'], string> = {
  running: 'läuft',
  done: 'fertig',
  failed: 'fehlgeschlagen',
  cancelled: 'abgebrochen',
  interrupted: 'unterbrochen',
  'out-of-budget': 'Budget aufgebraucht',
};

/** The table (case x provider) and the summary the `eval` command prints; `summary` is the run's (`summarize`). */
export function renderReport(run: RunWithResults, summary: RunSummaryTotals): string {
  const providers = run.targets.map((t) => t.provider);
  // Rows in the run's order of cases, then of models.
  const caseIndex = new Map(run.cases.map((id, i) => [id, i]));
  const order = (cell: { caseId: string; provider: string }) =>
    caseIndex.get(cell.caseId)! * providers.length + providers.indexOf(cell.provider);
  const cells = [...summary.cells].sort((a, b) => order(a) - order(b));
  const rows = cells.map((c) => [
    c.caseId,
    c.provider,
    fmt.points(c.score),
    c.errors === c.results ? 'Fehler' : run.repeat > 1 ? `${c.passed}/${c.results}` : c.passed ? 'ja' : 'nein',
    `${fmt.int(c.inputTokens)}/${fmt.int(c.outputTokens)}`,
    fmt.euro(c.costEur, c.costKnown),
    fmt.int(c.meanLatencyMs),
  ]);
  const table = renderTable(
    ['Fall', 'Modell', 'Punkte', 'Bestanden', 'Tokens ein/aus', 'Kosten', 'ms'],
    rows,
    new Set([2, 3, 4, 5, 6]),
  );

  const failures = run.results
    .filter((r) => !r.pass)
    .map((r) => {
      const where = `${r.caseId} · ${r.provider}${run.repeat > 1 ? ` · Wiederholung ${r.repeat + 1}` : ''}`;
      const why =
        r.error ??
        r.assertions
          .filter((a) => !a.pass)
          .map(failedCheck)
          .join('; ');
      return `  ✗ ${where}: ${why}`;
    });

  const perProvider = summary.providers.map(
    (p) =>
      `  ${p.provider}: ${fmt.points(p.score)} Punkte, ${p.passed}/${p.results} bestanden (${fmt.percent(p.passRate)}), ` +
      `${fmt.euro(p.costEur, p.costKnown)}, ${fmt.int(p.inputTokens + p.outputTokens)} Tokens, Ø ${fmt.int(p.meanLatencyMs)} ms` +
      (p.errors ? `, ${p.errors} Fehler` : ''),
  );
  return [
    table,
    ...(failures.length ? ['Nicht bestanden:', ...failures, ''] : []),
    `Lauf ${run.id} (${STATUS[run.status]})${run.error ? `: ${run.error}` : ''}`,
    ...perProvider,
    '',
  ].join('\n');
}
