// Names that the layout of a text points to: mail headers, chat lines, letterheads and signature blocks.
import { findAddresses } from './address.ts';
import { AMBIGUOUS_NAMES, isListedFirstName, isListedSurname } from './first-names.ts';
import { NAME_WORD, readRun, type NameRun, type WordRun } from './person-name.ts';
import { JOB_ENDING, KIN, NOT_GIVEN, NOT_NAMES, ROLES } from './person-words.ts';
import { SP } from './types.ts';

// "Von: Brandauer, Kilian <k.b@…>", "An: Hiltrud Ebersbach <…>; Uwe Pohl <…>", also in a quoted mail ("> Von: …").
const HEADER = new RegExp(
  `^${SP}*(?:>${SP}*)*(?:Von|An|Cc|CC|Bcc|BCC|Kopie|From|To|Absender|Empfänger|Antwort${SP}+an|Reply-To)${SP}*:${SP}*`,
  'gmu',
);
const ADDRESSEE = /([^<>\n]*)<[^<>\n@]+@[^<>\n]+>[^\S\n]*[,;]?[^\S\n]*/uy;
// "[09:14] Ferdl: …", "09:14 Ferdl: …", "12.03.24, 09:14 - Ferdl: …" (a messenger's export).
const CHAT = new RegExp(
  `^${SP}*(?:\\[[^\\]\\n]{0,20}?\\d{1,2}:\\d{2}(?::\\d{2})?\\]|(?:\\d{1,2}\\.\\d{1,2}\\.\\d{2,4},?${SP}+)?\\d{1,2}:\\d{2}(?::\\d{2})?)` +
    `${SP}*(?:[-–]${SP}*)?`,
  'gmu',
);
const COLON = new RegExp(`${SP}*:(?!:)`, 'uy');
const MENTION = new RegExp(`(?<![\\p{L}\\p{N}_.@-])@(${NAME_WORD})(?![\\p{L}\\p{N}'’-])`, 'gu');
// Lines that follow a name in a signature: telephone and e-mail.
const CONTACT_LINE = /^[^\S\n]*(?:Tel(?:efon)?\.?|Fon|Mobil|Handy|Fax|E-?Mail|Mail)(?![\p{L}])/u;
// Between two names on one line: "Irmtraud Kessler und Ortrud Zeilinger", "A. Meier & B. Schulz".
const JOIN = new RegExp(`${SP}*(?:,|&|\\+|und|/)${SP}*`, 'uy');
const REST_OF_LINE = /^[^\S\n]*(?:\n|$)/u;

/**
 * Names in the headers of a mail: the display name before an address in angle brackets, unless its words name
 * an office ("Personalbüro <…>", "Sekretariat Gymnasium am See <…>"). "Nachname, Vorname" as one name.
 */
export function headerNames(text: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const m of text.matchAll(HEADER)) {
    ADDRESSEE.lastIndex = m.index + m[0].length;
    for (let a = ADDRESSEE.exec(text); a; a = ADDRESSEE.exec(text)) {
      const start = a.index + a[1]!.length - a[1]!.trimStart().length;
      const display = a[1]!.trim().replace(/^(["'])(.*)\1$/u, '$2');
      const offset = start + a[1]!.trim().indexOf(display);
      const run = displayName(text, offset, offset + display.length);
      if (run) runs.push(run);
    }
  }
  return runs;
}

function displayName(text: string, start: number, end: number): NameRun | undefined {
  if (end <= start) return undefined;
  const first = readRun(text, start);
  if (!first || first.end > end) return undefined;
  if (first.end === end) return personLike(first, false) ? first : undefined;
  // "Brandauer, Kilian": the surname first.
  const comma = /^,[^\S\n]*/u.exec(text.slice(first.end, end));
  const given = comma ? readRun(text, first.end + comma[0].length) : undefined;
  if (!given || given.end !== end || first.words.length > 2) return undefined;
  const both = { ...first, end, words: [...first.words, ...given.words] };
  return personLike(both, true) ? { start, end, surname: first.surname } : undefined;
}

/**
 * Chat speakers ("[09:14] Ferdl: …") and, in a chat, the "@Ferdl" mentions. A speaker counts where the time is in
 * brackets, where a word of the name is a listed name, or where it speaks on two lines: an agenda ("09:00
 * Begrüßung: …") has no brackets and each item once.
 */
export function chatNames(text: string): NameRun[] {
  const candidates: { run: WordRun; bracketed: boolean }[] = [];
  for (const m of text.matchAll(CHAT)) {
    const run = readRun(text, m.index + m[0].length, 3);
    if (!run) continue;
    COLON.lastIndex = run.end;
    if (COLON.test(text) && personLike(run, true)) candidates.push({ run, bracketed: m[0].includes('[') });
  }
  const said = new Map<string, number>();
  for (const { run } of candidates) said.set(nameOf(text, run), (said.get(nameOf(text, run)) ?? 0) + 1);
  const runs: NameRun[] = candidates
    .filter(({ run, bracketed }) => bracketed || said.get(nameOf(text, run))! > 1 || run.words.some(listed))
    .map(({ run }) => run);
  if (runs.length === 0) return runs;
  for (const m of text.matchAll(MENTION)) {
    const word = m[1]!;
    if (!NOT_NAMES.has(word) && !KIN.has(word))
      runs.push({ start: m.index + 1, end: m.index + 1 + word.length, surname: word });
  }
  return runs;
}

/**
 * A line that holds only names, right above a street with house number (a letterhead or an address block:
 * "Hiltrud Ebersbach\nLindenweg 4"), above a telephone or e-mail line (a signature), or above a job title
 * ("Reinhild Paschke\nAbteilungsleiterin"). Several names joined by "und", "&" or commas count each.
 */
export function blockNames(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const lineStarts = new Set<number>();
  for (const address of findAddresses(text)) {
    const lineStart = text.lastIndexOf('\n', address.start - 1) + 1;
    if (/^[^\S\n]*$/u.test(text.slice(lineStart, address.start))) lineStarts.add(lineStart);
  }
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    const nextLine = text.indexOf('\n', at) + 1;
    if (nextLine === 0) break;
    const next = text.slice(nextLine, text.indexOf('\n', nextLine) === -1 ? undefined : text.indexOf('\n', nextLine));
    const below = lineStarts.has(nextLine) || CONTACT_LINE.test(next) || jobTitleLine(next);
    if (below) runs.push(...nameLine(text, at));
  }
  return runs;
}

/** The names that fill the line at `at`, or none. */
function nameLine(text: string, at: number, alone = false): NameRun[] {
  const runs: WordRun[] = [];
  const indent = /^[^\S\n]*/u.exec(text.slice(at, at + 40))![0].length;
  let position = at + indent;
  for (;;) {
    const run = readRun(text, position);
    if (!run || !personLike(run, alone || runs.length > 0)) return [];
    runs.push(run);
    if (REST_OF_LINE.test(text.slice(run.end, run.end + 40))) return runs;
    JOIN.lastIndex = run.end;
    if (!JOIN.test(text)) return [];
    position = JOIN.lastIndex;
  }
}

/** A line that starts with a job title: "Abteilungsleiterin 3", "Sachbearbeiter Wohngeld", "Rechtsanwältin". */
function jobTitleLine(line: string): boolean {
  const word = /^[^\S\n]*(\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(line)?.[1];
  return word !== undefined && (JOB_ENDING.test(word.toLowerCase()) || ROLES.has(word));
}

/** A word after which a job title says the words before it are a name: ", Referentin". */
export function isJobTitle(word: string): boolean {
  return JOB_ENDING.test(word.toLowerCase()) || ROLES.has(word);
}

/**
 * Whether the words of a run can be a person's name: no word that starts a sentence, names a relation or a
 * matter, and one word alone only where it is a listed name (unless `alone` says that the context is enough).
 */
export function personLike(run: WordRun, alone: boolean): boolean {
  const words = run.words.filter((word) => !/^\p{Lu}\.(?:-\p{Lu}\.)?$/u.test(word));
  if (words.length === 0) return false;
  if (words.some((word) => NOT_NAMES.has(word) || KIN.has(word) || NOT_GIVEN.has(word) || ROLES.has(word)))
    return false;
  if (words.some((word) => isJobTitle(word) && !isListedSurname(word))) return false;
  return alone || run.words.length > 1 || listed(words[0]!);
}

const listed = (word: string): boolean =>
  (isListedFirstName(word) && !AMBIGUOUS_NAMES.has(word)) || isListedSurname(word);

const nameOf = (text: string, run: NameRun): string => text.slice(run.start, run.end);
