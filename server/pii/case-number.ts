import { SP, matchAt, type PiiMatch } from './types.ts';

// Keywords that introduce a file, customer or tax number. Versicherungs- and Versichertennummern are not here:
// they are rvnr and kvnr, found by their check digits.
const KEYWORDS = [
  'Aktenzeichen',
  String.raw`A[Zz]\.?`,
  'Geschäftszeichen',
  String.raw`G[Zz]\.?`,
  String.raw`(?:Unser|Ihr|Ihre|Mein)(?:${SP}+|-)Zeichen`,
  String.raw`Kunden(?:nummer|-?[Nn]r\.?)`,
  String.raw`Kd\.?-?Nr\.?`,
  ...['Vorgangs', 'Antrags', 'Vertrags', 'Mitglieds', 'Zähler', 'Personal', 'Fall', 'Rechnungs', 'Auftrags'].map(
    (stem) => String.raw`${stem}(?:nummer|-?[Nn]r\.?)`,
  ),
  'Bearbeitungsnummer',
  'Kassenzeichen',
  'Referenznummer',
  'Steuernummer',
  String.raw`Steuer-?Nr\.?`,
  String.raw`St\.?-?Nr\.?`,
];
const INTRO = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${KEYWORDS.join('|')})(?![\p{L}])` +
    String.raw`(?:${SP}*(?:-?Nr\.|Nummer))?${SP}*:?${SP}*(?=[\p{L}\p{N}])`,
  'gu',
);

// One token: letters and digits, joined inside by / . - ("III/2-45.12", "5.0123.456789.3"); never ends in one.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[/.\-–](?=[\p{L}\p{N}]))*/uy;
const DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u;
// Short words that may stand inside a file number ("5 K 123/20", "123 Js 456/20", "… Bü") but not these.
const NOT_PART = new Set(['Tel', 'Fax', 'Nr', 'Az', 'AZ', 'Herr', 'Frau', 'Den', 'Die', 'Der', 'Das', 'Von', 'Vom']);
const MAX_TOKENS = 6;
const MAX_LENGTH = 40;

// Tax numbers as the Länder print them, recognised without a keyword: 2–3/3/5 digits ("21/815/08150",
// "181/815/08155"), NRW's 3/4/4 and Rhineland-Palatinate's 2/3/4/1. Other shapes (unseparated, 5/5) only after one.
const STEUERNUMMER =
  /(?<![\p{L}\p{N}/.-])(?:\d{2,3}\/\d{3}\/\d{5}|\d{3}\/\d{4}\/\d{4}|\d{2}\/\d{3}\/\d{4}\/\d)(?![\p{N}/]|[.-]\d)/gu;

/**
 * File numbers (Aktenzeichen, Geschäftszeichen), customer, contract and meter numbers and tax numbers: the
 * token(s) after a keyword, up to the end of the number; the keyword is not part of the match. Without a keyword
 * only the printed shapes of a Steuernummer.
 */
export function findCaseNumbers(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const intro of text.matchAll(INTRO)) {
    const end = numberEnd(text, intro.index + intro[0].length);
    if (end !== undefined) found.push(matchAt(text, 'case-number', intro.index + intro[0].length, end));
  }
  for (const match of text.matchAll(STEUERNUMMER)) {
    if (!found.some((other) => match.index < other.end && other.start < match.index + match[0].length)) {
      found.push(matchAt(text, 'case-number', match.index, match.index + match[0].length));
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Where the number starting at `start` ends: tokens joined by single spaces, digits in at least one of them.
 * A date or a longer word after the number ends it; a short word ("Bü", "K") belongs to it.
 */
function numberEnd(text: string, start: number): number | undefined {
  const tokens: { end: number; digits: boolean; word: string }[] = [];
  let at = start;
  let length = 0;
  while (tokens.length < MAX_TOKENS) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text)?.[0];
    if (!token) break;
    const digits = /\d/u.test(token);
    const continues = tokens.length > 0;
    if (continues && digits && DATE.test(token)) break;
    if (!digits && (NOT_PART.has(token) || token.length > 4 || !/^\p{Lu}/u.test(token))) break;
    if (length + token.length > MAX_LENGTH) break;
    tokens.push({ end: at + token.length, digits, word: token });
    length += token.length + 1;
    at += token.length;
    if (!/^[ \u00a0]$/u.test(text[at] ?? '')) break;
    at += 1;
  }
  // A trailing word ends the number only if it is an initial ("Bü", "K"), not a longer one like "Herr".
  while (tokens.length > 0 && !tokens.at(-1)!.digits && tokens.at(-1)!.word.length > 3) tokens.pop();
  return tokens.some((token) => token.digits) ? tokens.at(-1)!.end : undefined;
}
