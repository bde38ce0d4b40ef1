import { SP, matchAt, type PiiMatch } from './types.ts';

// Keywords that introduce a file, customer or tax number. Versicherungs- and Versichertennummern are not here:
// they are rvnr and kvnr, found by their check digits; nor are Ausweis- and Passnummern (ausweis, pass).
const KEYWORDS = [
  'Aktenzeichen',
  String.raw`A[Zz]\.?`,
  'Geschäftszeichen',
  String.raw`G[Zz]\.?`,
  String.raw`(?:Unser|Unsere|Ihr|Ihre|Mein|Meine|Dein)(?:${SP}+|-)Zeichen`,
  'Buchungszeichen',
  String.raw`Kunden(?:nummer|-?[Nn]r\.?)`,
  String.raw`Kd\.?-?Nr\.?`,
  ...['Vorgangs', 'Antrags', 'Vertrags', 'Mitglieds', 'Zähler', 'Personal', 'Fall', 'Rechnungs', 'Auftrags'].map(
    (stem) => String.raw`${stem}(?:nummer|-?[Nn]r\.?)`,
  ),
  String.raw`(?:Bedarfsgemeinschafts|BG-)(?:[Nn]ummer|-?Nr\.?)`,
  String.raw`Reg\.?-?Nr\.?`,
  'Bearbeitungsnummer',
  'Kassenzeichen',
  'Referenznummer',
  'Steuernummer',
  String.raw`Steuer-?Nr\.?`,
  String.raw`St\.?-?Nr\.?`,
];
// A document and its number: "Bescheid Nr.", "Genehmigungsnummer", "Ihres Bewohnerparkausweises Nr.". Of the
// "-ausweis" words only compounds ("Parkausweis"), not the Personalausweis: its number is another kind.
const DOCUMENT = String.raw`(?:bescheid|antrag|vertrag|vorgang|genehmigung|erlaubnis|bewilligung|urkunde|register)`;
const DOCUMENT_NR =
  String.raw`(?!Personalausweis)(?:\p{Lu}\p{Ll}*(?:ausweis|${DOCUMENT})|Bescheid|Antrag|Vertrag|Vorgang|Genehmigung` +
  String.raw`|Erlaubnis|Bewilligung|Urkunde|Register)(?:e?s|n)?${SP}*(?:-?Nr\.?|-?[Nn]ummer)`;
const AFTER = String.raw`(?![\p{L}])(?:${SP}*(?:-?Nr\.|Nummer))?${SP}*:?${SP}*`;
const INTRO = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${KEYWORDS.join('|')}|${DOCUMENT_NR})${AFTER}(?=[\p{L}\p{N}])`,
  'gu',
);
// "Vorgang 2024-KZN-044917", "Sperrvorgang SPR-14-…": a weak keyword, so the value has to look like an identifier.
const WEAK_INTRO = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:\p{Lu}\p{Ll}*v|V)organg(?![\p{L}])${SP}*:?${SP}*(?=[\p{L}\p{N}])`,
  'gu',
);
const IDENTIFIER = /^(?=.*\d)(?:.*[\p{L}/.-]|.*\d{5})/u;
// A keyword as a column heading ("Ihr Zeichen    Unser Zeichen    Datum") or alone on its line: the value below it.
const HEADING = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${KEYWORDS.join('|')})(?![\p{L}])`, 'gu');

// One token: letters and digits, joined inside by / . - ("III/2-45.12", "5.0123.456789.3"); never ends in one.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}]|[/.\-–](?=[\p{L}\p{N}]))*/uy;
const DATE = /^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/u;
const AMOUNT = /^(?:,\d|[^\S\n]*(?:€|EUR|Euro|%|Prozent)(?![\p{L}]))/u;
// Initials of the author and typist after a file number: "114/24 Sa/ku".
const INITIALS = /^\p{Lu}\p{Ll}{0,2}\/\p{L}{1,3}$/u;
// Short words that may stand inside a file number ("5 K 123/20", "123 Js 456/20", "… Bü") but not these.
const NOT_PART = new Set(['Tel', 'Fax', 'Nr', 'Az', 'AZ', 'Herr', 'Frau', 'Den', 'Die', 'Der', 'Das', 'Von', 'Vom']);
const MAX_TOKENS = 6;
const MAX_LENGTH = 40;
const LINE = 200;

// Numbers recognised by their printed shape alone. Tax numbers as the Länder print them: 2–3/3/5 digits
// ("21/815/08150", "181/815/08155"), NRW's 3/4/4 and Rhineland-Palatinate's 2/3/4/1; other shapes (unseparated,
// 5/5) only after a keyword. The Jobcenter's number of a Bedarfsgemeinschaft: 5 digits, "BG" or "//", 7 digits.
const SHAPES =
  /(?<![\p{L}\p{N}/.-])(?:\d{2,3}\/\d{3}\/\d{5}|\d{3}\/\d{4}\/\d{4}|\d{2}\/\d{3}\/\d{4}\/\d|\d{5}(?:BG|\/\/)\d{7})(?![\p{N}/]|[.-]\d)/gu;

/**
 * File numbers (Aktenzeichen, Geschäftszeichen), customer, contract and meter numbers and tax numbers: the
 * token(s) after a keyword, or below it in a letter head's table, up to the end of the number; the keyword is
 * not part of the match. Without a keyword only the printed shapes of a Steuernummer and a BG-Nummer.
 */
export function findCaseNumbers(text: string): PiiMatch[] {
  // Kept sorted and disjoint: a binary search finds the one match a new one could overlap (linear scans were
  // quadratic on long texts full of keywords).
  const found: PiiMatch[] = [];
  const add = (start: number, end: number | undefined) => {
    if (end === undefined) return;
    let [low, high] = [0, found.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (found[middle]!.end <= start) low = middle + 1;
      else high = middle;
    }
    if (!found[low] || found[low]!.start >= end) found.splice(low, 0, matchAt(text, 'case-number', start, end));
  };
  const beside = new Set<number>();
  for (const intro of text.matchAll(INTRO)) {
    const start = intro.index + intro[0].length;
    const end = numberEnd(text, start);
    if (end !== undefined) beside.add(intro.index);
    add(start, end);
  }
  for (const intro of text.matchAll(WEAK_INTRO)) {
    const start = intro.index + intro[0].length;
    const end = numberEnd(text, start);
    if (end !== undefined && IDENTIFIER.test(text.slice(start, end))) add(start, end);
  }
  for (const heading of text.matchAll(HEADING)) {
    if (beside.has(heading.index)) continue;
    const start = valueBelow(text, heading.index, heading.index + heading[0].length);
    if (start !== undefined) add(start, numberEnd(text, start));
  }
  for (const match of text.matchAll(SHAPES)) add(match.index, match.index + match[0].length);
  return found;
}

/**
 * Where the value of a heading stands when it is not beside it: the heading's cell (up to a tab, two spaces or
 * the end of the line) holds nothing more than a colon or more headings (", Ihre Nachricht vom"), and the next line has a value in the same column, or the same cell when
 * the head is laid out with tabs.
 */
function valueBelow(text: string, start: number, end: number): number | undefined {
  // A letter head's lines are short: looking no further than LINE keeps this linear on one long line.
  const before = text.slice(Math.max(0, start - LINE), start);
  const head = before.slice(before.lastIndexOf('\n') + 1);
  if (head.length === before.length && start > LINE) return undefined;
  const after = text.slice(end, end + LINE);
  const lineEnd = after.indexOf('\n');
  if (lineEnd === -1) return undefined;
  const cellEnd = /\t| {2,}|\n/u.exec(after)!.index;
  if (!/^(?:[^\S\n]*:?[^\S\n]*|,\D*)$/u.test(after.slice(0, cellEnd))) return undefined;
  const rest = text.slice(end + lineEnd + 1, end + lineEnd + 1 + LINE);
  const next = rest.slice(0, rest.includes('\n') ? rest.indexOf('\n') : rest.length);
  const nextStart = end + lineEnd + 1;
  if (head.includes('\t') || next.includes('\t')) {
    const column = head.split(/\t+/u).length - 1;
    const cell = [...next.matchAll(/[^\t]+/gu)][column];
    return cell ? nextStart + cell.index + (cell[0].length - cell[0].trimStart().length) : undefined;
  }
  for (let at = Math.max(0, head.length - 2); at <= head.length + 2 && at < next.length; at++) {
    if (/[\p{L}\p{N}]/u.test(next[at]!) && (at === 0 || /\s/u.test(next[at - 1]!))) return nextStart + at;
  }
  return undefined;
}

/**
 * Where the number starting at `start` ends: tokens joined by single spaces (or a spaced dash: "III B 21 - WG
 * 2024/118"), digits in at least one of them. A date, an amount or a longer word after the number ends it; a
 * short word ("Bü", "K") or initials ("Sa/ku") belong to it. No number is a date or an amount.
 */
function numberEnd(text: string, start: number): number | undefined {
  const tokens: { end: number; digits: boolean; word: string; dash: boolean }[] = [];
  let at = start;
  let length = 0;
  let dash = false;
  while (tokens.length < MAX_TOKENS) {
    TOKEN.lastIndex = at;
    const token = TOKEN.exec(text)?.[0];
    if (!token) break;
    const digits = /\d/u.test(token);
    if (digits && DATE.test(token)) {
      if (tokens.length === 0) return undefined;
      break;
    }
    if (digits && AMOUNT.test(text.slice(at + token.length, at + token.length + 8))) {
      if (tokens.length === 0) return undefined;
      break;
    }
    const initials = INITIALS.test(token);
    if (!digits && !initials && (NOT_PART.has(token) || token.length > 4 || !/^\p{Lu}/u.test(token))) break;
    if (length + token.length > MAX_LENGTH) break;
    tokens.push({ end: at + token.length, digits, word: initials ? '' : token, dash });
    length += token.length + 1;
    at += token.length;
    const joint = /^(?:[ \u00a0]|[ \u00a0][-–][ \u00a0])(?=[\p{L}\p{N}])/u.exec(text.slice(at, at + 4));
    if (!joint) break;
    dash = joint[0].length > 1;
    at += joint[0].length;
  }
  // A trailing word ends the number only if it is an initial ("Bü", "K"), not a longer one like "Herr".
  while (tokens.length > 0 && !tokens.at(-1)!.digits && tokens.at(-1)!.word.length > 3) tokens.pop();
  // After a spaced dash, the number goes on only if a digit follows: "123/24 - WG 2024/11" but not "123/24 - Bü".
  const afterDash = tokens.findLastIndex((token) => token.dash);
  if (afterDash >= 0 && !tokens.slice(afterDash).some((token) => token.digits)) tokens.length = afterDash;
  return tokens.some((token) => token.digits) ? tokens.at(-1)!.end : undefined;
}
