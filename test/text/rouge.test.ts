import { describe, expect, it } from 'vitest';
import { rougeL } from '../../server/text/rouge.ts';

describe('rougeL', () => {
  it('matches the examples from Lin (2004)', () => {
    // LCS "police the gunman" = 3 of 4 words both ways.
    expect(rougeL('police kill the gunman', 'police killed the gunman').f1).toBeCloseTo(0.75, 10);
    // LCS "the gunman" = 2 of 4.
    expect(rougeL('the gunman kill police', 'police killed the gunman').f1).toBeCloseTo(0.5, 10);
  });

  it('computes precision, recall and F1 for different lengths, ignoring case and punctuation', () => {
    const score = rougeL('Die Gebühr beträgt 25 Euro.', 'die Gebühr für die Abholung beträgt 25 Euro');
    expect(score.precision).toBe(1);
    expect(score.recall).toBeCloseTo(5 / 8, 10);
    expect(score.f1).toBeCloseTo(10 / 13, 10);
    expect(rougeL('the cat was on the mat', 'the cat sat on the mat').f1).toBeCloseTo(5 / 6, 10);
  });

  it('is 1 for identical and 0 for disjoint or empty texts', () => {
    expect(rougeL('Sperrmüll wird abgeholt', 'Sperrmüll wird abgeholt').f1).toBe(1);
    expect(rougeL('ganz anders', 'Sperrmüll wird abgeholt').f1).toBe(0);
    expect(rougeL('', 'Sperrmüll').f1).toBe(0);
    expect(rougeL('Sperrmüll', '').f1).toBe(0);
  });
});
