import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

const vars = {
  antrag: 'Antrag vom 3. März 2025 auf Erlaubnis, vier Tische und acht Stühle aufzustellen.',
  ermittlungen: 'Ortsbesichtigung am 10.03.2025: Der Gehweg ist 2,40 Meter breit; frei blieben 1,20 Meter.',
  gebuehren: 'Ablehnung mit Ortsbesichtigung: 1.045,00 Euro. Aktenzeichen 32.2-SN-2025-0147.',
  termine: 'Kontrollen am 4., 11. und 18. April 2025 zwischen 22:00 und 23:30 Uhr.',
};

const faithful = `Sehr geehrte Frau Beispiel,

Aktenzeichen: 32.2-SN-2025-0147

1. Ihr Antrag vom 03.03.2025 auf 4 Tische und 8 Stühle wird abgelehnt.
2. Die Gebühr beträgt 1045 €.

Bei der Ortsbesichtigung am 10. März wurde festgestellt, dass der Gehweg 2,4 Meter breit ist und nur 1,20 m frei
blieben. Nach § 18 Abs. 1 LStrG ist das eine Sondernutzung. Die Kontrollen fanden am 4. April, 11. April und
18. April 2025 statt, jeweils bis 23:30 Uhr. Schritt 2: Zahlen Sie bis Ende 2025.`;

describe('numbers-from-input', () => {
  it('passes when every figure comes from the inputs, in whatever spelling', async () => {
    expect(await grade('numbers-from-input', {}, faithful, { vars })).toMatchObject({
      pass: true,
      score: 1,
      reason: 'Alle 13 Zahlen und Daten stammen aus der Eingabe',
    });
  });

  it('names invented amounts, dates and codes', async () => {
    const invented = `Ihr Antrag vom 4. März 2025 wird abgelehnt. Die Gebühr beträgt 1.145,00 Euro.
Bitte zahlen Sie unter dem Aktenzeichen 32.2-SN-2025-0148. Der Gehweg ist 2,40 Meter breit.`;
    const result = await grade('numbers-from-input', {}, invented, { vars });
    expect(result).toMatchObject({ pass: false, score: 0 });
    expect(result.reason).toBe(
      'Nicht aus der Eingabe: „4. März 2025“ in „Ihr Antrag vom 4. März 2025 wird abgelehnt.…“, ' +
        '„1.145,00“ in „…Die Gebühr beträgt 1.145,00 Euro. Bitte zahlen…“, ' +
        '„32.2-SN-2025-0148“ in „…dem Aktenzeichen 32.2-SN-2025-0148. Der Gehweg ist…“',
    );
  });

  it('accepts outputs without figures', async () => {
    expect(await grade('numbers-from-input', {}, 'Ihr Antrag wird abgelehnt.', { vars })).toMatchObject({
      pass: true,
      reason: 'Keine Zahlen oder Daten in der Antwort',
    });
  });

  it('fails every figure when there is no input', async () => {
    expect((await grade('numbers-from-input', {}, 'Die Gebühr beträgt 25 Euro.')).pass).toBe(false);
  });

  it('takes no parameters and cannot be negated', () => {
    expect(issues({ type: 'numbers-from-input' })).toEqual([]);
    expect(issues({ type: 'numbers-from-input', tolerance: 1 })).toEqual(['tolerance: unbekanntes Feld "tolerance"']);
    expect(issues({ type: 'not-numbers-from-input' })).toHaveLength(1);
  });
});
