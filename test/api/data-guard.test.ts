import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createApiClient, type ApiClient } from '../contract/client.ts';
import { TRAINER_PASSWORD } from '../contract/fixture.ts';
import { runEvents } from '../contract/sse.ts';
import { freshAddress } from '../contract/world.ts';
import { startFakeAnthropic } from '../fakes/anthropic.ts';
import type { FakeServer } from '../fakes/core.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import type { RequestBody } from '../fakes/protocol.ts';
import { startTestServer, type TestServer } from './setup.ts';

// Planted personal data: none of it may reach a provider's wire while the guard replaces it.
const NAME = 'Katharina Wöllner';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const STEUER_ID = '86 095 742 719';
const EMAIL = 'k.woellner@example.de';
const CLERK = 'Petra Lindqvist';
const PLANTED = [NAME, IBAN, STEUER_ID, EMAIL, CLERK];

const LETTER = [
  'Sehr geehrte Damen und Herren,',
  `mein Name ist ${NAME}. Bitte erstatten Sie die Gebühr auf mein Konto ${IBAN}.`,
  `Meine Steuer-ID lautet ${STEUER_ID}, erreichbar bin ich unter ${EMAIL}.`,
  'Mit freundlichen Grüßen',
  NAME,
].join('\n');

const EXERCISE = 'erstattung';
const files = [
  {
    path: `prompts/${EXERCISE}.yaml`,
    text: stringify({
      id: EXERCISE,
      title: 'Erstattung beantworten',
      level: 1,
      task: 'Beantworten Sie die Bitte um Erstattung.',
      starter: { system: `Sie schreiben für ${CLERK}.`, user: 'Beantworte:\n{{brief}}' },
    }),
  },
  {
    path: `evals/${EXERCISE}.yaml`,
    text: stringify({
      exercise: EXERCISE,
      judge: 'anthropic:claude-haiku-4-5',
      cases: [
        {
          id: 'brief',
          vars: { brief: LETTER },
          assert: [
            { type: 'llm-rubric', value: `Spricht ${NAME} mit Namen an und nennt die IBAN.` },
            // Sees the answer with the real values, as without the guard: the echoed IBAN fails it.
            { type: 'no-pii' },
          ],
        },
      ],
    }),
  },
];

/** What a model answers: the stand-ins it received, so the restored answer must show the real values. */
const echoStandIns = (body: RequestBody) =>
  `Guten Tag ${[...new Set(JSON.stringify(body).match(/\[[\p{L}-]+ \d+\]/gu) ?? [])].join(' | ')}`;

let server: TestServer;
let anthropic: FakeServer;
let ollama: FakeServer;
let trainer: ApiClient;
let team: ApiClient;
let workshopId = '';

const fakes = () => [server.fake, anthropic, ollama];
/** Where each fake's request log stands now. */
const mark = () => fakes().map((fake) => fake.requests.length);
/** Every request body the providers received (since `from`). */
const wire = (from = [0, 0, 0]) =>
  fakes().flatMap((fake, i) => fake.requests.slice(from[i]).map((r) => JSON.stringify(r.body)));
const leaked = (bodies: string[]) =>
  PLANTED.filter((value) => bodies.some((body) => body.includes(JSON.stringify(value).slice(1, -1))));

const runOn = async (client: ApiClient, providers: string[], extra: Record<string, unknown> = {}) => {
  const started = await client.post('/api/runs', {
    exercise: EXERCISE,
    prompt: { system: `Sie schreiben für ${CLERK}.`, user: 'Beantworte:\n{{brief}}' },
    targets: providers.map((provider) => ({ provider })),
    cache: false,
    ...extra,
  });
  if (started.status !== 201) return { started, events: [], run: undefined };
  const events = runEvents(await client.events(started.json.id));
  const run = (await client.call(`/api/runs/${started.json.id}`)).json;
  if (client === team) teamRuns.push(run);
  return { started, events, run };
};
/** Every run of the team, as its records say: the dashboard's counts must add up to theirs. */
const teamRuns: { guard?: { replaced: Record<string, number>; confirmed: Record<string, number> } }[] = [];
const sumOf = (part: 'replaced' | 'confirmed') => {
  const sum: Record<string, number> = {};
  for (const { guard } of teamRuns)
    for (const [kind, n] of Object.entries(guard?.[part] ?? {})) sum[kind] = (sum[kind] ?? 0) + n;
  return sum;
};

const setGuard = async (settings: Record<string, unknown>) =>
  expect(
    (
      await trainer.call(`/api/workshops/${workshopId}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      })
    ).status,
  ).toBe(200);

beforeAll(async () => {
  anthropic = await startFakeAnthropic({ reply: (body) => `{"score": 1, "reason": "passt"} ${echoStandIns(body)}` });
  ollama = await startFakeOllama({ reply: echoStandIns });
  server = await startTestServer({
    access: 'network',
    files,
    fake: { reply: echoStandIns },
    env: { ANTHROPIC_API_KEY: 'sk-ant-test', ANTHROPIC_BASE_URL: anthropic.url, OLLAMA_HOST: ollama.url },
  });
  const target = (path: string, init?: RequestInit) => fetch(server.url + path, init);
  trainer = createApiClient(target, { headers: freshAddress() });
  expect((await trainer.post('/api/session/trainer', { password: TRAINER_PASSWORD })).status).toBe(204);
  const workshop = await trainer.post('/api/workshops', {
    title: 'Datenschutz',
    exercises: [EXERCISE],
    runs_per_minute: null,
    data_guard_in_house: true,
  });
  expect(workshop.status, workshop.text).toBe(201);
  expect(workshop.json).toMatchObject({ data_guard: 'pseudonymise', data_guard_replacement: 'placeholder' });
  workshopId = workshop.json.id;
  team = createApiClient(target, { headers: freshAddress() });
  expect((await team.post('/api/session/join', { code: workshop.json.code, team: 'Vorsicht' })).status).toBe(201);
});
afterAll(async () => {
  await server.stop();
  await anthropic.close();
  await ollama.close();
});

describe('the data guard at the wire', () => {
  it('pseudonymises runs and the judge for OpenAI, Anthropic and Ollama; attendees read the real values', async () => {
    const { events, run } = await runOn(team, [
      'openai:gpt-4o-mini',
      'anthropic:claude-haiku-4-5',
      'ollama:llama3.1:8b',
    ]);
    expect(run.status).toBe('done');
    const bodies = wire();
    // Three targets and the judge for each of their answers.
    expect(server.fake.requests).toHaveLength(1);
    expect(ollama.requests).toHaveLength(1);
    expect(anthropic.requests).toHaveLength(4);
    expect(leaked(bodies)).toEqual([]);
    expect(bodies.every((body) => body.includes('[IBAN 1]'))).toBe(true);
    expect(run.guard).toMatchObject({ policy: 'pseudonymise', replaced: { iban: 1, 'steuer-id': 1, email: 1 } });
    for (const result of run.results) {
      expect(result.output).toContain(IBAN);
      expect(result.output).not.toContain('[IBAN 1]');
      const noPii = result.assertions.find((a: { type: string }) => a.type === 'no-pii');
      expect(noPii).toMatchObject({ pass: false, reason: expect.stringContaining('IBAN') });
    }
    // Streamed text is restored too, also where a stand-in came split across two deltas.
    const streamed = events
      .filter((e) => e.type === 'delta')
      .map((e) => e.text)
      .join('');
    expect(streamed).toContain(IBAN);
    expect(streamed).not.toMatch(/\[IBAN/);
  });

  it('shows the attendee the prompt as it was sent, with the same stand-ins', async () => {
    const { run } = await runOn(team, ['openai:gpt-4o-mini']);
    const prompt = await team.call(`/api/runs/${run.id}/prompt?case=brief`);
    expect(prompt.json.user).toContain(IBAN);
    expect(prompt.json.sent.user).toContain('[IBAN 1]');
    expect(leaked([JSON.stringify(prompt.json.sent)])).toEqual([]);
    const body = JSON.stringify(server.fake.requests.at(-1)!.body);
    expect(body).toContain(JSON.stringify(prompt.json.sent.user).slice(1, -1));
  });

  it('gives the trainer counts per team, never the values', async () => {
    const dashboard = await trainer.call(`/api/workshops/${workshopId}/dashboard`);
    const row = dashboard.json.teams[0];
    expect(row.data_guard.replaced.iban).toBeGreaterThanOrEqual(2);
    expect(row.data_guard).toEqual({ replaced: sumOf('replaced'), confirmed: sumOf('confirmed') });
    expect(Object.keys(row.data_guard.replaced).length).toBeGreaterThan(1);
    expect(leaked([dashboard.text])).toEqual([]);
  });

  it('leaves in-house models alone unless the trainer applies the guard to them', async () => {
    await setGuard({ data_guard_in_house: false });
    const before = ollama.requests.length;
    await runOn(team, ['ollama:llama3.1:8b']);
    expect(leaked(ollama.requests.slice(before).map((r) => JSON.stringify(r.body)))).toContain(IBAN);
    await setGuard({ data_guard_in_house: true });
  });

  it('blocks with 422 listing kinds and places, before anything is sent', async () => {
    await setGuard({ data_guard: 'block' });
    const before = mark();
    const { started } = await runOn(team, ['openai:gpt-4o-mini']);
    expect(started.status).toBe(422);
    expect(started.json.error.field).toBe('prompt');
    expect(started.json.error.message).toMatch(/IBAN \(Fall „brief“\)/);
    expect(started.json.findings).toContainEqual(expect.objectContaining({ kind: 'iban', where: 'Fall „brief“' }));
    expect(leaked([started.text])).toEqual([]);
    expect(wire(before)).toEqual([]);
    // An in-house model may have it.
    await setGuard({ data_guard_in_house: false });
    expect((await runOn(team, ['ollama:llama3.1:8b'])).started.status).toBe(201);
  });

  it('names an unknown variable with 400 under block, as under any policy (nothing is sent)', async () => {
    await setGuard({ data_guard: 'block' });
    const before = mark();
    const refused = await team.post('/api/runs', {
      exercise: EXERCISE,
      prompt: { user: 'Beantworte {{gibtesnicht}}:\n{{brief}}' },
      targets: [{ provider: 'openai:gpt-4o-mini' }],
    });
    expect(refused.status, refused.text).toBe(400);
    expect(refused.json.error.field).toBe('prompt.user');
    expect(wire(before)).toEqual([]);
  });

  it('warns: the run goes out as it is only after the attendee confirms', async () => {
    await setGuard({ data_guard: 'warn' });
    const before = mark();
    const refused = await runOn(team, ['openai:gpt-4o-mini']);
    expect(refused.started.status).toBe(422);
    expect(refused.started.json.error.field).toBe('confirm_personal_data');
    expect(wire(before)).toEqual([]);
    const { run } = await runOn(team, ['openai:gpt-4o-mini'], { confirm_personal_data: true });
    expect(run.guard).toMatchObject({ policy: 'warn', confirmed: { iban: 1 } });
    expect(leaked([JSON.stringify(server.fake.requests.at(-1)!.body)])).toContain(IBAN);
  });

  it('sends as it is when off', async () => {
    await setGuard({ data_guard: 'off' });
    const { run } = await runOn(team, ['openai:gpt-4o-mini']);
    expect(run.guard).toBeUndefined();
    expect(leaked([JSON.stringify(server.fake.requests.at(-1)!.body)])).toContain(IBAN);
    await setGuard({ data_guard: 'pseudonymise' });
  });

  it("guards the trainer's trial runs and suggested cases with the server's default", async () => {
    const before = mark();
    const trial = await trainer.post(`/api/exercises/${EXERCISE}/trial`, { provider: 'openai:gpt-4o-mini' });
    expect(trial.status, trial.text).toBe(201);
    runEvents(await trainer.events(trial.json.id));
    await trainer.post(`/api/exercises/${EXERCISE}/suggest`, { provider: 'anthropic:claude-haiku-4-5', count: 2 });
    const sent = wire(before);
    expect(sent.length).toBeGreaterThanOrEqual(3);
    expect(leaked(sent)).toEqual([]);
  });
});
