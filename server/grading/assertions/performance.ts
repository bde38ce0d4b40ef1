import * as z from 'zod';
import { CannotGradeError } from '../errors.ts';
import { countOf, formatEuro, formatNumber } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion, type AssertionHandler } from '../types.ts';

// Limits, not goals: "not-latency" (must be slow) would teach nothing, so none of these is negatable.

const latency = defineAssertion({
  type: 'latency',
  summary: 'Die Antwort kommt schnell genug: höchstens so viele Millisekunden.',
  params: z.strictObject({ max: z.number().positive() }),
  negatable: false,
  grade: ({ max }, { latencyMs }) => {
    const detail = `${formatNumber(Math.round(latencyMs))} ms (höchstens ${formatNumber(max)} ms)`;
    return latencyMs <= max ? outcome(true, `Antwortzeit ${detail}`) : outcome(false, `Zu langsam: ${detail}`);
  },
  describe: ({ max }) => `Kommt in höchstens ${countOf(max / 1000, 'Sekunde', 'Sekunden')}`,
});

const cost = defineAssertion({
  type: 'cost',
  summary: 'Der Aufruf kostet höchstens so viel (in Euro).',
  params: z.strictObject({ max: z.number().nonnegative() }),
  negatable: false,
  grade: ({ max }, { costEur }) => {
    if (costEur === undefined)
      throw new CannotGradeError('Kosten unbekannt: Für dieses Modell ist kein Preis hinterlegt');
    const detail = `${formatEuro(costEur)} (höchstens ${formatEuro(max)})`;
    return costEur <= max ? outcome(true, `Kosten ${detail}`) : outcome(false, `Zu teuer: ${detail}`);
  },
  describe: ({ max }) => `Kostet höchstens ${formatEuro(max)}`,
});

const tokens = defineAssertion({
  type: 'tokens',
  summary: 'Die Antwort ist höchstens so viele Tokens lang.',
  params: z.strictObject({ max: z.int().min(1) }),
  negatable: false,
  grade: ({ max }, { usage }) => {
    const detail = `${formatNumber(usage.outputTokens)} Ausgabe-Tokens (höchstens ${formatNumber(max)})`;
    return usage.outputTokens <= max ? outcome(true, detail) : outcome(false, `Zu viele: ${detail}`);
  },
  describe: ({ max }) => `Ist höchstens ${countOf(max, 'Token', 'Tokens')} lang`,
});

export const performanceAssertions: AssertionHandler[] = [latency, cost, tokens];
