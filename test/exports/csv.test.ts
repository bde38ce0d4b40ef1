import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from '../../server/exports/csv.ts';

interface Row {
  name: string;
  points: number;
  pass: boolean | null;
}

const columns: Column<Row>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Punkte', value: (r) => r.points },
  { header: 'Bestanden', value: (r) => r.pass },
];

const rows: Row[] = [
  { name: 'Jürgen Groß; "Büro 3"', points: 87.5, pass: true },
  { name: 'Zeile eins\nZeile zwei', points: 0.000125, pass: false },
  { name: '=HYPERLINK("http://evil")', points: 1234567, pass: null },
  { name: '-2+3', points: 0, pass: null },
];

describe('CSV for German spreadsheets', () => {
  const text = toCsv(columns, rows);

  it('starts with a byte order mark, ends lines with CRLF and quotes every field', () => {
    expect(text.startsWith('\uFEFF"Name";"Punkte";"Bestanden"\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    for (const line of text.slice(1).split('\r\n').filter(Boolean)) expect(line.startsWith('"')).toBe(true);
  });

  it('parses back with a real CSV parser to the same values, in German number format', () => {
    const parsed = parse(text, { bom: true, delimiter: ';', columns: true, record_delimiter: '\r\n' });
    expect(parsed).toEqual([
      { Name: 'Jürgen Groß; "Büro 3"', Punkte: '87,5', Bestanden: 'ja' },
      { Name: 'Zeile eins\nZeile zwei', Punkte: '0,000125', Bestanden: 'nein' },
      { Name: `'=HYPERLINK("http://evil")`, Punkte: '1234567', Bestanden: '' },
      { Name: "'-2+3", Punkte: '0', Bestanden: '' },
    ]);
  });

  it('uses one separator throughout: no field holds an unquoted semicolon or comma', () => {
    const parsed: string[][] = parse(text, { bom: true, delimiter: ';' });
    expect(new Set(parsed.map((r) => r.length))).toEqual(new Set([3]));
  });
});
