import { afterEach, describe, expect, it } from 'vitest';
import { UNGUARDED } from '../../server/guard/call-guard.ts';
import { parseProvidersConfig, providersConfigSchema } from '../../server/providers/config.ts';
import { createProviderRegistry, splitProviderId } from '../../server/providers/registry.ts';
import { ProviderError, type ProviderInfo } from '../../server/providers/types.ts';
import type { FakeServer } from '../fakes/core.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';

const OPENAI_KEY = 'sk-proj-geheim-AAAA1111';
const ANTHROPIC_KEY = 'sk-ant-geheim-BBBB2222';
const EU_KEY = 'eu-geheim-CCCC3333';
const KEYS = [OPENAI_KEY, ANTHROPIC_KEY, EU_KEY];

const configText = `
providers:
  openai:
    models:
      - { id: gpt-4o-mini, label: GPT-4o mini, price: { input: 1, output: 2 } }
      - { id: ohne-preis }
endpoints:
  eu-cloud:
    base_url: https://api.eu-cloud.example/v1
    api_key_env: EU_CLOUD_API_KEY
    label: EU-Cloud
  vllm:
    base_url: http://localhost:8000/v1
    in_house: true
    models: [{ id: llama-3.3-70b }]
`;

const servers: FakeServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const byName = (list: ProviderInfo[]) => Object.fromEntries(list.map((info) => [info.name, info]));

async function rejection(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe('provider registry: list()', () => {
  it('lists every provider with a German reason when it is unavailable', () => {
    const config = parseProvidersConfig(configText, 'promptathon.config.yaml');
    const providers = byName(createProviderRegistry({ env: {}, config }).list());
    expect(Object.keys(providers)).toEqual(['demo', 'openai', 'anthropic', 'ollama', 'eu-cloud', 'vllm']);
    expect(providers.demo).toMatchObject({
      available: true,
      inHouse: true,
      kind: 'demo',
      label: 'Demo (keine echte KI)',
    });
    expect(providers.demo?.models.map((m) => m.id)).toContain('basis');
    expect(providers.openai).toMatchObject({ available: false, reason: 'OPENAI_API_KEY ist nicht gesetzt.' });
    expect(providers.anthropic).toMatchObject({ available: false, reason: 'ANTHROPIC_API_KEY ist nicht gesetzt.' });
    expect(providers.ollama?.available).toBe(false);
    expect(providers.ollama?.reason).toContain('OLLAMA_HOST');
    expect(providers['eu-cloud']).toMatchObject({
      available: false,
      reason: 'EU_CLOUD_API_KEY ist nicht gesetzt.',
      label: 'EU-Cloud',
      inHouse: false,
    });
    // A keyless endpoint is available as it is.
    expect(providers.vllm).toMatchObject({ available: true, inHouse: true, kind: 'openai', label: 'vllm' });
    expect(providers.vllm?.models).toEqual([{ id: 'llama-3.3-70b', label: 'llama-3.3-70b' }]);
  });

  it('makes providers available from the environment and never shows a key', () => {
    const config = parseProvidersConfig(configText, 'promptathon.config.yaml');
    const env = {
      OPENAI_API_KEY: OPENAI_KEY,
      ANTHROPIC_API_KEY: ANTHROPIC_KEY,
      EU_CLOUD_API_KEY: EU_KEY,
      OLLAMA_HOST: '127.0.0.1:11434',
    };
    const list = createProviderRegistry({ env, config }).list();
    expect(list.every((info) => info.available && info.reason === undefined)).toBe(true);
    const shown = JSON.stringify(list);
    for (const key of KEYS) expect(shown).not.toContain(key);
  });

  it('treats an empty variable as unset and takes the Ollama host from the config file', () => {
    const config = providersConfigSchema.parse({
      providers: { ollama: { host: 'http://gpu-server:11434', in_house: false } },
    });
    const providers = byName(createProviderRegistry({ env: { OPENAI_API_KEY: '  ' }, config }).list());
    expect(providers.openai?.available).toBe(false);
    expect(providers.ollama).toMatchObject({ available: true, inHouse: false });
  });

  it('offers default models with labels and prices for OpenAI and Anthropic', () => {
    const providers = byName(createProviderRegistry({ env: {} }).list());
    for (const name of ['openai', 'anthropic']) {
      const models = providers[name]?.models ?? [];
      expect(models.length).toBeGreaterThan(1);
      expect(models.every((m) => m.label && m.price && m.price.output >= m.price.input)).toBe(true);
    }
  });
});

describe('provider registry: chat()', () => {
  it('splits the provider id at the first colon only', () => {
    expect(splitProviderId('ollama:llama3.1:8b')).toEqual({ name: 'ollama', model: 'llama3.1:8b' });
    for (const bad of ['ollama', ':x', 'openai:']) expect(() => splitProviderId(bad)).toThrow(ProviderError);
  });

  it('refuses unknown and unavailable providers with kind unavailable', async () => {
    const registry = createProviderRegistry({ env: {} });
    const unknown = await rejection(registry.chat('gibtsnicht:modell', { guard: UNGUARDED, user: 'Hallo' }));
    expect(unknown.kind).toBe('unavailable');
    expect(unknown.message).toContain('gibtsnicht');
    const missing = await rejection(registry.chat('openai:gpt-4o-mini', { guard: UNGUARDED, user: 'Hallo' }));
    expect(missing).toMatchObject({
      kind: 'unavailable',
      message: expect.stringContaining('OPENAI_API_KEY ist nicht gesetzt'),
    });
  });

  it('computes the cost from the model price, and leaves it open for unpriced models', async () => {
    const fake = await startFakeOpenAI();
    servers.push(fake);
    const config = parseProvidersConfig(configText, 'promptathon.config.yaml');
    const registry = createProviderRegistry({ env: { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: fake.url }, config });
    const priced = await registry.chat('openai:gpt-4o-mini', {
      guard: UNGUARDED,
      user: 'Wie beantrage ich einen Bewohnerparkausweis?',
    });
    const { inputTokens, outputTokens } = priced.usage;
    expect(inputTokens).toBeGreaterThan(0);
    expect(priced.costEur).toBeCloseTo((inputTokens * 1 + outputTokens * 2) / 1_000_000, 12);
    // Not listed, yet accepted: any model id goes through.
    const unpriced = await registry.chat('openai:gpt-9-unbekannt', { guard: UNGUARDED, user: 'Hallo' });
    expect(unpriced.costEur).toBeUndefined();
    expect(fake.requests.map((r) => r.body.model)).toEqual(['gpt-4o-mini', 'gpt-9-unbekannt']);
  });

  it('runs the demo provider for free', async () => {
    const response = await createProviderRegistry({ env: {} }).chat('demo:basis', {
      guard: UNGUARDED,
      user: 'Wann wird Sperrmüll abgeholt?',
    });
    expect(response.text.length).toBeGreaterThan(0);
    expect(response.costEur).toBe(0);
  });

  it('measures the latency of the call', async () => {
    const fake = await startFakeOllama({ latencyMs: 60 });
    servers.push(fake);
    const response = await createProviderRegistry({ env: { OLLAMA_HOST: fake.url } }).chat('ollama:llama3.1:8b', {
      guard: UNGUARDED,
      user: 'Hallo',
    });
    expect(response.latencyMs).toBeGreaterThanOrEqual(50);
  });

  it('calls a keyless endpoint without Authorization and with max_tokens', async () => {
    const fake = await startFakeOpenAI();
    servers.push(fake);
    const config = providersConfigSchema.parse({ endpoints: { vllm: { base_url: fake.url, in_house: true } } });
    const registry = createProviderRegistry({ env: {}, config });
    await registry.chat('vllm:llama-3.3-70b', { guard: UNGUARDED, user: 'Hallo', maxTokens: 50 });
    const [request] = fake.requests;
    expect(request?.headers.authorization).toBeUndefined();
    expect(request?.body).toMatchObject({ model: 'llama-3.3-70b', max_tokens: 50 });
    expect(request?.body.max_completion_tokens).toBeUndefined();
  });

  it('sends an endpoint its key from the named variable and keeps it out of error messages', async () => {
    const fake = await startFakeOpenAI({
      apiKey: EU_KEY,
      faults: ['refused'],
      errorMessage: `Model not allowed for key ${EU_KEY}`,
    });
    servers.push(fake);
    const config = providersConfigSchema.parse({
      endpoints: { 'eu-cloud': { base_url: fake.url, api_key_env: 'EU_CLOUD_API_KEY' } },
    });
    const registry = createProviderRegistry({ env: { EU_CLOUD_API_KEY: EU_KEY }, config });
    const error = await rejection(registry.chat('eu-cloud:mistral-large', { guard: UNGUARDED, user: 'Hallo' }));
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${EU_KEY}`);
    expect(error.kind).toBe('refused');
    expect(error.message).toContain('Model not allowed for key ***');
    expect(error.message).not.toContain(EU_KEY);
  });
});
