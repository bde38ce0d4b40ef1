import { AMBIGUOUS_NAMES, isFirstName } from './first-names.ts';
import { surnamesFromEmails } from './person-email.ts';
import { NAME_WORD, readName, type NameOptions, type NameRun } from './person-name.ts';
import { DETERMINER_BEFORE, NOT_NAMES, NOUN_BEFORE, ORG_WORDS, ROLES, TITLES } from './person-words.ts';
import { SP, matchAt, type PiiMatch } from './types.ts';

const B = String.raw`(?<![\p{L}\p{N}])`;
const TITLED = String.raw`(?:${TITLES}${SP}*)*`;
const GAP = `${SP}+${TITLED}`;
const SALUTATION = new RegExp(`${B}(?:Frau|Herrn?|Hrn?\\.|Fr\\.|Familie)${GAP}`, 'gu');
const TITLE = new RegExp(`${B}${TITLES}${SP}*${TITLED}`, 'gu');
const GREETING = new RegExp(
  `${B}(?:Liebe[rs]?|Hallo|Hi|Hey|Moin|Servus|Guten${SP}+(?:Tag|Morgen|Abend)|Sehr${SP}+geehrte[rs]?)${SP}+`,
  'gu',
);
const INTRODUCTION = new RegExp(`${B}(?:[Mm]ein${SP}+Name${SP}+ist|[Ii]ch${SP}+heiße)${GAP}`, 'gu');
const I_AM = new RegExp(`${B}[Ii]ch${SP}+bin${SP}+`, 'gu');
const ROLE = String.raw`(?:in|r|\(in\)|\(r\)|/in|/-in|\*in|:in|_in)?`;
const LABEL = new RegExp(
  `${B}(?:(?:Vor|Nach|Familien|Geburts|Zu)?[Nn]ame|Name,${SP}*Vorname|Vor-${SP}*und${SP}+(?:Nach|Zu|Familien)name` +
    `|(?:Antragsteller|Ansprechpartner|Sachbearbeiter|Bearbeiter|Empfänger|Absender|Patient|Schüler|Mieter` +
    `|Vermieter|Ehepartner|Vertreter|Unterzeichner|Kläger|Versicherte|Bevollmächtigte|Erziehungsberechtigte)${ROLE}` +
    `|Zeugin|Zeuge|Kontaktperson|Ehefrau|Ehemann|Kind|Mutter|Vater)${SP}*:${SP}*${TITLED}`,
  'gu',
);
// A closing at the start of a line, then the name on the same line or on one of the next three. "LG" and "VG"
// need a comma or a line break after them: "LG Berlin" and "VG Köln" are courts.
const CLOSING = new RegExp(
  `^${SP}*(?:(?:Mit${SP}+(?:freundlichen|besten|herzlichen|vielen|kollegialen|freundlichem)${SP}+Gr(?:üßen|uß)` +
    `|(?:Viele|Freundliche|Beste|Herzliche|Liebe|Schöne|Sonnige|Kollegiale)${SP}+Grüße|Grüße|Gruß|MfG` +
    `|Hochachtungsvoll)${SP}*,?|(?:LG|VG)${SP}*(?:,|(?=\\n)))` +
    `(?:${SP}*\\n){0,3}${SP}*(?:(?:i\\.${SP}?[AV]\\.|gez\\.)${SP}*)?${TITLED}`,
  'gmu',
);
const ON_BEHALF = new RegExp(
  `${B}(?:[iI]\\.${SP}?[AV]\\.|gez\\.|Im${SP}+Auftrag|In${SP}+Vertretung)${SP}*(?:\\n${SP}*)?${TITLED}`,
  'gu',
);
const WORD = new RegExp(`(?<![\\p{L}\\p{N}'’.@_-])${NAME_WORD}`, 'gu');
// Words after a name that make it part of a place or an organisation: "Anne Frank Schule", "Robert Koch Institut".
const NAMESAKES = new Set(
  (
    'Straße Platz Allee Weg Ring Schule Gymnasium Realschule Grundschule Gesamtschule Institut Stiftung Preis ' +
    'Haus Universität Hochschule Zentrum Center Klinik Kaserne Brücke Park Halle Stadion Saal Kirche Gesellschaft'
  ).split(' '),
);
const CAPITALISED = /(?<![\p{L}\p{N}'’.@_-])\p{Lu}[\p{L}\p{M}'’-]*/gu;
const STRONG: NameOptions = { loose: true };
// Sticky helpers, used at a given offset.
const STICKY_WORD = new RegExp(`(\\p{L}+)${SP}+`, 'uy');
const COMMA = new RegExp(`,${SP}*`, 'uy');
const NEXT_WORD = new RegExp(`${SP}+(\\p{L}[\\p{L}.]*)`, 'uy');

/**
 * Names of people, found by what stands around them: "Frau"/"Herr" and titles, greetings, the lines after a
 * closing, "Mein Name ist", form labels ("Name:", "Antragsteller(in):"), a listed given name followed by a
 * surname, and surnames from e-mail addresses. Once a surname is known, its other occurrences in the text are
 * names too. The match is the name alone, without "Frau" or "Dr.".
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
  for (const m of text.matchAll(LABEL)) add(labelled(text, m.index + m[0].length));
  for (const pattern of [CLOSING, ON_BEHALF]) {
    for (const m of text.matchAll(pattern)) add(lineName(text, m.index + m[0].length));
  }
  for (const m of text.matchAll(WORD)) {
    if (!isFirstName(m[0])) continue;
    const run = readName(text, m.index, { requireFirst: true, needSurname: true });
    if (run && !namesake(text, run.end)) runs.push(run);
  }
  const surnames = [...runs.map((run) => run.surname), ...surnamesFromEmails(text)];
  runs.push(...occurrences(text, surnames));
  return disjoint(runs).map((run) => matchAt(text, 'person', run.start, run.end));
}

/** "Frau Bürgermeisterin Müller": the office is skipped, the name after it is read. */
function skipRoles(text: string, at: number): number {
  STICKY_WORD.lastIndex = at;
  const match = STICKY_WORD.exec(text);
  return match && ROLES.has(match[1]!) ? STICKY_WORD.lastIndex : at;
}

/** "Name: Müller, Anna" as one name, the surname first. */
function labelled(text: string, at: number): NameRun | undefined {
  const run = readName(text, at, STRONG);
  if (!run) return undefined;
  COMMA.lastIndex = run.end;
  const given = COMMA.test(text) ? readName(text, COMMA.lastIndex, { requireFirst: true, loose: true }) : undefined;
  return given ? { start: run.start, end: given.end, surname: run.surname } : run;
}

/** A name that fills its line (up to a comma): the line after a closing or "i. A.". */
function lineName(text: string, at: number): NameRun | undefined {
  const run = readName(text, at, STRONG);
  return run && /^[^\S\n]*(?:,|\n|$)/u.test(text.slice(run.end, run.end + 80)) ? run : undefined;
}

/** "Anne Frank Schule", "Anna Schmidt GmbH": the name is part of another one. */
function namesake(text: string, end: number): boolean {
  NEXT_WORD.lastIndex = end;
  const word = NEXT_WORD.exec(text)?.[1];
  return word !== undefined && (NAMESAKES.has(word.replace(/\.$/u, '')) || ORG_WORDS.has(word));
}

/** Every capitalised occurrence of the known surnames, also in the genitive ("Müllers"), but not "der Wolf". */
function occurrences(text: string, surnames: readonly string[]): NameRun[] {
  const known = new Set(
    surnames.filter((name) => name.length > 1 && !AMBIGUOUS_NAMES.has(name) && !NOT_NAMES.has(name)),
  );
  const runs: NameRun[] = [];
  if (known.size === 0) return runs;
  // Each capitalised word is looked up once: a regex alternation of all names would be slow for many names.
  for (const m of text.matchAll(CAPITALISED)) {
    const word = m[0].replace(/['’]$/u, '');
    const name = known.has(word) ? word : word.endsWith('s') && known.has(word.slice(0, -1)) ? word.slice(0, -1) : '';
    if (!name || NOUN_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    runs.push({ start: m.index, end: m.index + name.length, surname: name });
  }
  return runs;
}

/** The runs without overlaps: the earliest first, and of those starting together the longest. */
function disjoint(runs: NameRun[]): NameRun[] {
  const sorted = [...runs].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: NameRun[] = [];
  for (const run of sorted) if (run.start >= (kept.at(-1)?.end ?? 0)) kept.push(run);
  return kept;
}
