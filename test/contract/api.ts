import { describe, expect, it } from 'vitest';
import { catalogueContract } from './catalogue.ts';
import { createApiClient, type FetchTarget } from './client.ts';
import { errorContract } from './errors.ts';
import { SECRETS } from './fixture.ts';
import { runContract } from './runs.ts';

/**
 * The API as both runtimes must serve it, over the exercise in ./fixture.ts on a fresh store and the settings
 * in `contractConfig`, with OPENAI_API_KEY set and ANTHROPIC_API_KEY not. Node calls it over real HTTP
 * (test/api/contract.test.ts), workerd through the Worker's fetch over D1 (test/workers/contract.test.ts).
 * The tests run in order: the catalogue is read before any run exists.
 */
export function apiContract(target: FetchTarget): void {
  const api = createApiClient(target);
  catalogueContract(api);
  errorContract(api);
  runContract(api);

  describe('hidden cases', () => {
    it('never leak into any response, error message or event stream', () => {
      const all = api.transcript.join('\n');
      expect(all).toContain('verborgen-1');
      for (const secret of SECRETS) expect(all).not.toContain(secret);
    });
  });
}
