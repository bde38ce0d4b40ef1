import { AMBIGUOUS_NAMES, isFirstName, isListedFirstName, isListedSurname } from './first-names.ts';
import {
  AFTER_NAME,
  BIRTH_NAME,
  CELL,
  KIN_WORD,
  STRONG,
  birthName,
  jobCell,
  kin,
  labelled,
  lineName,
  nameBefore,
  namesake,
  partner,
  skipRoles,
} from './person-context.ts';
import { CLOSING, GREETING, INTRODUCTION, I_AM, LABEL, ON_BEHALF, SALUTATION, TITLE } from './person-cues.ts';
import { surnamesFromEmails } from './person-email.ts';
import { blockNames, chatNames, headerNames, isJobTitle, personLike } from './person-lines.ts';
import { NAME_WORD, isOrgWord, readName, readRun, type NameRun } from './person-name.ts';
import { vietnameseNames } from './person-vietnamese.ts';
import { DETERMINER_BEFORE, NOT_GIVEN, NOT_NAMES, NOUN_BEFORE, NOUN_ENDING } from './person-words.ts';
import { SP, matchAt, type PiiMatch } from './types.ts';

const WORD = new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME_WORD}`, 'gu');
const CAPITALISED = /(?<![\p{L}\p{N}'’.@_-])\p{Lu}[\p{L}\p{M}'’-]*/gu;
// Initials before a name: "T. Schumacher", "J.-P. Wagenknecht", "K.Brenner"; not "i. V." ("in Vertretung").
const INITIALS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.]|[iI]\\.${SP}?)(?:\\p{Lu}\\.(?:-\\p{Lu}\\.)?${SP}*){1,2}$`, 'u');
const INITIAL_AND_SURNAME = new RegExp(
  `(?<![\\p{L}\\p{N}.'’@_-]|[iI]\\.${SP}?)\\p{Lu}\\.(?:-\\p{Lu}\\.)?${SP}*(${NAME_WORD})(?![\\p{L}\\p{N}'’-])`,
  'gu',
);
// Ends of nouns for the matters of a file, which stand before a surname in subject lines: "Betreff: Wohngeld Meier".
const MATTER_ENDING =
  /(?:geld|steuer|platz|sache|fall|akte|vorgang|verfahren|urkunde|ausweis|pass|karte|nachweis|meldung|anfrage|beschwerde|termin|frist|gebühr|rente|zuschuss|beihilfe|unterhalt|hilfe|leistung)$/u;

/**
 * Names of people, found by what stands around them: "Frau"/"Herr" and titles, greetings, the lines after a
 * closing, "Mein Name ist", form labels ("Name:", "Antragsteller(in):"), birth names ("geb. Kowalczyk"), kinship words
 * ("Tochter Helene"), an age or birth date after a name, mail headers, chat speakers, letterheads and signature
 * lines, a listed given name followed by a surname, an initial before a listed surname, Vietnamese names, and
 * surnames from e-mail addresses. Once a surname is known, its other occurrences in the text are names too, with a
 * given name or initials before them. The match is the name alone, without "Frau" or "Dr.".
 */
export function findPersons(text: string): PiiMatch[] {
  const runs: NameRun[] = [];
  const add = (run: NameRun | undefined) => run && runs.push(run);
  for (const m of text.matchAll(SALUTATION)) {
    const at = skipRoles(text, m.index + m[0].length);
    const weak = DETERMINER_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index));
    add(readName(text, at, weak ? { listedOnly: true } : STRONG));
  }
  for (const m of text.matchAll(TITLE)) add(readName(text, m.index + m[0].length, STRONG));
  for (const m of text.matchAll(GREETING)) add(readName(text, m.index + m[0].length, { requireFirst: true }));
  for (const m of text.matchAll(INTRODUCTION)) add(readName(text, m.index + m[0].length, STRONG));
  for (const m of text.matchAll(I_AM)) add(readName(text, m.index + m[0].length, { requireFirst: true }));
  for (const m of text.matchAll(LABEL)) add(labelled(text, skipRoles(text, m.index + m[0].length)));
  for (const pattern of [CLOSING, ON_BEHALF]) {
    for (const m of text.matchAll(pattern)) add(lineName(text, m.index + m[0].length));
  }
  for (const m of text.matchAll(BIRTH_NAME)) add(birthName(text, m));
  for (const m of text.matchAll(KIN_WORD)) runs.push(...kin(text, m));
  for (const m of text.matchAll(AFTER_NAME)) add(nameBefore(text, m.index));
  for (const m of text.matchAll(CELL)) add(jobCell(text, m.index + m[0].length));
  runs.push(...headerNames(text), ...chatNames(text), ...blockNames(text), ...vietnameseNames(text));
  for (const m of text.matchAll(WORD)) {
    if (!isFirstName(m[0])) continue;
    const run = readName(text, m.index, { requireFirst: true, needSurname: true });
    if (run && !namesake(text, run.end)) runs.push(run);
  }
  for (const m of text.matchAll(INITIAL_AND_SURNAME)) {
    const word = m[1]!;
    if (isListedSurname(word) && !NOT_NAMES.has(word) && !isOrgWord(word) && !namesake(text, m.index + m[0].length)) {
      runs.push({ start: m.index, end: m.index + m[0].length, surname: word });
    }
  }
  const surnames = [...runs.map((run) => run.surname), ...surnamesFromEmails(text)];
  const givenNames = runs.flatMap((run) => (run.given ? [run.given] : []));
  const particles = new Map(runs.flatMap((run) => (run.particles ? [[run.surname, run.particles] as const] : [])));
  runs.push(...occurrences(text, surnames, givenNames, particles));
  runs.push(...runs.flatMap((run) => partner(text, run)));
  return disjoint(runs.map((run) => withInitials(text, run))).map((run) => matchAt(text, 'person', run.start, run.end));
}

/**
 * Every capitalised occurrence of the known names, also in the genitive ("Müllers") and in capitals ("MÜLLER"),
 * but not "der Wolf"; with the particles the name was written with ("von Arnstedt") and a given name before it
 * ("Wiltrud Tsoukalas" once "Tsoukalas" is known).
 */
function occurrences(
  text: string,
  surnames: readonly string[],
  givenNames: readonly string[],
  particles: ReadonlyMap<string, string>,
): NameRun[] {
  const known = new Map<string, string>();
  for (const name of [...givenNames, ...surnames]) {
    if (name.length <= 1 || AMBIGUOUS_NAMES.has(name) || NOT_NAMES.has(name)) continue;
    known.set(name, name);
    known.set(name.toLocaleUpperCase('de'), name);
  }
  const family = new Set(surnames);
  const runs: NameRun[] = [];
  if (known.size === 0) return runs;
  // Each capitalised word is looked up once: a regex alternation of all names would be slow for many names.
  for (const m of text.matchAll(CAPITALISED)) {
    const word = m[0].replace(/['’]$/u, '');
    const found = known.has(word) ? word : word.endsWith('s') && known.has(word.slice(0, -1)) ? word.slice(0, -1) : '';
    if (!found || NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const name = known.get(found)!;
    const written = particles.get(name);
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const withParticles =
      written !== undefined && before.endsWith(`${written} `) ? m.index - written.length - 1 : m.index;
    // A given name before a surname, not before a given name standing alone ("Sohn Jonas" … "Urkunde Jonas").
    const capitals = found !== name && found === found.toLocaleUpperCase('de');
    const extend = withParticles === m.index && family.has(name) && (capitals || !isListedFirstName(name));
    const start = extend ? givenBefore(text, m.index, capitals) : withParticles;
    runs.push({ start, end: m.index + found.length, surname: name });
  }
  return runs;
}

/**
 * The start of a given name right before a known surname at `at`, or `at`: a capitalised word that is no
 * sentence opener, noun, relation or role, not after an article ("Wiltrud Tsoukalas", not "Sohn Tsoukalas"). In
 * capitals ("HELENE PFLEIDERER") only a listed given name.
 */
function givenBefore(text: string, at: number, capitals: boolean): number {
  const before = /(?<![\p{L}\p{N}'’.@_-])(\p{Lu}[\p{L}\p{M}'’-]*)[^\S\n]+$/u.exec(text.slice(Math.max(0, at - 40), at));
  const word = before?.[1];
  if (!before || !word) return at;
  const start = at - before[0].length;
  if (capitals) {
    const cased = word.charAt(0) + word.slice(1).toLocaleLowerCase('de');
    return word === word.toLocaleUpperCase('de') && isFirstName(cased) ? start : at;
  }
  const run = readRun(text, start, 1);
  if (!run || run.end !== start + word.length || !personLike(run, true)) return at;
  if (word === word.toLocaleUpperCase('de')) return at;
  // A word that is no listed given name only where a name starts: at the start of a line or after punctuation
  // ("(Wiltrud Tsoukalas,"), not in running text ("Obst und Gemüse Probe").
  const slot = /(?:^|\n|[,;:(>/&+]|[^\S\n]{2})[^\S\n]*$/u.test(text.slice(Math.max(0, start - 3), start));
  if (!slot && !isFirstName(word)) return at;
  if (AMBIGUOUS_NAMES.has(word) || NOT_GIVEN.has(word) || isOrgWord(word) || isJobTitle(word)) return at;
  if (word.length >= 6 && NOUN_ENDING.test(word.toLowerCase())) return at;
  if (word.length >= 5 && MATTER_ENDING.test(word.toLowerCase())) return at;
  if (NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return at;
  // After the end of a sentence a capitalised word may be any word; there only a listed given name.
  const afterSentence = /[.!?][^\S\n]*$/u.test(text.slice(Math.max(0, start - 3), start));
  return afterSentence && !isFirstName(word) ? at : start;
}

/** "T. Schumacher", "J.-P. Wagenknecht": initials right before a name belong to it. */
function withInitials(text: string, run: NameRun): NameRun {
  const initials = INITIALS_BEFORE.exec(text.slice(Math.max(0, run.start - 12), run.start));
  return initials ? { ...run, start: run.start - initials[0].length } : run;
}

/** The runs without overlaps: the earliest first, and of those starting together the longest. */
function disjoint(runs: NameRun[]): NameRun[] {
  const sorted = [...runs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameRun[] = [];
  for (const run of sorted) if (run.start >= (kept.at(-1)?.end ?? 0)) kept.push(run);
  return kept;
}
