import { describe, expect, it } from 'vitest';
import { findFigures } from '../../server/text/figures.ts';
import { numberWordValue } from '../../server/text/number-words.ts';

const figures = (text: string) =>
  findFigures(text).map((figure) =>
    figure.kind === 'date'
      ? `date ${figure.day}.${figure.month}.${figure.year ?? ''}`
      : figure.kind === 'number'
        ? `number ${figure.value}`
        : `code ${figure.text}`,
  );

describe('findFigures', () => {
  it('normalises dates in all common spellings', () => {
    expect(figures('am 3. März 2025, am 03.03.2025, am 3.3.25, am 2025-03-03 und am 3. März')).toEqual([
      'date 3.3.2025',
      'date 3.3.2025',
      'date 3.3.2025',
      'date 3.3.2025',
      'date 3.3.',
    ]);
  });

  it('gives every day of a list its month and year', () => {
    expect(figures('am 4., 11. und 18. April 2025')).toEqual(['date 4.4.2025', 'date 11.4.2025', 'date 18.4.2025']);
  });

  it('reads German numbers as values and keeps codes as text', () => {
    expect(figures('1.234,50 € oder 1234,50 Euro, 25 Euro, 2,40 m, 23:30 Uhr, Az. 32.2-SN-2025-0147')).toEqual([
      'number 1234.5',
      'number 1234.5',
      'number 25',
      'number 2.4',
      'code 23:30',
      'code 32.2-SN-2025-0147',
    ]);
  });

  it('skips list markers, step numbers and § citations', () => {
    expect(
      figures('1. Antrag\n2) Nachweis\nIV. Kosten\nSchritt 3: nach § 28 Abs. 1 VwVfG zahlen Sie 45 Euro.'),
    ).toEqual(['number 45']);
  });

  it('reads a date at the start of a line as a date, not as a list marker', () => {
    expect(figures('Termin am\n12. Mai 2025, 10 Uhr')).toEqual(['date 12.5.2025', 'number 10']);
  });
});

describe('numberWordValue', () => {
  it('reads number words and leaves the article alone', () => {
    expect(
      ['zwei', 'zwölf', 'sechzehn', 'einundzwanzig', 'zweihundert', 'eintausendfünf', 'Sieben'].map(numberWordValue),
    ).toEqual([2, 12, 16, 21, 200, 1005, 7]);
    expect(['ein', 'eine', 'eins', 'Hund', 'achtung'].map(numberWordValue)).toEqual([
      undefined,
      undefined,
      1,
      undefined,
      undefined,
    ]);
  });
});
