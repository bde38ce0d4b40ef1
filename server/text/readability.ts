import { splitSentences } from './sentences.ts';
import type { SyllableCounter } from './syllables.ts';
import { joinWrappedLines } from './unwrap.ts';
import { words } from './words.ts';

export const READABILITY_METRICS = ['amstad', 'wstf1', 'wstf2', 'wstf3', 'wstf4', 'lix'] as const;
export type ReadabilityMetric = (typeof READABILITY_METRICS)[number];

/**
 * The counts every formula is built from. Words are tokens with at least one letter: numbers have no syllables.
 * Hard-wrapped lines are joined first, so a sentence spread over three lines counts once.
 */
export interface TextStatistics {
  sentences: number;
  words: number;
  syllables: number;
  /** Words of three or more syllables. */
  polysyllables: number;
  monosyllables: number;
  /** Words of more than six letters. */
  longWords: number;
}

export function textStatistics(text: string, countSyllables: SyllableCounter): TextStatistics {
  const stats: TextStatistics = {
    sentences: 0,
    words: 0,
    syllables: 0,
    polysyllables: 0,
    monosyllables: 0,
    longWords: 0,
  };
  for (const sentence of splitSentences(joinWrappedLines(text.normalize('NFC')))) {
    const tokens = words(sentence).filter((token) => /\p{L}/u.test(token));
    if (tokens.length === 0) continue;
    stats.sentences++;
    for (const token of tokens) {
      const syllables = countSyllables(token);
      stats.words++;
      stats.syllables += syllables;
      if (syllables >= 3) stats.polysyllables++;
      if (syllables === 1) stats.monosyllables++;
      if ((token.match(/\p{L}/gu) ?? []).length > 6) stats.longWords++;
    }
  }
  return stats;
}

/**
 * The metric's value for a text with at least one word. Sources: Amstad (1978), the German adaptation of Flesch's
 * Reading Ease (higher is easier, 0..100 in practice); the four "neue Wiener Sachtextformeln" of Bamberger &
 * Vanecek (1984), school grade 4..15, coefficients as in koRpus::nWS (MS and IW there as fractions, here as
 * percentages); LIX by Björnsson (1968), below 40 easy, above 60 very hard.
 */
export function readabilityScore(metric: ReadabilityMetric, stats: TextStatistics): number {
  const sentenceLength = stats.words / stats.sentences;
  const percent = (n: number) => (100 * n) / stats.words;
  const ms = percent(stats.polysyllables);
  const iw = percent(stats.longWords);
  switch (metric) {
    case 'amstad':
      return 180 - sentenceLength - 58.5 * (stats.syllables / stats.words);
    case 'wstf1':
      return 0.1935 * ms + 0.1672 * sentenceLength + 0.1297 * iw - 0.0327 * percent(stats.monosyllables) - 0.875;
    case 'wstf2':
      return 0.2007 * ms + 0.1682 * sentenceLength + 0.1373 * iw - 2.779;
    case 'wstf3':
      return 0.2963 * ms + 0.1905 * sentenceLength - 1.1144;
    case 'wstf4':
      return 0.2744 * ms + 0.2656 * sentenceLength - 1.693;
    case 'lix':
      return sentenceLength + iw;
  }
}
