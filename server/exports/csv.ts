import Papa from 'papaparse';

export type Cell = string | number | boolean | null;

/** A column of a CSV export: its German heading and how a row fills it. */
export interface Column<T> {
  header: string;
  value: (row: T) => Cell;
}

const decimal = new Intl.NumberFormat('de-DE', { useGrouping: false, maximumFractionDigits: 6 });

/** Numbers with a decimal comma and no thousands separator, yes/no in words: what a German spreadsheet reads. */
const format = (cell: Cell): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return decimal.format(cell);
  if (typeof cell === 'boolean') return cell ? 'ja' : 'nein';
  return cell;
};

/**
 * CSV as German Excel and LibreOffice open it without an import dialog: UTF-8 with a byte order mark, `;` between
 * fields, every field quoted, CRLF line ends. Team and participant names are typed by attendees, so a field that
 * would start a formula (=, +, -, @) is defused with a leading apostrophe.
 */
export function toCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const text = Papa.unparse(
    { fields: columns.map((c) => c.header), data: rows.map((row) => columns.map((c) => format(c.value(row)))) },
    { delimiter: ';', quotes: true, newline: '\r\n', escapeFormulae: true },
  );
  return `\uFEFF${text}\r\n`;
}
