// What the Workers bench counts, and the arithmetic over it.
import type { StatementCost } from './counting-d1.ts';

export type Stats = {
  statements: StatementCost[];
  storage: Record<string, number>;
  /** Calls to Durable Objects by binding and method (`RUNS.fetch`, `WORKSHOPS.look`, …). */
  objectCalls: Record<string, number>;
  databaseBytes: number;
};

export const isWrite = (sql: string) => /^\s*(insert|update|delete|replace)\b/i.test(sql);
export const sum = (list: readonly StatementCost[], pick: (s: StatementCost) => number) =>
  list.reduce((total, s) => total + pick(s), 0);
export const de = (value: number, digits = 1) =>
  value.toLocaleString('de-DE', { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const int = (value: number) => Math.round(value).toLocaleString('de-DE');

/** Statements of `after` minus those of `before` (same caller and text). */
export function diff(after: Stats, before: Stats): Stats {
  const base = new Map(before.statements.map((s) => [`${s.source}\n${s.sql}`, s]));
  const statements = after.statements
    .map((s) => {
      const b = base.get(`${s.source}\n${s.sql}`);
      return {
        ...s,
        calls: s.calls - (b?.calls ?? 0),
        rowsRead: s.rowsRead - (b?.rowsRead ?? 0),
        rowsWritten: s.rowsWritten - (b?.rowsWritten ?? 0),
        durationMs: s.durationMs - (b?.durationMs ?? 0),
      };
    })
    .filter((s) => s.calls > 0);
  const minus = (now: Record<string, number>, then: Record<string, number>) =>
    Object.fromEntries(Object.entries(now).map(([name, n]) => [name, n - (then[name] ?? 0)]));
  return {
    statements,
    storage: minus(after.storage, before.storage),
    objectCalls: minus(after.objectCalls, before.objectCalls),
    databaseBytes: after.databaseBytes,
  };
}

/** A statement's text, short enough for one line. */
export const shortSql = (sql: string) => {
  const flat = sql.replace(/\s+/g, ' ').replace(/"/g, '');
  return flat.length > 88 ? `${flat.slice(0, 85)}…` : flat;
};

/** A list of statements summed up in one line: statements, rows read and written (per `per`, e.g. per run). */
export const costLine = (label: string, list: readonly StatementCost[], per = 1) =>
  `${label}: ${de(sum(list, (s) => s.calls) / per)} Anweisungen, ${int(sum(list, (s) => s.rowsRead) / per)} Zeilen ` +
  `gelesen, ${de(sum(list, (s) => s.rowsWritten) / per)} geschrieben`;

/** Who sent a statement, in six characters. */
const CALLERS: Record<string, string> = { worker: 'Worker', 'run-host': 'DO    ', 'workshop-hub': 'Hub   ' };

/** The statements one per line, the costliest first: caller, calls, rows read and written, the SQL. */
export const costTable = (list: readonly StatementCost[], per: number) =>
  [...list]
    .sort((a, b) => b.rowsRead + b.rowsWritten - (a.rowsRead + a.rowsWritten))
    .map(
      (s) =>
        `      ${CALLERS[s.source] ?? s.source} ${de(s.calls / per).padStart(5)}× ` +
        `${de(s.rowsRead / per).padStart(7)} gel. ${de(s.rowsWritten / per).padStart(5)} geschr.  ${shortSql(s.sql)}`,
    );

/** The full table scans in query plans (`EXPLAIN QUERY PLAN` rows), each once. */
export const fullScans = (plans: readonly { results: readonly { detail: string }[] }[]) => [
  ...new Set(plans.flatMap((p) => p.results.map((r) => r.detail)).filter((d) => /^SCAN (?!CONSTANT)/.test(d))),
];
