export const GENDER_SIGNS = ['genderstern', 'doppelpunkt', 'unterstrich', 'mediopunkt', 'binnen-i'] as const;
export type GenderSign = (typeof GENDER_SIGNS)[number];

export interface GenderFinding {
  /** A gender sign, a short form with slash or brackets ("Bürger/-innen"), or a masculine form without its pair. */
  kind: GenderSign | 'kurzform' | 'ohne-paarform';
  word: string;
  start: number;
}

// What follows a gender sign: the feminine ending or the inflection of an article ("jede*r", "eine:n").
const ENDING = String.raw`(?:innen|in|e|en|er|es|em|n|r|m)(?!\p{L})`;
const SIGN_PATTERNS: Record<GenderSign, RegExp> = {
  genderstern: new RegExp(String.raw`\p{L}+\*${ENDING}`, 'gu'),
  doppelpunkt: new RegExp(String.raw`\p{L}+:${ENDING}`, 'gu'),
  unterstrich: new RegExp(String.raw`\p{L}+_${ENDING}`, 'gu'),
  mediopunkt: new RegExp(String.raw`\p{L}+·${ENDING}`, 'gu'),
  // "BürgerInnen"; "LinkedIn" is a name, not a form.
  'binnen-i': /(?<!\p{L})(?!LinkedIn)\p{Lu}\p{Ll}+(?:In|Innen)(?!\p{L})/gu,
};
const SHORT_FORM = /\p{L}+(?:\/-?|\()(?:innen|in)\)?(?!\p{L})/gu;

export function findGenderSigns(text: string, signs: readonly GenderSign[] = GENDER_SIGNS): GenderFinding[] {
  return signs.flatMap((kind) => [...text.matchAll(SIGN_PATTERNS[kind])].map((m) => finding(kind, m)));
}

// Person nouns that officials pair; compounds ending in them count too ("Antragsteller", "Mitbürger"). Left out:
// endings that often name things or institutions ("-geber": Gesetzgeber, "-halter", "-träger", "-leiter").
const PERSON_ENDINGS =
  'bürger steller partner arbeiter nehmer wohner fänger tümer mieter sucher werber nutzer inhaber vertreter ' +
  'braucher wähler schüler lehrer leser zahler pächter berater betreuer vermittler';
// Whole words only: "Kunde" but not "Urkunde".
const PERSON_WORDS = 'kunde kollege nachbar student patient';
const MASCULINE = new RegExp(
  String.raw`(?<![\p{L}])(-?\p{L}*(?:${PERSON_ENDINGS.trim().replace(/\s+/gu, '|')})|(?:${PERSON_WORDS.replace(/ /gu, '|')}))(?:n|s|en)?(?![\p{L}*:_·/(])`,
  'giu',
);
// How far the feminine form may be: pairs stand together ("Bürgerinnen und Bürger", "Antragstellerinnen und -steller").
const PAIR_WINDOW = 80;

/**
 * For `require: paarform`: gender signs and short forms, and masculine person nouns with no feminine form of the
 * same word within the same line and 80 characters. Neutral forms ("Antragstellende") need no pair.
 */
export function findMissingPairForms(text: string): GenderFinding[] {
  const findings = [...findGenderSigns(text), ...[...text.matchAll(SHORT_FORM)].map((m) => finding('kurzform', m))];
  for (const m of text.matchAll(MASCULINE)) {
    const word = m[0];
    // A noun is capitalised, or a hyphenated second half ("-steller").
    if (!/^(?:\p{Lu}|-)/u.test(word) || findings.some((f) => f.start <= m.index && m.index < f.start + f.word.length))
      continue;
    const base = m[1]!.replace(/^-/u, '').replace(/e$/u, '').toLocaleLowerCase('de');
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index) === -1 ? text.length : text.indexOf('\n', m.index);
    const around = text
      .slice(Math.max(lineStart, m.index - PAIR_WINDOW), Math.min(lineEnd, m.index + word.length + PAIR_WINDOW))
      .toLocaleLowerCase('de');
    if (!new RegExp(`${base}in(?:nen)?(?!\\p{L})`, 'u').test(around)) findings.push(finding('ohne-paarform', m));
  }
  return findings.sort((a, b) => a.start - b.start);
}

function finding(kind: GenderFinding['kind'], m: RegExpMatchArray): GenderFinding {
  return { kind, word: m[0], start: m.index! };
}
