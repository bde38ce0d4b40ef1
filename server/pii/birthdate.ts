import { SP, matchAt, type PiiMatch } from './types.ts';

// No `i` flag anywhere: with it, \p{Lu} would match lower-case letters too. Months are capitalised in German.
const MONTHS =
  String.raw`(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|` +
  String.raw`Jan\.|Feb\.|Febr\.|Mrz\.|Apr\.|Jun\.|Jul\.|Aug\.|Sep\.|Sept\.|Okt\.|Nov\.|Dez\.)`;

// "dritten", "einundzwanzigsten": the day as an ordinal word, in any of its endings.
const ONES = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'siebent', 'acht', 'neunt'];
const TEENS = ['zehnt', 'elft', 'zwölft', 'dreizehnt', 'vierzehnt', 'fünfzehnt', 'sechzehnt', 'siebzehnt'];
const TENS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'].map((n) => `${n}und`);
const ORDINAL_STEMS = [
  ...ONES,
  ...TEENS,
  'achtzehnt',
  'neunzehnt',
  'zwanzigst',
  ...TENS.map((n) => `${n}zwanzigst`),
  'dreißigst',
  'einunddreißigst',
];
const ORDINAL = String.raw`(?:${ORDINAL_STEMS.sort((a, b) => b.length - a.length).join('|')})(?:en|er|es|em|e)`;

// The date forms, all with a year: "12.08.1964", "12. 8. 64", "03/05/1980", "3. Mai 1980", "3 Mai 1980",
// "dritten Mai 1980", "1964-08-12". Day and month are checked afterwards.
const DATE =
  String.raw`(?:\d{1,2}\.${SP}?\d{1,2}\.${SP}?(?:\d{4}|\d{2})(?!\d)|\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])` +
  String.raw`|\d{1,2}\.?${SP}*${MONTHS}${SP}*\d{4}(?!\d)|${ORDINAL}${SP}+${MONTHS}${SP}*\d{4}(?!\d)|\d{4}-\d{2}-\d{2}(?!\d))`;

// Before the date: "geb. 12.08.1964", "geb. am …", "geboren am …", "Geburtsdatum/-ort: …", "Geb.-Dat.", "Geburtstag".
// The asterisk counts only after other text on its line: at the start of a line it is a Markdown bullet.
const KEYWORD =
  String.raw`(?:(?<!\p{L})(?:[Gg]eb\.(?:-?${SP}?Dat(?:um|\.))?|[Gg]eboren|Geburtsdatum(?:${SP}*(?:/|und)${SP}*-?[Oo]rt)?` +
  String.raw`|Geburtstag|GebDat)|(?<=\S${SP}*)\*)`;
// Up to three words between the keyword and a colon: "geboren am: …", "Geb.-Datum zur Identifikation: …",
// "Geburtsdatum laut Pass: …", "Geburtsdatum lt. Ausweis: …". A word ends with a full stop only as a short
// abbreviation, so that the words do not run into the next sentence ("geboren in Bonn. Termin: 3.5.2025").
const BETWEEN = String.raw`(?:${SP}+(?:\p{Ll}{1,3}\.|\(?\p{L}[\p{L}/-]*\)?)){1,3}${SP}*:`;
const BEFORE = new RegExp(String.raw`${KEYWORD}(?:${BETWEEN}|${SP}*:?)${SP}*(?:(?:am|den)${SP}+)?(${DATE})`, 'gdu');
// After the date: "am 3. Mai 1980 geboren", "wurde am 03.05.1980 in Bad Tölz geboren".
const PLACE = String.raw`in${SP}+\p{Lu}[\p{L}-]*(?:${SP}+\p{Lu}[\p{L}-]*)?${SP}+`;
const AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${DATE})${SP}+(?:${PLACE})?geboren(?!\p{L})`, 'gdu');

/**
 * Dates introduced as a birth date; the match is the date alone. A year alone ("Jahrgang 1980", "1980 geboren")
 * is not a birth date here: it identifies nobody.
 */
export function findBirthdates(text: string): PiiMatch[] {
  const found = new Map<number, PiiMatch>();
  for (const pattern of [BEFORE, AFTER]) {
    for (const match of text.matchAll(pattern)) {
      const [start, end] = match.indices![1]!;
      if (plausible(match[1]!) && !found.has(start)) found.set(start, matchAt(text, 'birthdate', start, end));
    }
  }
  return [...found.values()].sort((a, b) => a.start - b.start);
}

/** Day 1–31 and month 1–12 where given as digits; ordinal words are in range by construction. */
function plausible(date: string): boolean {
  const iso = /^\d{4}-(\d{2})-(\d{2})$/u.exec(date);
  const numeric = /^(\d{1,2})[./]\s?(\d{1,2})[./]/u.exec(date);
  const [day, month] = iso ? [iso[2], iso[1]] : numeric ? [numeric[1], numeric[2]] : [/^\d{1,2}/u.exec(date)?.[0]];
  return (day === undefined || inRange(day, 31)) && (month === undefined || inRange(month, 12));
}

const inRange = (value: string, max: number): boolean => Number(value) >= 1 && Number(value) <= max;
