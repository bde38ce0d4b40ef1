import {
  ADJECTIVE_STEMS,
  NOT_ADJECTIVES,
  NOT_STREET_NAMES,
  NOT_PLACES,
  NOT_PREPOSITION_STREETS,
  NOT_STREETS,
  PLACE_PREFIXES,
  POSTCODE_LEADS,
  STREET_SUFFIXES,
  STREET_WORDS,
  alternation,
} from './address-words.ts';
import { SP, matchAt, type PiiMatch } from './types.ts';

const START = String.raw`(?<![\p{L}\p{N}-])`;
const CAPITAL = String.raw`\p{Lu}[\p{L}-]*`;
// "12", "12a", "5 b", "7-9", "12/14"; not the start of a longer number, a decimal, an amount or a length.
const HOUSE =
  String.raw`\d{1,3}(?:${SP}?[a-zA-Z](?![\p{L}\p{N}]))?(?:${SP}?[-–/]${SP}?\d{1,3}(?:[a-zA-Z](?![\p{L}\p{N}]))?)?` +
  String.raw`(?![\p{N}]|[.,]\d|${SP}*(?:%|€|(?:Euro|EUR|Prozent|Jahre|Jahren|Monate|km|m|qm|Uhr|Std|Stunden|Tage|Mal)(?!\p{L})))`;
const SUFFIX = alternation([...STREET_SUFFIXES, ...STREET_SUFFIXES.map((s) => s[0]!.toUpperCase() + s.slice(1))]);
// "Alte", "Große", "Obere" …, or a place adjective: "Berliner", "Frankfurter".
const ADJECTIVE = String.raw`(?:(?:${ADJECTIVE_STEMS.join('|')})(?:er|es|en|e)|\p{Lu}\p{Ll}+er)`;
// Before "Straße" any adjective in -e or -er: "Niederländische Straße", "Lange Str.", "Obere Talheimer Str.".
const ANY_ADJECTIVE = String.raw`(?:${ADJECTIVE}|\p{Lu}\p{Ll}+e)`;
const STRASSE = String.raw`(?:Straße|Strasse|Str\.)`;
const PREPOSITION = String.raw`(?:Am|Im|Zum|Zur|Beim|(?:An|Auf|In|Unter|Hinter|Vor|Über|Neben|Bei|Zu)${SP}+(?:der|den|dem))`;

// One regex, four forms, each in its own group: "Alte Hauptstraße 5" / "Karl-Marx-Allee 101" (1 adjective,
// 2 compound), "Berliner Straße 5" / "Obere Talheimer Str. 7" (3), "Platz der Republik 1" (4), "An der Alten
// Mühle 7-9" (5 preposition form, 6 its last word).
const STREET = new RegExp(
  `${START}(?:(?:(${ADJECTIVE})${SP}+)?(${CAPITAL}(?:${SUFFIX}))` +
    `|((?:${ANY_ADJECTIVE}${SP}+)?(?:${ADJECTIVE}${SP}+(?:${alternation(STREET_WORDS)})|${ANY_ADJECTIVE}${SP}+${STRASSE}))` +
    `|((?:Straße|Platz|Allee|Weg|Ring|Ufer|Damm|Markt|Brücke)${SP}+(?:der|des|am|zum|zur|vom)${SP}+(?:${CAPITAL}${SP}+)?${CAPITAL})` +
    `|(${PREPOSITION}${SP}+(?:${CAPITAL}${SP}+){0,2}(${CAPITAL})))` +
    `${SP}*${HOUSE}`,
  'gu',
);
const POSTFACH = new RegExp(`${START}Postfach${SP}+\\d{1,3}(?:${SP}?\\d{2,3}){0,3}(?!\\p{N})`, 'gu');
// "12345 Musterstadt", "D-12345 Berlin", "50667 Köln-Innenstadt", "79098 Freiburg im Breisgau", "06108 Halle (Saale)".
const PLACE =
  String.raw`(?:(?:${alternation(PLACE_PREFIXES)})${SP}+)?(\p{Lu}\p{L}+)(?:-\p{L}+)*` +
  String.raw`(?:${SP}+(?:im|am|an${SP}+der|ob${SP}+der|in${SP}+der|bei|vor${SP}+der|a\.${SP}?d\.|v\.${SP}?d\.)${SP}*\p{Lu}\p{L}+(?:-\p{L}+)*)?` +
  String.raw`(?:${SP}*\(\p{Lu}\p{L}+\))?(?![\p{L}\p{N}])`;
const POSTCODE = new RegExp(String.raw`(?<![\p{L}\p{N}.,/:€$-])(?:D${SP}?-${SP}?)?(\d{5})${SP}+${PLACE}`, 'gu');
// A postcode stands at the start of a line, after a comma or a colon, or after "in", "nach", "PLZ", …
// Letterheads separate their parts with a middle dot, a bullet or a bar: "Hauptstr. 5 · 12345 Ort".
const POSTCODE_CONTEXT = new RegExp(String.raw`(?:^|[,:·•|]|(?<!\p{L})(?:${alternation(POSTCODE_LEADS)}))${SP}*$`, 'u');
// Where a street with house number ends: the end of the line, a comma or a letterhead separator.
const STREET_END = /^[^\S\n]*(?:[,·•|]|\n|$)/u;
// A street without a street word right before a postcode ("Rosenhöhe 12, 12345 Musterstadt", "Q 3\n12345 Musterstadt"):
// capitalised words and a house number that fill their line or stand after a comma.
const NAMED_STREET = new RegExp(
  String.raw`(?:^|[,:;·•|]${SP}*)(\p{Lu}[\p{L}.'-]*(?:${SP}+\p{L}[\p{L}.'-]*){0,2}${SP}+${HOUSE})${SP}*(?:,${SP}*|\n${SP}*)$`,
  'u',
);
// Postcode regions that do not exist: 00, 05, 43, 62.
const NO_REGION = /^(?:00|05|43|62)/u;

/**
 * Postal addresses: a street with house number (or a Postfach), a postcode with place, or both, separated only
 * by a comma or a line break, as one match. A street name needs a street word ("…straße", "Weg", "Am …");
 * a postcode needs a capitalised place after it and a place before it where addresses stand.
 */
export function findAddresses(text: string): PiiMatch[] {
  const streets = [...findStreets(text), ...collectAll(text, POSTFACH)].sort((a, b) => a.start - b.start);
  const postcodes = findPostcodes(text);
  const found: PiiMatch[] = [];
  for (const street of streets) {
    if (found.some((other) => street.start < other.end)) continue;
    const next = postcodes.find((postcode) => postcode.start >= street.end);
    const gap = next ? text.slice(street.end, next.start) : '';
    const joined = next && /^(?:,?[^\S\n]*\n[^\S\n]*|,[^\S\n]*)$/u.test(gap);
    found.push(matchAt(text, 'address', street.start, joined ? next.end : street.end));
  }
  for (const postcode of postcodes) {
    if (found.some((other) => postcode.start < other.end && other.start < postcode.end)) continue;
    const street = namedStreet(text, postcode.start);
    const free = street && !found.some((other) => street.start < other.end && other.start < street.end);
    found.push(free ? matchAt(text, 'address', street.start, postcode.end) : postcode);
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The street right before a postcode, without a street word: "Rosenhöhe 12, 12345 …", "Q 3\n12345 …". */
function namedStreet(text: string, postcodeStart: number): { start: number; end: number } | undefined {
  const lineAbove = text.lastIndexOf('\n', text.lastIndexOf('\n', postcodeStart - 1) - 1) + 1;
  const from = Math.max(lineAbove, postcodeStart - 80);
  const match = NAMED_STREET.exec(text.slice(from, postcodeStart));
  if (!match) return undefined;
  const street = match[1]!;
  const first = street.split(/[^\p{L}]/u)[0]!;
  if (NOT_PREPOSITION_STREETS.has(first) || NOT_STREET_NAMES.has(first)) return undefined;
  const start = from + match.index + match[0].indexOf(street);
  return { start, end: start + street.length };
}

function findStreets(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(STREET)) {
    const [whole, adjective, compound, adjectiveStreet, , preposition, last] = match;
    let start = match.index;
    if (compound !== undefined && NOT_STREETS.has(compound)) continue;
    // "Unser Weg 5", "Leider Hauptstraße 5": a word that only looks like an adjective is no part of the name.
    if (adjective !== undefined && NOT_ADJECTIVES.has(adjective)) start += whole.indexOf(compound!);
    else if (adjectiveStreet !== undefined && NOT_ADJECTIVES.has(adjectiveStreet.split(/[^\p{L}]/u)[0]!)) continue;
    const end = match.index + whole.length;
    // "Am Markt 3" is a street only at the end of its line or before a comma; "Im Jahr 98 …" is none.
    if (preposition !== undefined) {
      const words = preposition.split(new RegExp(`${SP}+`, 'u'));
      if (words.some((word) => NOT_PREPOSITION_STREETS.has(word))) continue;
      const suffixed = new RegExp(`(?:${SUFFIX})$`, 'u').test(last!) && !NOT_STREETS.has(last!);
      if (!suffixed && !STREET_END.test(text.slice(end))) continue;
    }
    found.push(matchAt(text, 'address', start, end));
  }
  // A shorter match inside a longer one ("Sportplatz 4" in "Am Sportplatz 4") is dropped.
  return found.filter(
    (m) => !found.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
}

function findPostcodes(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(POSTCODE)) {
    const [whole, code = '', place = ''] = match;
    if (NO_REGION.test(code) || NOT_PLACES.has(place)) continue;
    const lineStart = text.lastIndexOf('\n', match.index - 1) + 1;
    if (!POSTCODE_CONTEXT.test(text.slice(lineStart, match.index))) continue;
    found.push(matchAt(text, 'address', match.index, match.index + whole.length));
  }
  return found;
}

const collectAll = (text: string, pattern: RegExp): PiiMatch[] =>
  [...text.matchAll(pattern)].map((match) => matchAt(text, 'address', match.index, match.index + match[0].length));
