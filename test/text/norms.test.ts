import { describe, expect, it } from 'vitest';
import { findNormReferences, formatNorm, lawKey } from '../../server/text/norms.ts';

const cited = (text: string) =>
  findNormReferences(text).map((norm) => [formatNorm(norm), text.slice(norm.start, norm.end)]);

describe('findNormReferences', () => {
  it('keeps the paragraph and drops Absatz, Satz, Nummer and Buchstabe', () => {
    expect(cited('nach § 28 Abs. 1 Satz 2 Nr. 3 VwVfG Gelegenheit')).toEqual([
      ['§ 28 VwVfG', '§ 28 Abs. 1 Satz 2 Nr. 3 VwVfG'],
    ]);
    expect(cited('Art. 6 Abs. 1 UAbs. 1 lit. e DSGVO')).toEqual([
      ['Art. 6 DSGVO', 'Art. 6 Abs. 1 UAbs. 1 lit. e DSGVO'],
    ]);
  });

  it('reads lists and ranges after "§§"; after "§" a list belongs to the sub-unit', () => {
    expect(cited('§§ 28, 29 VwVfG').map(([norm]) => norm)).toEqual(['§ 28 VwVfG', '§ 29 VwVfG']);
    expect(cited('§§ 28 bis 30 VwVfG').map(([norm]) => norm)).toEqual(['§ 28 VwVfG', '§ 29 VwVfG', '§ 30 VwVfG']);
    expect(cited('§ 28 Abs. 1 und 2 VwVfG').map(([norm]) => norm)).toEqual(['§ 28 VwVfG']);
  });

  it('reads law names with articles, book numbers and line breaks', () => {
    expect(cited('Artikel 6 der DSGVO')).toEqual([['Art. 6 DSGVO', 'Artikel 6 der DSGVO']]);
    expect(cited('§ 7 SGB II und § 35 SGB X').map(([norm]) => norm)).toEqual(['§ 7 SGB II', '§ 35 SGB X']);
    expect(cited('§ 18 Abs. 1\n  LStrG ist')).toEqual([['§ 18 LStrG', '§ 18 Abs. 1\n  LStrG']]);
    expect(cited('§ 3a Abs. 2 VwVfG.')).toEqual([['§ 3a VwVfG', '§ 3a Abs. 2 VwVfG']]);
  });

  it('leaves the law out when none follows', () => {
    expect(cited('nach § 28 Abs. 1. Sie können')).toEqual([['§ 28', '§ 28 Abs. 1']]);
    expect(cited('nach § 28 Abs. 1 Sie können')).toEqual([['§ 28', '§ 28 Abs. 1']]);
    expect(cited('§ 28 i. V. m. § 29 VwVfG')).toEqual([
      ['§ 28', '§ 28'],
      ['§ 29 VwVfG', '§ 29 VwVfG'],
    ]);
  });

  it('ignores "Art" without a number', () => {
    expect(cited('Art und Weise der Zustellung')).toEqual([]);
  });
});

describe('lawKey', () => {
  it('ignores case, spaces, dots and hyphens', () => {
    expect(lawKey('DS-GVO')).toBe(lawKey('DSGVO'));
    expect(lawKey('SGB II')).toBe(lawKey('sgb ii'));
  });
});
