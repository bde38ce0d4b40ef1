import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiClient, type ApiClient } from '../contract/client.ts';
import { OPENAI_KEY, startRequest, TRAINER_PASSWORD } from '../contract/fixture.ts';
import { freshAddress } from '../contract/world.ts';
import { startTestServer, type TestServer } from './setup.ts';

// The fake accepts only this key: a call that works proves the stored key reached the SDK.
const KEY = 'sk-im-browser-eingetragen-schluessel-9876';
const logged: string[] = [];

let server: TestServer;
let trainer: ApiClient;
let team: ApiClient;

beforeAll(async () => {
  for (const method of ['log', 'warn', 'error', 'info'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
  }
  server = await startTestServer({ access: 'network', fake: { apiKey: KEY } });
  const target = (path: string, init?: RequestInit) => fetch(server.url + path, init);
  trainer = createApiClient(target, { headers: freshAddress() });
  await trainer.post('/api/session/trainer', { password: TRAINER_PASSWORD });
  const workshop = await trainer.post('/api/workshops', { title: 'Schlüssel', exercises: ['antrag-bestaetigen'] });
  team = createApiClient(target, { headers: freshAddress() });
  await team.post('/api/session/join', { code: workshop.json.code, team: 'Team Schlüssel' });
});
afterAll(async () => {
  await server.stop();
  vi.restoreAllMocks();
});

const endpoint = (apiKey: string | null | undefined) => ({
  kind: 'compatible',
  label: 'KI des Landkreises',
  base_url: server.fake.url,
  in_house: true,
  models: [{ id: 'modell', label: 'Modell im Haus', price: { input: 0.1, output: 0.2 } }],
  ...(apiKey === undefined ? {} : { api_key: apiKey }),
});

describe('providers a trainer connects in the UI', () => {
  it('stores the key encrypted and shows only its last four characters', async () => {
    const saved = await trainer.request('PUT', '/api/provider-settings/landkreis', endpoint(KEY));
    expect(saved.status, saved.text).toBe(200);
    expect(saved.json).toMatchObject({
      name: 'landkreis',
      kind: 'compatible',
      label: 'KI des Landkreises',
      in_house: true,
      base_url: server.fake.url,
      key: { source: 'stored', last4: '9876' },
      stored: true,
      available: true,
    });
    const list = await trainer.call('/api/provider-settings');
    expect(list.json.map((p: { name: string }) => p.name)).toContain('landkreis');
    // Saving again without a key keeps the stored one.
    const renamed = await trainer.request('PUT', '/api/provider-settings/landkreis', {
      ...endpoint(undefined),
      label: 'Landkreis-KI',
    });
    expect(renamed.json).toMatchObject({ label: 'Landkreis-KI', key: { source: 'stored', last4: '9876' } });
  });

  it('tests the connection with one small call and tells the answer or the error in German', async () => {
    const ok = await trainer.post('/api/provider-settings/landkreis/test', {});
    expect(ok.json).toMatchObject({ ok: true, model: 'modell' });
    expect(ok.json.message).toMatch(/^Landkreis-KI antwortet: „.+“$/);
    expect(ok.json.latency_ms).toBeGreaterThanOrEqual(0);
    await trainer.request('PUT', '/api/provider-settings/falsch', {
      ...endpoint('sk-ein-falscher-schluessel-0000'),
      label: 'Falsch',
    });
    const wrong = await trainer.post('/api/provider-settings/falsch/test', {});
    expect(wrong.json).toMatchObject({ ok: false, latency_ms: null });
    expect(wrong.json.message).toMatch(/Schlüssel|abgelehnt|401/);
    expect(wrong.json.message).not.toContain('sk-ein-falscher');
    expect((await trainer.request('DELETE', '/api/provider-settings/falsch')).status).toBe(204);
    expect((await trainer.request('DELETE', '/api/provider-settings/falsch')).status).toBe(404);
  });

  it("lets teams run on it: the stored key reaches the provider's SDK", async () => {
    const run = await team.post(
      '/api/runs',
      startRequest({ targets: [{ provider: 'landkreis:modell' }], cases: ['offen-1'] }),
    );
    expect(run.status, run.text).toBe(201);
    await team.events(run.json.id);
    const stored = await team.call(`/api/runs/${run.json.id}`);
    expect(stored.json.results[0]).toMatchObject({ error: null });
    expect(server.fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('lets a key from the environment win over a stored one', async () => {
    const saved = await trainer.request('PUT', '/api/provider-settings/openai', {
      kind: 'openai',
      api_key: 'sk-gespeichert-aber-zweitrangig-1111',
    });
    expect(saved.json.key).toEqual({ source: 'env', last4: OPENAI_KEY.slice(-4) });
  });

  it('refuses bad settings with 400 naming the field', async () => {
    const cases: [string, unknown, string][] = [
      ['/api/provider-settings/landkreis', { ...endpoint(KEY), base_url: 'ftp://x' }, 'base_url'],
      ['/api/provider-settings/landkreis', { ...endpoint(KEY), models: [] }, 'models'],
      ['/api/provider-settings/openai', { kind: 'anthropic' }, 'kind'],
      ['/api/provider-settings/demo', endpoint(KEY), 'name'],
      ['/api/provider-settings/Gross', endpoint(KEY), 'name'],
    ];
    for (const [path, body, field] of cases) {
      const response = await trainer.request('PUT', path, body);
      expect(response.status, `${path} ${response.text}`).toBe(400);
      expect(response.json.error.field).toBe(field);
    }
    expect((await team.request('PUT', '/api/provider-settings/landkreis', endpoint(KEY))).status).toBe(403);
  });

  it('never lets a key appear in a response, a log line or the database in clear', () => {
    const responses = [...trainer.transcript, ...team.transcript].join('\n');
    for (const secret of [KEY, 'sk-gespeichert-aber-zweitrangig-1111', 'sk-ein-falscher-schluessel-0000', OPENAI_KEY]) {
      expect(responses).not.toContain(secret);
      expect(logged.join('\n')).not.toContain(secret);
      const dataDir = dirname(server.dbFile);
      for (const file of readdirSync(dataDir)) {
        expect(readFileSync(join(dataDir, file)).includes(Buffer.from(secret)), `${file} holds ${secret}`).toBe(false);
      }
    }
    // The key that seals them lives beside the database, readable by this user only.
    expect(statSync(join(dirname(server.dbFile), 'secret.key')).mode & 0o777).toBe(0o600);
  });
});
