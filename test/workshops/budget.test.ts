import { describe, expect, it } from 'vitest';
import type { ProviderInfo } from '../../server/providers/types.ts';
import { estimateCall, fits, remaining, teamBudget } from '../../server/workshops/budget.ts';

const providers: ProviderInfo[] = [
  {
    name: 'teuer',
    label: 'Teuer',
    kind: 'openai',
    inHouse: false,
    available: true,
    models: [{ id: 'm', label: 'M', price: { input: 1, output: 10 } }],
  },
  { name: 'haus', label: 'Haus', kind: 'openai', inHouse: true, available: true, models: [{ id: 'm', label: 'M' }] },
];
const call = (provider: string, maxTokens?: number) => ({
  provider,
  prompt: { system: 'x'.repeat(400), user: 'y'.repeat(400) },
  settings: maxTokens === undefined ? {} : { max_tokens: maxTokens },
});

describe('budget estimates', () => {
  it('price a call at 4 characters per input token and its max_tokens (else 800) as output', () => {
    expect(estimateCall(call('teuer:m', 100), providers)).toEqual({ eur: (200 * 1 + 100 * 10) / 1e6, tokens: 0 });
    expect(estimateCall(call('teuer:m'), providers)).toEqual({ eur: (200 + 8_000) / 1e6, tokens: 0 });
    // A model without a price counts in tokens.
    expect(estimateCall(call('haus:m', 100), providers)).toEqual({ eur: 0, tokens: 300 });
  });

  it('fit what is left of each limit; no limit always fits', () => {
    const limits = { budgetEur: 1, budgetTokens: 1_000 };
    expect(remaining(limits, { eur: 0.25, tokens: 1_200 })).toEqual({ eur: 0.75, tokens: 0 });
    expect(fits(limits, { eur: 0.25, tokens: 0 }, { eur: 0.75, tokens: 1_000 })).toBe(true);
    expect(fits(limits, { eur: 0.25, tokens: 0 }, { eur: 0.76, tokens: 0 })).toBe(false);
    expect(fits(limits, { eur: 0, tokens: 1 }, { eur: 0, tokens: 1_000 })).toBe(false);
    expect(fits({ budgetEur: null, budgetTokens: null }, { eur: 1e6, tokens: 1e9 }, { eur: 1, tokens: 1 })).toBe(true);
  });
});

describe("a run's hold on the team budget", () => {
  it('counts its own calls in flight, and frees a hold once the result is booked', async () => {
    let booked = { eur: 0, tokens: 0 };
    const budget = teamBudget(
      { spend: async () => booked },
      't',
      { budgetEur: null, budgetTokens: 700 },
      () => providers,
    );
    // Each call is estimated at 300 tokens: two fit at once, a third does not.
    const first = await budget.reserve(call('haus:m', 100));
    const second = await budget.reserve(call('haus:m', 100));
    expect(first && second).toBeTruthy();
    expect(await budget.reserve(call('haus:m', 100))).toBeUndefined();
    booked = { eur: 0, tokens: 50 };
    first!.release();
    expect(await budget.reserve(call('haus:m', 100))).toBeTruthy();
  });
});
