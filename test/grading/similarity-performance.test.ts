import { describe, expect, it } from 'vitest';
import { grade, issues } from './context.ts';

const reference = 'Die Abholung von Sperrmüll kostet 25 Euro. Termine buchen Sie online.';

describe('similar', () => {
  it('gives the ROUGE-L F1 as partial credit and passes above the threshold', async () => {
    // 10 of 11 reference words in order, 10 of 10 output words: F1 = 20/21.
    const result = await grade(
      'similar',
      { threshold: 0.8 },
      'Die Abholung von Sperrmüll kostet 25 Euro. Termine buchen Sie.',
      { reference },
    );
    expect(result.pass).toBe(true);
    expect(result.score).toBeCloseTo(20 / 21, 10);
    expect(result.reason).toBe('Ähnlichkeit zur Musterlösung 0,95 (mindestens 0,8, ROUGE-L)');
  });
  it('fails below the threshold, keeping the partial score', async () => {
    const result = await grade('similar', { threshold: 0.8 }, 'Sperrmüll kostet Geld.', { reference });
    expect(result.pass).toBe(false);
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(0.8);
  });
  it('negates with score 1 - F1', async () => {
    const result = await grade('not-similar', { threshold: 0.5 }, 'Ganz andere Worte hier.', { reference });
    expect(result).toMatchObject({ pass: true, score: 1 });
    expect(result.reason).toMatch(/^Verneinte Prüfung bestanden: Ähnlichkeit zur Musterlösung 0 /);
  });
  it('fails clearly without a reference, negated or not', async () => {
    const reason = 'Nicht prüfbar: Der Fall hat keine Musterlösung (reference)';
    expect(await grade('similar', { threshold: 0.5 }, 'Text')).toMatchObject({ pass: false, score: 0, reason });
    expect(await grade('not-similar', { threshold: 0.5 }, 'Text', { reference: '  ' })).toMatchObject({
      pass: false,
      score: 0,
      reason,
    });
  });
  it('needs a threshold between 0 and 1', () => {
    expect(issues({ type: 'similar' })).toHaveLength(1);
    expect(issues({ type: 'similar', threshold: 1.5 })).toHaveLength(1);
    expect(issues({ type: 'similar', threshold: 0.6 })).toEqual([]);
  });
});

describe('latency', () => {
  it('passes within and fails above the limit', async () => {
    expect(await grade('latency', { max: 2000 }, '', { latencyMs: 1234.4 })).toMatchObject({
      pass: true,
      reason: 'Antwortzeit 1.234 ms (höchstens 2.000 ms)',
    });
    expect(await grade('latency', { max: 2000 }, '', { latencyMs: 3420 })).toMatchObject({
      pass: false,
      reason: 'Zu langsam: 3.420 ms (höchstens 2.000 ms)',
    });
  });
});

describe('cost', () => {
  it('passes within and fails above the limit', async () => {
    expect(await grade('cost', { max: 0.01 }, '', { costEur: 0.000123 })).toMatchObject({
      pass: true,
      reason: 'Kosten 0,000123 € (höchstens 0,01 €)',
    });
    expect(await grade('cost', { max: 0.01 }, '', { costEur: 0.0234 })).toMatchObject({
      pass: false,
      reason: 'Zu teuer: 0,0234 € (höchstens 0,01 €)',
    });
  });
  it('fails clearly when the price is unknown', async () => {
    expect(await grade('cost', { max: 0.01 }, '')).toMatchObject({
      pass: false,
      score: 0,
      reason: 'Kosten unbekannt: Für dieses Modell ist kein Preis hinterlegt',
    });
  });
});

describe('tokens', () => {
  it('passes within and fails above the limit', async () => {
    const usage = { inputTokens: 300, outputTokens: 950 };
    expect(await grade('tokens', { max: 1000 }, '', { usage })).toMatchObject({
      pass: true,
      reason: '950 Ausgabe-Tokens (höchstens 1.000)',
    });
    expect(await grade('tokens', { max: 800 }, '', { usage })).toMatchObject({
      pass: false,
      reason: 'Zu viele: 950 Ausgabe-Tokens (höchstens 800)',
    });
  });
});

describe('performance parameters', () => {
  it('need a max and cannot be negated', () => {
    for (const type of ['latency', 'cost', 'tokens']) {
      expect(issues({ type })).toHaveLength(1);
      expect(issues({ type: `not-${type}`, max: 1 })).toEqual([
        `type: "not-${type}": Typ "${type}" lässt sich nicht verneinen`,
      ]);
    }
    expect(issues({ type: 'tokens', max: 10.5 })).toHaveLength(1);
    expect(issues({ type: 'latency', max: 0 })).toHaveLength(1);
    expect(issues({ type: 'cost', max: 0 })).toEqual([]);
  });
});
