// Readers of a name from what stands around it in findPersons: a label, a closing, a birth name, a kinship or role
// word, an age after it, a job title in a signature cell, a partner joined to it.
import { AMBIGUOUS_NAMES, isFirstName, isListedSurname } from './first-names.ts';
import { B } from './person-cues.ts';
import { isJobTitle, personLike } from './person-lines.ts';
import { NAME_WORD, isOrgWord, readName, readRun, type NameOptions, type NameRun } from './person-name.ts';
import { KIN, NOT_NAMES, NOUN_BEFORE, ORG_WORDS, ROLES } from './person-words.ts';
import { SP } from './types.ts';

// Words after a name that make it part of a place or an organisation: "Anne Frank Schule", "Robert Koch Institut".
const NAMESAKES = new Set(
  (
    'Straße Platz Allee Weg Ring Schule Gymnasium Realschule Grundschule Gesamtschule Institut Stiftung Preis ' +
    'Haus Universität Hochschule Zentrum Center Klinik Kaserne Brücke Park Halle Stadion Saal Kirche Gesellschaft'
  ).split(' '),
);
export const STRONG: NameOptions = { loose: true };
// The birth name: "geb. Kowalczyk", "Müller, geborene Schmidt". The spelled-out form only after a comma, a bracket or
// a listed name: "die in Köln geborene Klägerin" is none. "Geb. Datum" and "geb. Ort" are labels.
export const BIRTH_NAME = new RegExp(`${B}(?:(geb\\.|Geb\\.)|(geborene[rn]?))${SP}+`, 'gu');
const COMMA_BEFORE = /[,(][^\S\n]*$/u;
const WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]*)[^\S\n]+$/u;
const NOT_BIRTH_NAMES = new Set(['Datum', 'Dat', 'Ort', 'Jahr', 'Jahrgang', 'Name', 'Tag']);
// Kinship and roles before a name: "Vater Sjoerd van Dijk", "meine Tochter Helene", "Nachbar Schmidt".
export const KIN_WORD = new RegExp(`${B}(\\p{Lu}\\p{Ll}+)${SP}+`, 'gu');
// After a name: an age ("Mila (6 J.)", "Jonah, 3 J.", "Jonah, 3 Jahre,") or a birth date ("Helene (geb. 1.2.15)").
export const AFTER_NAME = new RegExp(
  `(?:${SP}*\\(${SP}*\\d{1,2}${SP}*(?:J\\.|Jahre\\b)|,${SP}*\\d{1,2}${SP}*(?:J\\.|Jahre${SP}*[,)])|${SP}*[,(]${SP}*` +
    `(?:geb\\.|geboren|\\*)${SP}*(?:am${SP}+)?\\d{1,2}\\.)`,
  'gu',
);
const WORDS_BEFORE = new RegExp(
  `(?:(?<![\\p{L}\\p{N}'’.@_-])${NAME_WORD}${SP}+){0,2}(?<![\\p{L}\\p{N}'’.@_-])${NAME_WORD}$`,
  'u',
);
// A name cell in a signature line, followed by a job title: "Schulz, Standesbeamter", "> Anna Berg, Referentin".
export const CELL = new RegExp(`(?:^${SP}*(?:>${SP}*)*|${SP}{2,}|\\t)(?=\\p{Lu})`, 'gmu');
// The job title ends its field: "Schulz, Standesbeamter\n", "Berg, Referentin, Tel. …", "Pohl, Referent (App. 3)".
const JOB_AFTER = new RegExp(`${SP}*,${SP}*(\\p{Lu}\\p{Ll}+)(?=${SP}*(?:[,;(]|\\d|\\n|$))`, 'uy');
// Sticky helpers, used at a given offset.
const STICKY_WORD = new RegExp(`(\\p{L}+)${SP}+`, 'uy');
const COMMA = new RegExp(`,${SP}*`, 'uy');
const NEXT_WORD = new RegExp(`${SP}+(\\p{L}[\\p{L}.]*)`, 'uy');
const AND_NAME = new RegExp(`${SP}*(?:,|und|&)${SP}*`, 'uy');
const AND_PARTNER = new RegExp(`${SP}*(?:&|\\+|und)${SP}*(${NAME_WORD})(?![\\p{L}\\p{N}'’-])`, 'uy');
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:[Mm]ein|[Dd]ein|[Ss]ein|[Ii]hr|[Uu]nser|[Ee]uer)[^\S\n]+$/u;

/** "Frau Bürgermeisterin Müller", "Kontakt: Vater Sjoerd": the office or relation is skipped, the name read. */
export function skipRoles(text: string, at: number): number {
  STICKY_WORD.lastIndex = at;
  const match = STICKY_WORD.exec(text);
  return match && (ROLES.has(match[1]!) || KIN.has(match[1]!)) ? STICKY_WORD.lastIndex : at;
}

/** "Name: Müller, Anna" as one name, the surname first; "Name: Hiltrud Ebersbach" whole, listed or not. */
export function labelled(text: string, at: number): NameRun | undefined {
  const listedRun = readName(text, at, STRONG);
  const whole = readRun(text, at);
  const longer = whole && whole.end > (listedRun?.end ?? 0) && fieldEnds(text, whole.end) && personLike(whole, true);
  const run = longer ? whole : listedRun;
  if (!run) return undefined;
  COMMA.lastIndex = run.end;
  const given = COMMA.test(text) ? readName(text, COMMA.lastIndex, { requireFirst: true, loose: true }) : undefined;
  return given ? { start: run.start, end: given.end, surname: run.surname } : run;
}

/** Whether a field ends after a name: the end of the line, a comma, a bracket or a semicolon. */
const fieldEnds = (text: string, end: number): boolean => /^[^\S\n]*(?:[,;(]|\n|$)/u.test(text.slice(end, end + 40));

/** A name that fills its line (up to a comma): the line after a closing or "i. A.". */
export function lineName(text: string, at: number): NameRun | undefined {
  const run = readName(text, at, STRONG);
  if (run && fieldEnds(text, run.end) && !/^[^\S\n]*[;(]/u.test(text.slice(run.end))) return run;
  // Given names missing from the lists: "Viele Grüße\nHiltrud Ebersbach".
  const whole = readRun(text, at);
  return whole && /^[^\S\n]*(?:,|\n|$)/u.test(text.slice(whole.end, whole.end + 40)) && personLike(whole, true)
    ? whole
    : undefined;
}

/** "geb. Kowalczyk": the birth name, not "geb. Datum"; "geborene Schmidt" only after a name. */
export function birthName(text: string, m: RegExpMatchArray): NameRun | undefined {
  const before = text.slice(Math.max(0, m.index! - 30), m.index);
  const name = WORD_BEFORE.exec(before)?.[1];
  const afterName = name !== undefined && (isListedSurname(name) || isFirstName(name));
  if (m[2] !== undefined && !COMMA_BEFORE.test(before) && !afterName) return undefined;
  const run = readName(text, m.index! + m[0].length, STRONG);
  if (!run || NOT_BIRTH_NAMES.has(text.slice(run.start, run.end))) return undefined;
  return run;
}

/**
 * "Vater Sjoerd van Dijk", "Sohn Lukas", "Nachbar Schmidt", "meine Kinder Lea und Tim": after a kinship or role
 * word, a listed given name (with what follows it), or a listed surname alone. "dass der Vater Elterngeld bezieht"
 * has no name after "Vater".
 */
export function kin(text: string, m: RegExpMatchArray): NameRun[] {
  const word = m[1]!;
  const mann = word === 'Mann' && POSSESSIVE_BEFORE.test(text.slice(Math.max(0, m.index! - 12), m.index));
  if (!KIN.has(word) && !mann) return [];
  const runs: NameRun[] = [];
  let at = m.index! + m[0].length;
  for (;;) {
    const run = readName(text, at, { loose: true });
    const first = run && text.slice(run.start, run.end).split(/[^\p{L}\p{M}'’-]+/u)[0]!;
    const ok =
      run &&
      first &&
      (isFirstName(first) ||
        (run.start === at && run.surname === first && isListedSurname(first) && !NOT_NAMES.has(first)));
    if (!run || !ok || namesake(text, run.end)) break;
    runs.push(run);
    AND_NAME.lastIndex = run.end;
    if (!AND_NAME.test(text)) break;
    at = AND_NAME.lastIndex;
  }
  return runs;
}

/** "Mila (6 J.)", "Helene (geb. 1.2.15)": one to three name words right before an age or a birth date. */
export function nameBefore(text: string, end: number): NameRun | undefined {
  const from = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 80);
  const words = WORDS_BEFORE.exec(text.slice(from, end));
  if (!words) return undefined;
  let start = from + words.index;
  // Leading words that are no names ("Die", "Tochter", "Antragstellerin") are dropped.
  for (;;) {
    const run = readRun(text, start, 3);
    if (
      run &&
      run.end === end &&
      personLike(run, false) &&
      !NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start))
    ) {
      return run;
    }
    const next = text.slice(start, end).search(/[^\S\n]\S/u);
    if (next === -1) return undefined;
    start += next + 1;
  }
}

/** "Pfleiderer, Standesbeamter" at the start of a line or of a signature column. */
export function jobCell(text: string, at: number): NameRun | undefined {
  const run = readRun(text, at, 4);
  if (!run) return undefined;
  JOB_AFTER.lastIndex = run.end;
  const job = JOB_AFTER.exec(text)?.[1];
  return job !== undefined && isJobTitle(job) && personLike(run, true) ? run : undefined;
}

/** "Wendt & Lorenz", "von Arnstedt + Schulz", "Frau Pohl und Yılmaz": a listed surname joined to a name. */
export function partner(text: string, run: NameRun): NameRun[] {
  AND_PARTNER.lastIndex = run.end;
  const m = AND_PARTNER.exec(text);
  const word = m?.[1];
  if (!m || !word || !isListedSurname(word) || NOT_NAMES.has(word) || KIN.has(word) || isOrgWord(word)) return [];
  if (AMBIGUOUS_NAMES.has(word) || namesake(text, m.index + m[0].length)) return [];
  return [{ start: m.index + m[0].length - word.length, end: m.index + m[0].length, surname: word }];
}

/** "Anne Frank Schule", "Anna Schmidt GmbH": the name is part of another one. */
export function namesake(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const word = NEXT_WORD.exec(text)?.[1];
  return word !== undefined && (NAMESAKES.has(word.replace(/\.$/u, '')) || ORG_WORDS.has(word));
}
