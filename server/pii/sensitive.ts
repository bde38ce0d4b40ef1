import { SP, matchAt, type PiiKind, type PiiMatch } from './types.ts';
import { RELIGION_PATTERNS } from './sensitive-religion.ts';
import {
  B,
  BE,
  E,
  HEALTH_INTROS,
  HEALTH_LABELS,
  HEALTH_LINE_LABELS,
  HEALTH_OWN,
  HEALTH_PREDICATES,
  LABEL_GAP,
  LINE_START,
  MERKZEICHEN,
  NO_VALUE,
  NOT_CONDITION,
} from './sensitive-words.ts';

// Special categories of personal data (Art. 9 DSGVO): health and religion, only where a keyword says that the
// words after it are about a person. The keyword lists are in sensitive-words.ts, religion's patterns in
// sensitive-religion.ts.
const WORDS = String.raw`(?:[\p{L}\p{N}-]+${SP}+){0,3}[\p{L}\p{N}-]+`;
// Up to three words between the verb and the predicate: "ist seit 2019 schwerbehindert".
const BE_GAP = String.raw`${BE}(?:${SP}+[^\s,.;:!?]+){0,3}?${SP}+`;

// A label and its colon ("Diagnose laut Arztbrief: …"); the value is the clause after it.
const HEALTH_LABEL = new RegExp(
  `(?:${B}${HEALTH_LABELS}|${LINE_START}${HEALTH_LINE_LABELS})${LABEL_GAP}${SP}*:${SP}*`,
  'gu',
);
const FORM_LINE = new RegExp(`\\n${LINE_START}$`, 'u');
const HEALTH_INTRO = new RegExp(`${B}(?:${HEALTH_INTROS.join('|')})${SP}+`, 'gu');
const HEALTH_PHRASE = [
  // "ist an Krebs erkrankt", "wurde eine Depression diagnostiziert": the condition is the words in between.
  new RegExp(`${B}an${SP}+(${WORDS})${SP}+erkrankt${E}`, 'gdu'),
  new RegExp(`${B}wurden?${SP}+(?:bei${SP}+\\p{L}+${SP}+)?(${WORDS})${SP}+diagnostiziert${E}`, 'gdu'),
  // "GdB 50", "Grad der Behinderung von 50", "Pflegegrad 3", "Merkzeichen: aG (außergewöhnliche Gehbehinderung)".
  new RegExp(
    `${B}((?:GdB|Grad${SP}+der${SP}+(?:Schwer)?[Bb]ehinderung)(?:${SP}+(?:von|in${SP}+Höhe${SP}+von))?${SP}*:?${SP}*\\d{2,3}(?:${SP}?%)?` +
      `|Pflegegrad${SP}*:?${SP}*[1-5]|Pflegestufe${SP}*:?${SP}*(?:[0-3]|I{1,3}))${E}`,
    'gdu',
  ),
  new RegExp(
    `${B}(Merkzeichen${SP}*:?${SP}*[„"]?${MERKZEICHEN}(?:${SP}*(?:,|und|\\+)${SP}*${MERKZEICHEN}){0,5}[“"]?` +
      `(?:${SP}*\\([^()\\n]{1,60}\\))?)`,
    'gdu',
  ),
  // "ich bin schwerbehindert", "sie ist seit März arbeitsunfähig", "in der 20. Schwangerschaftswoche".
  new RegExp(`${B}${BE_GAP}(${HEALTH_PREDICATES})${E}`, 'gdu'),
  new RegExp(`${B}(arbeitsunfähig${SP}+(?:erkrankt|krankgeschrieben|geschrieben))${E}`, 'gdu'),
  new RegExp(`${B}(\\d{1,2}\\.${SP}*(?:Schwangerschaftswoche|SSW))${E}`, 'gdu'),
  // "meine Schwerbehinderung", "wegen seiner chronischen Erkrankung".
  new RegExp(
    `${B}(?:[Mm]ein|[Dd]ein|[Ss]ein|[Ii]hr|[Uu]nser)e?[mnrs]?${SP}+((?:\\p{Ll}+e[mnrs]?${SP}+)?${HEALTH_OWN})${E}`,
    'gdu',
  ),
];
// Where a number is a rule, not a person's: "ab einem GdB von 50", "mindestens Pflegegrad 2".
const GENERAL = new RegExp(
  `${B}(?:[Aa]b|[Bb]is|[Mm]indestens|[Üü]ber|[Uu]nter)(?:${SP}+(?:einem|dem|zum))?${SP}+$`,
  'u',
);

/** Health and religion data: the phrase that names the condition or the fact, up to the end of its clause. */
export function findSensitive(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  const add = (kind: PiiKind, start: number, end: number) => {
    // A phrase names something only with a letter or digit in it ("„Diagnose:“" has none after the colon).
    const named = /[\p{L}\p{N}]/u.test(text.slice(start, end));
    if (named && !found.some((other) => start < other.end && other.start < end)) {
      found.push(matchAt(text, kind, start, end));
    }
  };
  for (const m of text.matchAll(HEALTH_LABEL)) {
    // Only the few characters before the label: a search back to the line start would be quadratic on one long line.
    const from = Math.max(0, m.index - 12);
    const form = FORM_LINE.test((from === 0 ? '\n' : '') + text.slice(from, m.index));
    conditions(text, m.index + m[0].length, form, (start, end) => add('health', start, end));
  }
  for (const m of text.matchAll(HEALTH_INTRO)) {
    conditions(text, m.index + m[0].length, false, (start, end) => add('health', start, end));
  }
  for (const pattern of HEALTH_PHRASE) {
    for (const m of text.matchAll(pattern)) {
      const [start, end] = m.indices![1]!;
      if (GENERAL.test(text.slice(Math.max(0, start - 20), start))) continue;
      add('health', ...withoutArticle(text, start, end));
    }
  }
  for (const pattern of RELIGION_PATTERNS) {
    for (const m of text.matchAll(pattern)) add('religion', ...withoutArticle(text, ...trimmed(text, m.indices![1]!)));
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Gesundheit: Deniz hat Asthma": the subject and its verb are not the condition (and the name is a person's).
const SUBJECT = new RegExp(
  `^(?:(?:(?:Herr|Frau)${SP}+)?\\p{Lu}[\\p{L}-]*|[Ee]r|[Ss]ie|[Ii]ch|[Ee]s)${SP}+(?:hat|habe|hatte|leidet|leide|litt)(?:${SP}+(?:an|unter))?${SP}+`,
  'u',
);
// "Schwerbehinderung: Sie reichen bitte …": a sentence after the label, not a condition.
const CLAUSE_START =
  /^(?:Sie|sie|ich|er|es|wir|man|sind|ist|hat|haben|wird|werden|kann|können|muss|müssen|liegt|bitte)(?![\p{L}\p{N}])/u;
// ", außerdem Neurodermitis": a list of conditions goes on after the comma.
const MORE = new RegExp(`^,${SP}*(?:außerdem|zudem|sowie|ferner|dazu)${SP}+`, 'u');

/** The condition(s) after a label or phrase at `start`: its clause and the clauses a list adds to it. */
function conditions(text: string, start: number, form: boolean, add: (start: number, end: number) => void) {
  let from = start;
  for (let more = 0; more < 4; more++) {
    const subject = SUBJECT.exec(text.slice(from, from + 80));
    const [s, e] = clause(text, from + (subject?.[0].length ?? 0), form);
    const value = text.slice(s, e);
    if (e > s && !NO_VALUE.test(value) && !NOT_CONDITION.test(value) && !CLAUSE_START.test(value)) add(s, e);
    const next = MORE.exec(text.slice(e, e + 40));
    if (!next) return;
    from = e + next[0].length;
  }
}

const CLAUSE_GOES_ON = new RegExp(
  `(?<=\\S${SP}+)(?:sind|ist|bin|bist|war|waren|wurde|wurden|hat|habe|haben|hatte|kann|können|muss|müssen|wird|werden` +
    `|seit|bis|ab|vom|am|laut|gemäß|weil|da|dass|wenn|daher|deshalb|bitte|Sie|ich|er|sie|es|wir|man)(?![\\p{L}\\p{N}])`,
  'u',
);

/**
 * The clause from `start`: up to , ; : . or the end of the line, at most about 60 characters. In a form (`form`:
 * the label starts its line) the value is the rest of the line, commas included: "Diabetes Typ 2, insulinpflichtig".
 * A dot ends it unless it is a decimal point or ends a short abbreviation ("Z. n. Stent").
 */
function clause(text: string, start: number, form: boolean): [number, number] {
  let end = start;
  let label = false;
  while (end < text.length && end - start < 60) {
    const char = text[end]!;
    if (char === '\n' || char === ';' || (char === ',' && !form)) break;
    if (char === ':') {
      label = true;
      break;
    }
    if (char === '.' && !(/\d/u.test(text[end - 1] ?? '') && /\d/u.test(text[end + 1] ?? ''))) {
      // An abbreviation goes on: one letter ("Z. n. Stent"), or two before a lower-case word ("li. oben").
      const word = /(?<![\p{L}\p{N}])\p{L}{1,2}$/u.exec(text.slice(Math.max(start, end - 3), end))?.[0];
      if (!word || (word.length > 1 && !/^[^\S\n]*\p{Ll}/u.test(text.slice(end + 1, end + 4)))) break;
    }
    end += 1;
  }
  // Cut at the last whole word if the limit ended the clause; drop the next label's word before a colon.
  if (end - start >= 60 && /\p{L}/u.test(text[end] ?? '')) end = start + text.slice(start, end).search(/\S*$/u);
  if (label) end = start + text.slice(start, end).search(/\S*$/u);
  // "Diabetes Typ 2 sind Sie …": the clause goes on, the condition ends before its verb.
  const verb = CLAUSE_GOES_ON.exec(text.slice(start, end));
  if (verb) end = start + verb.index;
  // "Asthma (Diagnose seit 2022)": a cut inside parentheses ends the value before them.
  const open = text.slice(start, end).lastIndexOf('(');
  if (verb && open >= 0 && !text.slice(start + open, end).includes(')')) end = start + open;
  const [s, e] = trimmed(text, [start, end]);
  return withoutArticle(text, s, s + text.slice(s, e).replace(/[\s,–-]+$/u, '').length);
}

const trimmed = (text: string, [start, end]: readonly [number, number]): [number, number] => {
  const value = text.slice(start, end);
  return [start + (value.length - value.trimStart().length), end - (value.length - value.trimEnd().length)];
};

/** "einer schweren Depression" → "schweren Depression": the article names nothing. */
function withoutArticle(text: string, start: number, end: number): [number, number] {
  const article = /^(?:eine?[mnrs]?|der|die|das|dem|den|des)[^\S\n]+/u.exec(text.slice(start, end));
  return article && start + article[0].length < end ? [start + article[0].length, end] : [start, end];
}
