import type { AssertionResult } from '../grading/types.ts';

const points = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const euro = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 4 });
const whole = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

export const fmt = {
  points: (n: number) => points.format(n),
  euro: (n: number, known = true) => (known ? euro.format(n) : `${euro.format(n)}+?`),
  int: (n: number) => whole.format(n),
  percent: (n: number) => percent.format(n),
};

/** Plain text table with right-aligned numeric columns; widths from the content. */
export function renderTable(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n';
}

/** A failed check as the trainer reads it on the terminal: type, reason and the detail attendees do not see. */
export const failedCheck = (a: AssertionResult): string =>
  `${a.type}: ${a.reason}${a.detail === undefined ? '' : ` (${a.detail})`}`;
