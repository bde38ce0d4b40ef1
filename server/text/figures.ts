import { findNormReferences } from './norms.ts';

/** A number, date or code in a text, normalised so that different spellings of the same value compare equal. */
export type Figure =
  | { kind: 'date'; day: number; month: number; year?: number; text: string; start: number }
  | { kind: 'number'; value: number; text: string; start: number }
  | { kind: 'code'; text: string; start: number };

const MONTHS = [
  'januar',
  'februar',
  'märz',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'dezember',
];
const MONTH_NAMES = `${MONTHS.join('|')}|jänner|jan\\.|feb\\.|febr\\.|mär\\.|apr\\.|jun\\.|jul\\.|aug\\.|sep\\.|sept\\.|okt\\.|nov\\.|dez\\.`;

// "3. März 2025", "3. März", "03.03.2025", "3.3.25", "2025-03-03".
// "4., 11. und 18. April 2025": the days before the last one share its month and year.
const DAY_LIST = String.raw`(?:\d{1,2}\.(?:\s*,\s*|\s+(?:und|bis|sowie|oder)\s+|\s*[–-]\s*))*`;
const NAMED_DATE = new RegExp(
  String.raw`(?<!\d)(${DAY_LIST})(\d{1,2})\.\s?(${MONTH_NAMES})(?:\s+(\d{4}))?(?![\p{L}\p{N}])`,
  'giu',
);
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?!\d)/gu;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/gu;
// A word with a digit; inner hyphens, dots, commas, slashes and colons keep "1.234,50", "23:30", "32.2-SN-7" whole.
const TOKEN = /[\p{L}\p{N}]+(?:[-.,/:][\p{L}\p{N}]+)*/gu;
// "1.", "2)", "(3)", "IV." at the start of a line: list and outline markers, not figures; but "12. Mai 2025"
// at the start of a line is a date.
const LIST_MARKER = new RegExp(
  String.raw`^[^\S\n]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[IVX]{1,4}\.)(?=\s)(?![^\S\n]*(?:${MONTH_NAMES})(?!\p{L}))`,
  'gmiu',
);
// "Schritt 2", "Punkt 3", "Anlage 1": numbers that structure the answer rather than state a fact.
const STRUCTURAL =
  /(?<!\p{L})(?:Schritt|Punkt|Teil|Anlage|Abschnitt|Kapitel|Frage|Tipp|Stufe|Phase|Option|Beispiel)\s+\d{1,2}(?!\d)/gu;
const GERMAN_NUMBER = /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$/u;

/**
 * Dates, numbers and digit-bearing codes of a text, in text order. Left out: list markers at the start of a line,
 * numbers after "Schritt", "Punkt", "Anlage" and the like, and everything inside a § or Art. citation (the `cites`
 * check is about those). A German number ("1.234,50", "25") becomes its value, so "1.234,50 €" and
 * "1234,50 Euro" agree; anything else with digits ("32.2-SN-2025", "23:30", "B-AB 12") is a code, compared as text.
 */
export function findFigures(text: string): Figure[] {
  const taken: [number, number][] = [
    ...findNormReferences(text).map(({ start, end }): [number, number] => [start, end]),
    ...[...text.matchAll(LIST_MARKER), ...text.matchAll(STRUCTURAL)].map((m): [number, number] => [
      m.index,
      m.index + m[0].length,
    ]),
  ];
  const free = (start: number, end: number) => !taken.some(([a, b]) => start < b && a < end);
  const figures: Figure[] = [];
  const add = (figure: Figure, end: number) => {
    if (!free(figure.start, end)) return;
    taken.push([figure.start, end]);
    figures.push(figure);
  };
  for (const m of text.matchAll(NAMED_DATE)) {
    const [whole, list = '', day = '', month = '', year] = m;
    const end = m.index + whole.length;
    if (!free(m.index, end)) continue;
    taken.push([m.index, end]);
    // Every day of a list is a date of its own ("4. April 2025"), none of them a plain number.
    for (const listed of [...(list.match(/\d{1,2}(?=\.)/gu) ?? []), day]) {
      const text = listed === day && list === '' ? whole : `${listed}. ${month}${year ? ` ${year}` : ''}`;
      figures.push(date(text, m.index, listed, String(monthNumber(month)), year));
    }
  }
  for (const m of text.matchAll(NUMERIC_DATE)) {
    if (validDay(m[1]!, m[2]!)) add(date(m[0], m.index, m[1]!, m[2]!, m[3]), m.index + m[0].length);
  }
  for (const m of text.matchAll(ISO_DATE)) {
    if (validDay(m[3]!, m[2]!)) add(date(m[0], m.index, m[3]!, m[2]!, m[1]), m.index + m[0].length);
  }
  for (const m of text.matchAll(TOKEN)) {
    const token = m[0];
    if (!/\d/u.test(token)) continue;
    const figure: Figure = GERMAN_NUMBER.test(token)
      ? { kind: 'number', value: germanNumber(token), text: token, start: m.index }
      : { kind: 'code', text: token, start: m.index };
    add(figure, m.index + token.length);
  }
  return figures.sort((a, b) => a.start - b.start);
}

function date(text: string, start: number, day: string, month: string, year: string | undefined): Figure {
  const y = year === undefined ? undefined : Number(year);
  // Two-digit years: "25" is 2025, "64" is 1964.
  const fullYear = y === undefined || y >= 100 ? y : y < 70 ? 2000 + y : 1900 + y;
  return { kind: 'date', day: Number(day), month: Number(month), year: fullYear, text, start };
}

function monthNumber(name: string): number {
  const lower = name.toLocaleLowerCase('de').replace(/\.$/u, '');
  if (lower === 'jänner') return 1;
  return MONTHS.findIndex((month) => month.startsWith(lower)) + 1;
}

function validDay(day: string, month: string): boolean {
  return Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12;
}

function germanNumber(token: string): number {
  return Number(token.replace(/\./gu, '').replace(',', '.'));
}
