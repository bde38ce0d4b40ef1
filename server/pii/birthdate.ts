import type { PiiMatch } from './types.ts';

const MONTHS = 'Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const SPACE = String.raw`[^\S\n]`;
// "geb. 12.08.1964", "geboren am 12. August 1964", "Geburtsdatum: 1964-08-12", "Max Muster, * 12.8.64". The
// asterisk counts only after other text on its line: at the start of a line it is a Markdown bullet.
const BIRTHDATE = new RegExp(
  String.raw`(?:(?<!\p{L})(?:geb\.|geboren(?:${SPACE}+am)?|Geburtsdatum|Geb\.-Datum|Geburtstag)|(?<=\S${SPACE}*)\*)` +
    String.raw`${SPACE}*(?::${SPACE}*)?` +
    String.raw`((\d{1,2})\.${SPACE}?(\d{1,2})\.${SPACE}?(?:\d{4}|\d{2})(?!\d)|\d{1,2}\.${SPACE}?(?:${MONTHS})${SPACE}+\d{4}|\d{4}-(\d{2})-(\d{2}))`,
  'gdiu',
);

/** Dates introduced as a birth date; the match is the date alone. */
export function findBirthdates(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(BIRTHDATE)) {
    const [, date = '', day = match[5], month = match[4]] = match;
    if ((day && !inRange(day, 31)) || (month && !inRange(month, 12))) continue;
    const [start, end] = match.indices![1]!;
    found.push({ kind: 'birthdate', value: date, start, end });
  }
  return found;
}

const inRange = (value: string, max: number): boolean => Number(value) >= 1 && Number(value) <= max;
