import { isAbbreviation } from './abbreviations.ts';
import { numberWordValue } from './number-words.ts';
import { countWords, words } from './words.ts';

export const LEICHTE_SPRACHE_RULES = [
  'one-statement',
  'passive',
  'konjunktiv',
  'negation',
  'compounds',
  'abbreviations',
  'numbers',
] as const;
export type LeichteSpracheRule = (typeof LEICHTE_SPRACHE_RULES)[number];

/** What a finding of each rule is called in reasons and labels. */
export const RULE_LABELS: Record<LeichteSpracheRule, string> = {
  'one-statement': 'Nebensatz',
  passive: 'Passiv',
  konjunktiv: 'Konjunktiv',
  negation: 'Verneinung',
  compounds: 'langes Wort',
  abbreviations: 'Abkürzung',
  numbers: 'Zahlwort statt Ziffer',
};

/** One rule a sentence breaks; `detail` is German and names the words, e.g. `Nebensatz („weil“)`. */
export interface RuleFinding {
  rule: LeichteSpracheRule | 'max-words';
  detail: string;
}

// Subordinating conjunctions. "Wenn" counts too: the Netzwerk Leichte Sprache writes conditions as a question and
// a main clause ("Haben Sie Fragen? Dann rufen Sie an."). "als", "da", "bis" and "seit" are left out: mostly
// comparisons, adverbs and prepositions.
const CONJUNCTIONS = new Set(
  (
    'weil dass daß obwohl obgleich wenn falls sofern damit sodass nachdem bevor ehe während ob indem sobald ' +
    'solange seitdem wohingegen weshalb wodurch wobei'
  ).split(' '),
);
// "während der Öffnungszeiten" is a preposition.
const ARTICLES = new Set('der des dem den die einer eines einem seiner ihrer dieser dieses'.split(' '));
// A comma and a relative pronoun start a relative clause: "der Antrag, den Sie gestellt haben" (but not the date
// in "am Sonntag, den 14. September").
const RELATIVE = /,\s+(?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?)(?!\p{L})(?!\s*\d)/iu;

const WERDEN = new Set(
  'werde wirst wird werden werdet wurde wurdest wurden wurdet würde würdest würden würdet worden'.split(' '),
);
// Participles: "ge…t/en" also after a separable prefix ("abgelehnt", "eingereicht"), inseparable prefixes with -t
// ("bearbeitet", "erteilt"), "-iert" ("informiert"). Infinitives of the same shape are excluded: after "werden" they
// are the future tense ("wir werden das gestalten").
const PARTICIPLE =
  /^(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss|über|unter|wider)\p{Ll}{2,}t|\p{Ll}{3,}iert)$/u;
const GE_INFINITIVES = new Set(
  (
    'gewähren gestatten gestalten gewährleisten gelten gehören gewinnen genießen gelangen gebrauchen genügen ' +
    'gedenken gehorchen gestehen gewöhnen gelingen genehmigen geschehen'
  ).split(' '),
);
const KONJUNKTIV = new Set(
  (
    'würde würdest würden würdet könnte könntest könnten könntet hätte hättest hätten hättet wäre wärst wären ' +
    'wärt müsste müsstest müssten dürfte dürften sollte solltest sollten solltet bräuchte bräuchten wüsste ' +
    'wüssten gäbe käme kämen sei seien'
  ).split(' '),
);
const NEGATIONS = new Set(
  'nicht kein keine keinen keinem keiner keines nie niemals niemand niemandem niemanden nichts nirgends weder'.split(
    ' ',
  ),
);
const LONG_WORD = 12;
// Abbreviations with a period ("z. B.", "usw.", "Abs.") and symbols that stand for words.
const ABBREVIATION = /(?<![\p{L}.])(?:(?:\p{L}\.\s?)+\p{L}\.|\p{L}{1,5}\.)/gu;
const SYMBOL = /[%‰§&€$]/gu;
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Which rules of Leichte Sprache one sentence breaks. `konjunktiv` includes "sollte": besides the subjunctive it
 * is the past tense, which Leichte Sprache avoids as well; "möchte" is allowed ("Möchten Sie …?" is common).
 */
export function checkSentence(
  sentence: string,
  rules: ReadonlySet<LeichteSpracheRule>,
  maxWords: number,
): RuleFinding[] {
  const tokens = words(sentence);
  const lower = tokens.map((token) => token.toLocaleLowerCase('de'));
  const findings: RuleFinding[] = [];
  const n = countWords(sentence);
  if (n > maxWords) findings.push({ rule: 'max-words', detail: `zu lang (${n} Wörter, höchstens ${maxWords})` });
  const add = (rule: LeichteSpracheRule, found: string[]) => {
    if (rules.has(rule) && found.length > 0) {
      const words = [...new Set(found)].map((word) => `„${word}“`).join(', ');
      findings.push({ rule, detail: `${RULE_LABELS[rule]} (${words})` });
    }
  };
  add('one-statement', [
    ...tokens.filter((_, i) => isConjunction(lower, i)),
    ...(RELATIVE.exec(sentence) ?? []).map((match) => match.replace(/^,\s+/u, ', ')),
  ]);
  const werden = lower.findIndex((word) => WERDEN.has(word));
  const participle = tokens.findIndex((token) => PARTICIPLE.test(token) && !GE_INFINITIVES.has(token));
  const passive = werden >= 0 && participle >= 0 ? [werden, participle].sort((a, b) => a - b) : [];
  add('passive', passive.length > 0 ? [passive.map((i) => tokens[i]).join(' … ')] : []);
  const inSet = (set: ReadonlySet<string>) => tokens.filter((_, i) => set.has(lower[i]!));
  add('konjunktiv', inSet(KONJUNKTIV));
  add('negation', inSet(NEGATIONS));
  add(
    'compounds',
    tokens.filter((token, i) => isLongNoun(token, i, tokens.length)),
  );
  add('abbreviations', [
    ...[...sentence.matchAll(ABBREVIATION)].map(([match]) => match.trim()).filter(isDottedAbbreviation),
    ...tokens.filter((token) => ACRONYM.test(token)),
    ...(sentence.match(SYMBOL) ?? []),
  ]);
  add('numbers', tokens.filter(isNumberWord));
  return findings;
}

function isConjunction(lower: readonly string[], i: number): boolean {
  const word = lower[i]!;
  if (!CONJUNCTIONS.has(word)) return false;
  if (word === 'während') return !ARTICLES.has(lower[i + 1] ?? '');
  // "Damit ist der Antrag vollständig." at the start is an adverb.
  return !(word === 'damit' && i === 0);
}

/**
 * A long noun written in one piece. Nouns are the capitalised words after the first, or any capitalised word of a
 * heading of up to three words; "Unterschreiben Sie …" at the start is a verb. A hyphen or middle dot already splits
 * a compound the way Leichte Sprache asks: "Bürger·amt", "Wahl-Benachrichtigung".
 */
function isLongNoun(token: string, i: number, count: number): boolean {
  if (token.length <= LONG_WORD || /[-·\d.@]/u.test(token) || !/^\p{Lu}\p{Ll}/u.test(token)) return false;
  return i > 0 || count <= 3;
}

function isDottedAbbreviation(candidate: string): boolean {
  const compact = candidate.replace(/\s/gu, '');
  return isAbbreviation(compact.slice(0, -1));
}

// A number word in lower case, or capitalised at the start of the sentence ("Drei Personen …").
function isNumberWord(token: string, i: number): boolean {
  const value = numberWordValue(token);
  return value !== undefined && (i === 0 || /^\p{Ll}/u.test(token));
}
