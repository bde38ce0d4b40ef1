import { describe, expect, it } from 'vitest';
import { readabilityScore, textStatistics, type TextStatistics } from '../../server/text/readability.ts';
import { loadSyllableCounter } from '../../server/text/syllables.ts';

const count = await loadSyllableCounter();

// Hand-computed: 2 sentences, 6 words, 7 syllables (Kat-ze), no word of three syllables, five of one,
// one word longer than six letters (schläft).
const SIMPLE = 'Der Hund bellt. Die Katze schläft.';
// 1 sentence, 5 words: Die (1), Ver-wal-tungs-ge-richts-bar-keit (7), ent-schei-det (3), über (2),
// Wi-der-sprü-che (4); 17 syllables, three words of three or more, one of one, three longer than six letters.
const DENSE = 'Die Verwaltungsgerichtsbarkeit entscheidet über Widersprüche.';

describe('textStatistics', () => {
  it('counts sentences, words, syllables and word classes', () => {
    expect(textStatistics(SIMPLE, count)).toEqual({
      sentences: 2,
      words: 6,
      syllables: 7,
      polysyllables: 0,
      monosyllables: 5,
      longWords: 1,
    });
    expect(textStatistics(DENSE, count)).toEqual({
      sentences: 1,
      words: 5,
      syllables: 17,
      polysyllables: 3,
      monosyllables: 1,
      longWords: 3,
    });
  });
  it('leaves out numbers and lines without words', () => {
    const stats = textStatistics('Am 3. März 2025 kommt der Bus.\n---\n', count);
    expect(stats).toMatchObject({ sentences: 1, words: 5 });
  });
});

describe('readabilityScore', () => {
  const simple = textStatistics(SIMPLE, count);
  const dense = textStatistics(DENSE, count);

  it('Amstad: 180 - words per sentence - 58.5 * syllables per word', () => {
    expect(readabilityScore('amstad', simple)).toBeCloseTo(180 - 3 - (58.5 * 7) / 6, 6); // 108.75
    expect(readabilityScore('amstad', dense)).toBeCloseTo(-23.9, 6);
  });
  it('Wiener Sachtextformel 1 to 4', () => {
    // SIMPLE: MS 0 %, SL 3, IW 16.67 %, ES 83.33 %.
    expect(readabilityScore('wstf1', simple)).toBeCloseTo(-0.936733, 5);
    expect(readabilityScore('wstf2', simple)).toBeCloseTo(0.013933, 5);
    expect(readabilityScore('wstf3', simple)).toBeCloseTo(-0.5429, 6);
    expect(readabilityScore('wstf4', simple)).toBeCloseTo(-0.8962, 6);
    // DENSE: MS 60 %, SL 5, IW 60 %, ES 20 %.
    expect(readabilityScore('wstf1', dense)).toBeCloseTo(18.699, 6);
    expect(readabilityScore('wstf2', dense)).toBeCloseTo(18.342, 6);
    expect(readabilityScore('wstf3', dense)).toBeCloseTo(17.6161, 6);
    expect(readabilityScore('wstf4', dense)).toBeCloseTo(16.099, 6);
  });
  it('LIX: words per sentence + percentage of words longer than six letters', () => {
    expect(readabilityScore('lix', simple)).toBeCloseTo(3 + 100 / 6, 6);
    expect(readabilityScore('lix', dense)).toBeCloseTo(65, 6);
  });
  it('is a pure function of the statistics', () => {
    const stats: TextStatistics = {
      sentences: 4,
      words: 40,
      syllables: 60,
      polysyllables: 8,
      monosyllables: 24,
      longWords: 10,
    };
    expect(readabilityScore('amstad', stats)).toBeCloseTo(180 - 10 - 58.5 * 1.5, 6);
    expect(readabilityScore('lix', stats)).toBeCloseTo(35, 6);
    expect(readabilityScore('wstf4', stats)).toBeCloseTo(0.2744 * 20 + 0.2656 * 10 - 1.693, 6);
  });
});
