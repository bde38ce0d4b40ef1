/**
 * German syllable counts for the readability formulas.
 *
 * Liang's hyphenation patterns (TeX, reformed spelling; the `hyphen` package) find the boundaries a hyphen may
 * go at, which are syllable boundaries. They never split off a single letter ("Abend", "Idee", "Ofen") and keep
 * vowels in hiatus together ("Thea-ter", "neue", "Ideen"), so every hyphenation segment is counted by its vowel
 * nuclei, with diphthongs and long vowels (ei, ai, au, eu, äu, ie, aa, ee, oo) as one nucleus. "ae", "oe", "ue"
 * written for umlauts ("Buergeramt") become umlauts first, except in a short list of hiatus stems ("aktuell",
 * "Poet", "Israel", "zuerst"). Two short lists fix what vowels cannot tell: English loan segments with a silent e
 * or one vowel written with two letters ("On-line", "Ser-vice", "Dead-line", "Live-stream") and words whose final
 * "-ie" is two syllables ("Familie", "Studie") or whose loan spelling the segments hide ("Screen-rea-der").
 *
 * Accuracy: every word in test/text/syllables.test.ts is right (the administrative vocabulary, umlauts, diphthongs,
 * compounds and loanwords of the first version, plus umlauts spelt ae/oe/ue, hiatus words and more loanwords).
 * Earlier, two lists not used while writing the first rules: 154 words from administrative letters, all right;
 * 76 loanwords and foreign words, 72 right (off by one then: "Deadline", now fixed, "Portemonnaie", "Arterie",
 * "Kurie"). For the ae/oe/ue and loanword rules: a list of 90 words written alongside them, 86 right ("Aerobic",
 * "Spreadsheet", "Teaser", "Breakout" off by one), and one of 70 written afterwards and checked once, 69 right
 * ("Skateboard"). Expect errors in rare loanwords, "-ie" words, hiatus words outside the list ("Aerobic" is
 * counted a-e-ro-bic like "Aerosol"), "ue" after e ("geuebt" is read like "neue": three syllables) and compounds
 * where a word ending in a, o or u meets one starting with e ("Agendaentwurf" counts one syllable short;
 * "Radioempfang" and "Kameraeinstellung" come out right).
 */

export type SyllableCounter = (word: string) => number;

// Segments of English loanwords (as the patterns split them) whose final e is silent or whose vowels are one.
const LOAN_SEGMENTS = new Set(
  (
    'line vice team home page date site ware load fice time live code ' +
    'face phone head case mail game share store style ride make base ' +
    // "ea", "ee", "oa" as one vowel, or a silent e: "Deadline", "Livestream", "Screenshot", "Whiteboard"
    'dead stream screen board white'
  ).split(' '),
);

// Words the rules miss, mostly a final "-ie" spoken i-e; also matched as the last part of a compound ("Buslinie").
const WORDS = new Map(
  (
    'leasing 2, business 2, feature 2, coach 1, familie 4, studie 3, linie 3, serie 3, folie 3, prämie 3, ' +
    'materie 3, aktie 3, arie 3, lilie 3, historie 4, komödie 4, tragödie 4, kastanie 4, petersilie 5, akazie 4, ' +
    'grazie 3, glorie 3, mumie 3, bestie 3, orgie 3, hostie 3, pinie 3, geranie 4, begonie 4, spezies 3, ' +
    // English loanwords whose "ea", "oa" or silent e the segments cannot show ("rea|der", "upload")
    'reader 2, leader 2, streaming 2, release 2, upload 2, youtube 2'
  )
    .split(', ')
    .map((entry) => {
      const [word = '', count = ''] = entry.split(' ');
      return [word, Number(count)] as const;
    }),
);

const VOWEL = /[aeiouyäöüéèêëàâîïôû]/u;

// "ae", "oe", "ue" written for "ä", "ö", "ü" ("Buergeramt", "Moeglichkeit", "Aenderung") are one vowel, and the
// hyphenation patterns only know the umlaut spelling, so they are turned into umlauts first. Not after a vowel
// ("neue", "Bauer", "Radioempfang": au, eu, äu, ou, ie go first) or q ("Quelle"), and not in words where the two
// letters are two syllables (hiatus): the stems below are left as they are wherever they occur.
const HIATUS_STEMS = [
  // ae
  'israel michael raphael rafael raffael ismael aero maestr paella kafkaesk',
  // oe
  'poet poes poem koeff koexist koedukat oboe aloe noel joel protozoe',
  // ue: "-uell" and "-uett" after d, n, s, t, x (not "Müll", "Hütte"), "-uenz", and zu- before a vowel
  'duell tuell suell xuell anuell duett nuett statue fluen kongruen tuent samuel manuel ' +
    'zuerst zuerkenn zuerkann zueinander zuerteil zueign',
]
  .join(' ')
  .split(' ');
const UMLAUT_SPELLING = new RegExp(`${HIATUS_STEMS.join('|')}|(?<![aeioäöüq])([aou])e`, 'gu');
const UMLAUTS: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
const ONE_NUCLEUS = new Set(['ai', 'au', 'ay', 'ei', 'ey', 'eu', 'äu', 'ie', 'aa', 'ee', 'oo', 'ou', 'oi']);
// French vowel groups: "Niveau", "Milieu".
const ONE_NUCLEUS_TRIPLE = new Set(['eau', 'ieu']);

let loading: Promise<SyllableCounter> | undefined;

/**
 * The counter, once the patterns are loaded. They are 750 kB of JavaScript that take a few hundred milliseconds
 * to parse, so they load on first use rather than with every module that imports the grading registry.
 */
export function loadSyllableCounter(): Promise<SyllableCounter> {
  loading ??= import('hyphen/de/index.js').then(({ default: german }) => {
    const segments = (word: string): string[] =>
      german.hyphenateSync(word, { hyphenChar: '|', minWordLength: 1 }).split('|');
    return (word) => countSyllables(word, segments);
  });
  return loading;
}

/** Syllables of one word; parts joined by hyphens or a middle dot ("E-Mail", "Bürger·amt") are added up. */
function countSyllables(word: string, segments: (word: string) => string[]): number {
  const parts =
    word
      .normalize('NFC')
      .toLocaleLowerCase('de')
      .match(/\p{L}+/gu) ?? [];
  return parts.reduce((sum, part) => sum + partSyllables(spellUmlauts(part), segments), 0);
}

/** "buergeramt" → "bürgeramt"; hiatus stems ("aktuell", "Poet") match first and stay. */
function spellUmlauts(part: string): string {
  return part.replace(UMLAUT_SPELLING, (match, vowel: string | undefined) => (vowel ? UMLAUTS[vowel]! : match));
}

function partSyllables(part: string, segments: (word: string) => string[]): number {
  // Acronyms without a vowel are spelled out: "BGB" is three syllables.
  if (!VOWEL.test(part)) return part.length;
  const pieces = segments(part);
  let count = 0;
  let offset = 0;
  for (const [i, piece] of pieces.entries()) {
    const known = WORDS.get(part.slice(offset));
    if (known !== undefined) return count + known;
    const loan = LOAN_SEGMENTS.has(piece) || LOAN_SEGMENTS.has(piece.replace(/s$/u, ''));
    count += loan ? 1 : nuclei(piece, i === 0 ? '' : pieces[i - 1]!);
    offset += piece.length;
  }
  return Math.max(count, 1);
}

/** Vowel nuclei of one hyphenation segment; `before` is the previous segment of the same word. */
function nuclei(segment: string, before: string): number {
  let count = 0;
  let i = 0;
  while (i < segment.length) {
    const char = segment[i]!;
    if (!isVowel(segment, i)) {
      i++;
      continue;
    }
    count++;
    if (ONE_NUCLEUS_TRIPLE.has(segment.slice(i, i + 3))) {
      i += 3;
      continue;
    }
    const pair = char + (segment[i + 1] ?? '');
    if (!ONE_NUCLEUS.has(pair)) {
      i++;
      continue;
    }
    const rest = segment.slice(i + 2);
    // Plurals "Ide-en", "Se-en" and "Kategori-en", "Famili-en": the final -en is a syllable of its own,
    // unless the word has no other vowel ("Wien", "Knien").
    if (rest === 'n' && (pair === 'ee' || (pair === 'ie' && VOWEL.test(before + segment.slice(0, i))))) count++;
    i += 2;
  }
  return count;
}

function isVowel(segment: string, i: number): boolean {
  const char = segment[i]!;
  if (!VOWEL.test(char)) return false;
  // "qu" is a consonant cluster ("Qualität"); "y" before a vowel at the start is a consonant ("Yoga").
  if (char === 'u' && segment[i - 1] === 'q') return false;
  return !(char === 'y' && i === 0 && VOWEL.test(segment[1] ?? ''));
}
