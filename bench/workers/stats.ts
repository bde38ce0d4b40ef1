// What the Workers bench counts, and the arithmetic over it.
import type { StatementCost } from './counting-d1.ts';

export type Stats = {
  statements: StatementCost[];
  storage: Record<string, number>;
  objectCalls: number;
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
  const storage = Object.fromEntries(
    Object.entries(after.storage).map(([name, n]) => [name, n - (before.storage[name] ?? 0)]),
  );
  return {
    statements,
    storage,
    objectCalls: after.objectCalls - before.objectCalls,
    databaseBytes: after.databaseBytes,
  };
}

/** A statement's text, short enough for one line. */
export const shortSql = (sql: string) => {
  const flat = sql.replace(/\s+/g, ' ').replace(/"/g, '');
  return flat.length > 88 ? `${flat.slice(0, 85)}…` : flat;
};
