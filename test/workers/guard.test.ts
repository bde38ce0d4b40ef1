import { describe, expect, it } from 'vitest';
import { sharedGuard } from '../../server/guard/call-guard.ts';
import { createProviderRegistry } from '../../server/providers/registry.ts';

// The guard inside workerd: detectors, stand-ins and the provider's SDK as a Worker runs them.
const LETTER = 'Mein Name ist Katharina Wöllner, IBAN DE89 3704 0044 0532 0130 00, Lindenweg 4, 79098 Freiburg.';
const PLANTED = ['Katharina Wöllner', 'DE89 3704 0044 0532 0130 00', 'Lindenweg 4', '79098 Freiburg'];

describe('the data guard on Workers', () => {
  it('sends OpenAI only stand-ins and gives back the real values', async () => {
    const bodies: string[] = [];
    // The wire of the OpenAI SDK: what the registry sends, answered as the API answers, echoing the stand-ins.
    const fetch: typeof globalThis.fetch = async (_url, init) => {
      const body = String(init?.body);
      bodies.push(body);
      const standIns = [...new Set(body.match(/\[[\p{L}-]+ \d+\]/gu) ?? [])].join(' ');
      const message = { role: 'assistant', content: `Antwort an ${standIns}` };
      const completion = {
        id: 'chatcmpl-w',
        object: 'chat.completion',
        created: 0,
        model: 'gpt-4o-mini',
        choices: [{ index: 0, message, finish_reason: 'stop' }],
        usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      };
      return Response.json(completion);
    };
    const registry = createProviderRegistry({ env: { OPENAI_API_KEY: 'sk-worker-test' }, fetch });
    const guard = sharedGuard({ policy: 'pseudonymise', in_house: false, replacement: 'placeholder' }, 'run-w');
    const answer = await registry.chat('openai:gpt-4o-mini', { user: LETTER, guard });
    expect(bodies).toHaveLength(1);
    expect(PLANTED.filter((value) => bodies[0]!.includes(value))).toEqual([]);
    expect(bodies[0]).toContain('[Person 1]');
    expect(answer.text).toBe('Antwort an Katharina Wöllner DE89 3704 0044 0532 0130 00 Lindenweg 4, 79098 Freiburg');
  });
});
