import { z } from 'zod';
import { CannotGradeError } from '../errors.ts';
import { formatEuro, formatNumber } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion, type AssertionHandler } from '../types.ts';

// Limits, not goals: "not-latency" (must be slow) would teach nothing, so none of these is negatable.

const latency = defineAssertion({
  type: 'latency',
  params: z.strictObject({ max: z.number().positive() }),
  negatable: false,
  grade: ({ max }, { latencyMs }) => {
    const detail = `${formatNumber(Math.round(latencyMs))} ms (höchstens ${formatNumber(max)} ms)`;
    return latencyMs <= max ? outcome(true, `Antwortzeit ${detail}`) : outcome(false, `Zu langsam: ${detail}`);
  },
});

const cost = defineAssertion({
  type: 'cost',
  params: z.strictObject({ max: z.number().nonnegative() }),
  negatable: false,
  grade: ({ max }, { costEur }) => {
    if (costEur === undefined)
      throw new CannotGradeError('Kosten unbekannt: Für dieses Modell ist kein Preis hinterlegt');
    const detail = `${formatEuro(costEur)} (höchstens ${formatEuro(max)})`;
    return costEur <= max ? outcome(true, `Kosten ${detail}`) : outcome(false, `Zu teuer: ${detail}`);
  },
});

const tokens = defineAssertion({
  type: 'tokens',
  params: z.strictObject({ max: z.int().min(1) }),
  negatable: false,
  grade: ({ max }, { usage }) => {
    const detail = `${formatNumber(usage.outputTokens)} Ausgabe-Tokens (höchstens ${formatNumber(max)})`;
    return usage.outputTokens <= max ? outcome(true, detail) : outcome(false, `Zu viele: ${detail}`);
  },
});

export const performanceAssertions: AssertionHandler[] = [latency, cost, tokens];
