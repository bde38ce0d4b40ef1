import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectPii } from '../../server/pii/index.ts';
import { UNTERSCHEIDUNGSZEICHEN } from '../../server/pii/kennzeichen-codes.ts';

// The list is unterscheidungszeichen.json of MarkTiedemann/unterscheidungszeichen at commit fda53a7b (CC0-1.0):
// its 722 "Zeichen" in the file's order, joined by single spaces, have this SHA-256.
const SOURCE_COUNT = 722;
const SOURCE_SHA256 = '771ae7561f2c6865b86a35627ae6e18410055b383bfd676ea7166671c76512ca';

// A sample from the source: codes the earlier list missed, reintroduced old codes, and official ones.
const SAMPLE = (
  'SOG WÜM OTW BE ECK GAN HOG STO SÄK WBG WOH A B HH M K AÖ BÜS DÜW FLÖ GÖ HMÜ KÖN LÜN MÜ NÖ PLÖ RÜD SÖM ' +
  'TÖL ÜB ÖHR WAT CAS LEO ROT BBL BD BP BW THW X Y LSA NRW MVL'
).split(' ');

describe('Unterscheidungszeichen', () => {
  it('are the source list, whole and in its order', () => {
    expect(UNTERSCHEIDUNGSZEICHEN.size).toBe(SOURCE_COUNT);
    const joined = [...UNTERSCHEIDUNGSZEICHEN].join(' ');
    expect(createHash('sha256').update(joined).digest('hex')).toBe(SOURCE_SHA256);
  });

  it('include the sample', () => {
    expect(SAMPLE.filter((code) => !UNTERSCHEIDUNGSZEICHEN.has(code))).toEqual([]);
  });

  it('are one to three capital letters', () => {
    expect([...UNTERSCHEIDUNGSZEICHEN].filter((code) => !/^[A-ZÄÖÜ]{1,3}$/u.test(code))).toEqual([]);
  });
});

describe('Kfz-Kennzeichen', () => {
  it('finds plates with codes the earlier list missed', () => {
    const plates = detectPii('SOG-AB 12, WÜM AB 123, OTW-X 1 und ECK-Y 99E').map(({ value }) => value);
    expect(plates).toEqual(['SOG-AB 12', 'WÜM AB 123', 'OTW-X 1', 'ECK-Y 99E']);
  });

  it('accepts an en dash as separator', () => {
    expect(detectPii('Halter von M–AB 123 und HH–X–12').map(({ kind, value }) => [kind, value])).toEqual([
      ['kennzeichen', 'M–AB 123'],
      ['kennzeichen', 'HH–X–12'],
    ]);
  });

  it('still requires a real code', () => {
    expect(detectPii('nach SGB–II 12, DIN–EN 1090')).toEqual([]);
  });
});
