import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

const plain = `Sie brauchen einen neuen Ausweis. Kommen Sie dafür ins Bürgerbüro. Bringen Sie ein Foto mit.
Der Ausweis kostet 37 Euro. Sie bekommen ihn nach drei Wochen.`;
const officialese = `Die Inanspruchnahme der Leistungen der Eingliederungshilfe setzt die vorherige Antragstellung bei
der zuständigen Behörde unter Beifügung sämtlicher anspruchsbegründender Unterlagen voraus, wobei die
Bearbeitungsdauer von der Vollständigkeit der eingereichten Nachweise abhängig ist.`;

describe('readability', () => {
  it('passes plain language on the Amstad index and shows the value', async () => {
    const result = await grade('readability', { metric: 'amstad', min: 60 }, plain);
    expect(result).toMatchObject({ pass: true, score: 1 });
    expect(result.reason).toMatch(/^Amstad-Index \d+(,\d+)? \(erlaubt: mindestens 60; 5 Sätze, 25 Wörter\)$/u);
  });

  it('fails officialese and says which bound it misses', async () => {
    const amstad = await grade('readability', { metric: 'amstad', min: 60 }, officialese);
    expect(amstad).toMatchObject({ pass: false, score: 0 });
    expect(amstad.reason).toMatch(/^Amstad-Index -?\d+(,\d+)?, erwartet mindestens 60 \(1 Satz, 31 Wörter\)$/u);
    const lix = await grade('readability', { metric: 'lix', max: 50 }, officialese);
    expect(lix.pass).toBe(false);
    expect(lix.reason).toMatch(/^LIX \d+(,\d+)?, erwartet höchstens 50/u);
  });

  it('supports the four Wiener Sachtextformeln with a range', async () => {
    for (const metric of ['wstf1', 'wstf2', 'wstf3', 'wstf4']) {
      expect((await grade('readability', { metric, min: 0, max: 8 }, plain)).pass, metric).toBe(true);
      expect((await grade('readability', { metric, min: 0, max: 8 }, officialese)).pass, metric).toBe(false);
    }
  });

  it('cannot grade an output without words, also when negated', async () => {
    const result = await grade('readability', { metric: 'lix', max: 40 }, '1. 2. 3.');
    expect(result).toMatchObject({ pass: false, reason: 'Nicht prüfbar: Die Antwort enthält keine Wörter' });
  });

  it('validates its parameters', () => {
    expect(issues({ type: 'readability', metric: 'lix', max: 40 })).toEqual([]);
    expect(issues({ type: 'readability', metric: 'flesch', max: 40 })).toHaveLength(1);
    expect(issues({ type: 'readability', metric: 'lix' })).toEqual([': braucht "min" oder "max" (oder beide)']);
    expect(issues({ type: 'readability', metric: 'amstad', min: 70, max: 50 })).toEqual([
      'min: "min" ist größer als "max"',
    ]);
    expect(issues({ type: 'readability', min: 10 })[0]).toMatch(/^metric: /u);
  });
});
