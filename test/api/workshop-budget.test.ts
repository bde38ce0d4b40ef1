import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../contract/client.ts';
import { startRequest, TRAINER_PASSWORD } from '../contract/fixture.ts';
import { runEvents } from '../contract/sse.ts';
import { freshAddress } from '../contract/world.ts';
import { startTestServer, type TestServer } from './setup.ts';

// The fake answers at great length: far more tokens than a run's estimate assumed, as a chatty model can.
const LONG_ANSWER = Array.from({ length: 2_000 }, (_, i) => `wort${i}`).join(' ');

let server: TestServer;
let trainer: ApiClient;
let team: ApiClient;
let workshopId = '';

beforeAll(async () => {
  server = await startTestServer({ access: 'network', fake: { reply: () => LONG_ANSWER } });
  const target = (path: string, init?: RequestInit) => fetch(server.url + path, init);
  trainer = createApiClient(target, { headers: freshAddress() });
  expect((await trainer.post('/api/session/trainer', { password: TRAINER_PASSWORD })).status).toBe(204);
  const workshop = await trainer.post('/api/workshops', {
    title: 'Budget',
    exercises: ['antrag-bestaetigen'],
    runs_per_minute: null,
    // `local:modell` has no price: it counts against the token budget.
    budget_tokens: 7_000,
  });
  workshopId = workshop.json.id;
  team = createApiClient(target, { headers: freshAddress() });
  expect((await team.post('/api/session/join', { code: workshop.json.code, team: 'Sparsam' })).status).toBe(201);
});
afterAll(() => server.stop());

describe('a team budget over real HTTP', () => {
  it('stops a run that exhausts it mid-run: finished cases stay, the rest are marked not run for lack of budget', async () => {
    // 8 calls, estimated at about 820 tokens each (fits 7,000); each really costs some 2,000.
    const run = await team.post(
      '/api/runs',
      startRequest({ targets: [{ provider: 'local:modell' }], cases: ['offen-1', 'offen-2'], repeat: 4 }),
    );
    expect(run.status, run.text).toBe(201);
    const events = runEvents(await team.events(run.json.id));
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'out-of-budget' });
    expect(events.at(-1).error).toMatch(
      /^Das Budget ist aufgebraucht: (\d+ Fälle wurden|Ein Fall wurde) nicht mehr ausgeführt\.$/,
    );

    const stored = (await team.call(`/api/runs/${run.json.id}`)).json;
    expect(stored.status).toBe('out-of-budget');
    expect(stored.results).toHaveLength(8);
    const sent = stored.results.filter((r: { skipped: string | null }) => r.skipped === null);
    const skipped = stored.results.filter((r: { skipped: string | null }) => r.skipped === 'budget');
    expect(sent.length).toBeGreaterThanOrEqual(2);
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    for (const result of sent) expect(result.output).toContain('wort1999');
    // Not a provider error: no error text, no tokens, no cost.
    for (const result of skipped) expect(result).toMatchObject({ error: null, output: '', outputTokens: 0, score: 0 });
    // Only what was sent reached the provider.
    expect(server.fake.requests).toHaveLength(sent.length);
  });

  it('refuses the next run with 402 saying what is left, and shows the spend to team and trainer', async () => {
    const session = (await team.call('/api/session')).json;
    expect(session.team.budget.spent.tokens).toBeGreaterThan(4_000);
    const refused = await team.post(
      '/api/runs',
      startRequest({ targets: [{ provider: 'local:modell' }], cases: ['offen-1'] }),
    );
    expect(refused.status).toBe(402);
    expect(refused.json.error.message).toMatch(/übrig sind [\d.]+ Tokens, der Lauf braucht geschätzt [\d.]+/);
    const detail = (await trainer.call(`/api/workshops/${workshopId}`)).json;
    expect(detail.teams[0].spent).toEqual(session.team.budget.spent);
    // A model with a price of 0 (the demo) still runs: it costs nothing in EUR or tokens.
    expect((await team.post('/api/runs', startRequest({ cases: ['offen-1'] }))).status).toBe(201);
  });
});
