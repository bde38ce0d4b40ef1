/**
 * German syllable counts for the readability formulas.
 *
 * Liang's hyphenation patterns (TeX, reformed spelling; the `hyphen` package) find the boundaries a hyphen may
 * go at, which are syllable boundaries. They never split off a single letter ("Abend", "Idee", "Ofen") and keep
 * vowels in hiatus together ("Thea-ter", "neue", "Ideen"), so every hyphenation segment is counted by its vowel
 * nuclei, with diphthongs and long vowels (ei, ai, au, eu, äu, ie, aa, ee, oo) as one nucleus. Two short lists
 * fix what vowels cannot tell: English loan segments with a silent e ("On-line", "Ser-vice") and words whose
 * final "-ie" is two syllables ("Familie", "Studie").
 *
 * Accuracy: every word in test/text/syllables.test.ts is right (133 words: administrative vocabulary, umlauts,
 * diphthongs, compounds, loanwords). Two lists not used while writing the rules: 154 words from administrative
 * letters, all right; 76 loanwords and foreign words, 72 right after adding accents, "eau" and "oi" (still off by
 * one: "Deadline", "Portemonnaie", "Arterie", "Kurie"). Expect errors in rare loanwords and "-ie" words.
 */

export type SyllableCounter = (word: string) => number;

// Segments of English loanwords (as the patterns split them) whose final e is silent or whose vowels are one.
const LOAN_SEGMENTS = new Set(
  (
    'line vice team home page date site ware load fice time live code ' +
    'face phone head case mail game share store style ride make base'
  ).split(' '),
);

// Words the rules miss, mostly a final "-ie" spoken i-e; also matched as the last part of a compound ("Buslinie").
const WORDS = new Map(
  (
    'leasing 2, business 2, feature 2, coach 1, familie 4, studie 3, linie 3, serie 3, folie 3, prämie 3, ' +
    'materie 3, aktie 3, arie 3, lilie 3, historie 4, komödie 4, tragödie 4, kastanie 4, petersilie 5, akazie 4, ' +
    'grazie 3, glorie 3, mumie 3, bestie 3, orgie 3, hostie 3, pinie 3, geranie 4, begonie 4, spezies 3'
  )
    .split(', ')
    .map((entry) => {
      const [word = '', count = ''] = entry.split(' ');
      return [word, Number(count)] as const;
    }),
);

const VOWEL = /[aeiouyäöüéèêëàâîïôû]/u;
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
  return parts.reduce((sum, part) => sum + partSyllables(part, segments), 0);
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
