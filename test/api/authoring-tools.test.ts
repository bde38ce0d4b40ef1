import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from '../contract/client.ts';
import { EXERCISE_ID, TRAINER_PASSWORD } from '../contract/fixture.ts';
import { runEvents } from '../contract/sse.ts';
import { freshAddress } from '../contract/world.ts';
import { startTestServer, type TestServer } from './setup.ts';

// The fake model answers suggestion requests with YAML, once with nothing usable.
let answer = '';
let server: TestServer;
let trainer: ApiClient;

beforeAll(async () => {
  server = await startTestServer({ access: 'network', fake: { reply: () => answer } });
  trainer = createApiClient((path, init) => fetch(server.url + path, init), { headers: freshAddress() });
  expect((await trainer.post('/api/session/trainer', { password: TRAINER_PASSWORD })).status).toBe(204);
  expect((await trainer.post(`/api/exercises/${EXERCISE_ID}/copy`, { id: 'probe' })).status).toBe(201);
});
afterAll(() => server.stop());

describe('the editor with a model, over real HTTP', () => {
  it('runs the starter of the saved version on a chosen model as a trial', async () => {
    const run = await trainer.post('/api/exercises/probe/trial', { provider: 'demo:basis', cases: ['offen-1'] });
    expect(run.status, run.text).toBe(201);
    expect(run.json).toMatchObject({ exercise: 'probe', cases: ['offen-1'], exerciseVersion: 1 });
    const events = runEvents(await trainer.events(run.json.id));
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'done' });
    const bad = await trainer.post('/api/exercises/probe/trial', { provider: 'nirgends:modell' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.field).toBe('provider');
  });

  it('says that suggesting cases needs a real model', async () => {
    const response = await trainer.post('/api/exercises/probe/suggest', { provider: 'demo:basis' });
    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({ field: 'provider', message: expect.stringContaining('echtes Modell') });
  });

  it('suggests cases in the style of the public ones, with the exercise’s variables only, nothing saved', async () => {
    // JSON is YAML too; the fake sends the text as words, so it comes as one line.
    answer = JSON.stringify([
      {
        description: 'Ein Antrag mit Tippfehler in der Nummer',
        vars: { nummer: 'A-1O0', name: 'Petra Probe', erfunden: 'weg' },
      },
      { description: 'Ohne Namen', vars: { nummer: 4711 } },
      'keine Liste',
    ]);
    const before = server.fake.requests.length;
    const response = await trainer.post('/api/exercises/probe/suggest', { provider: 'local:modell', count: 3 });
    expect(response.status, response.text).toBe(200);
    expect(response.json.cases).toEqual([
      {
        id: 'vorschlag-1',
        description: 'Ein Antrag mit Tippfehler in der Nummer',
        vars: { nummer: 'A-1O0', name: 'Petra Probe' },
      },
      { id: 'vorschlag-2', description: 'Ohne Namen', vars: { nummer: '4711' } },
    ]);
    // The model saw the brief and public inputs, never a hidden case.
    const sent = JSON.stringify(server.fake.requests.slice(before).map((r) => r.body));
    expect(sent).toContain('A-100');
    // The name in a case went out replaced (the data guard's default for models outside the house).
    expect(sent).not.toContain('Erika Muster');
    expect(sent).toContain('[Person 1]');
    expect(sent).not.toContain('GEHEIM-4711');
    const files = (await trainer.call('/api/exercises/probe/export')).json;
    expect(files.evals).not.toContain('vorschlag-1');
  });

  it('answers 502 when the model gives nothing usable', async () => {
    answer = 'Leider kann ich das nicht.';
    const response = await trainer.post('/api/exercises/probe/suggest', { provider: 'local:modell' });
    expect(response.status).toBe(502);
  });
});
