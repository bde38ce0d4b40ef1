import { createServer } from 'node:http';
import { UNGUARDED } from '../../server/guard/call-guard.ts';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpFetch } from '../../server/node/http-fetch.ts';
import { providersConfigSchema } from '../../server/providers/config.ts';
import type { Env } from '../../server/providers/entries.ts';
import { createProviderRegistry } from '../../server/providers/registry.ts';
import { ProviderError } from '../../server/providers/types.ts';
import { startFakeAnthropic } from '../fakes/anthropic.ts';
import type { FakeOptions, FakeServer } from '../fakes/core.ts';
import { defaultReply } from '../fakes/protocol.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';

// Each adapter, through its official SDK, against a server speaking that provider's wire protocol,
// wrapped the way the app uses it: by the registry (limiter, timeout, retries).

const KEY = 'sk-test-geheim-0123456789';
const SYSTEM = 'Du bist Sachbearbeiterin im Bürgerbüro.';
const USER = 'Wann wird der Sperrmüll in der Musterstraße abgeholt?';
const EXPECTED_TEXT = defaultReply(`${SYSTEM}\n${USER}`);
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

interface Target {
  name: string;
  start: (options: FakeOptions) => Promise<FakeServer>;
  env: (url: string, key: string) => Env;
  providerId: string;
  /** Sends and checks an API key. */
  keyed: boolean;
  refused: { status: number; detail: string };
  /** ollama-js drops unparsable NDJSON lines itself, so a garbled stream looks like one that broke off. */
  garbledStreamKind: ProviderError['kind'];
  /** Node's own fetch, or the one over node:http that the Node server and CLI give the SDKs. */
  via: string;
  fetch: typeof fetch | undefined;
}

const providers: Omit<Target, 'fetch' | 'via'>[] = [
  {
    name: 'openai',
    start: startFakeOpenAI,
    env: (url, key) => ({ OPENAI_API_KEY: key, OPENAI_BASE_URL: url }),
    providerId: 'openai:gpt-4o-mini',
    keyed: true,
    refused: { status: 400, detail: "Invalid value for 'temperature'" },
    garbledStreamKind: 'bad-response',
  },
  {
    name: 'anthropic',
    start: startFakeAnthropic,
    env: (url, key) => ({ ANTHROPIC_API_KEY: key, ANTHROPIC_BASE_URL: url }),
    providerId: 'anthropic:claude-haiku-4-5',
    keyed: true,
    refused: { status: 400, detail: 'max_tokens: Field required' },
    garbledStreamKind: 'bad-response',
  },
  {
    name: 'ollama',
    start: startFakeOllama,
    env: (url) => ({ OLLAMA_HOST: url }),
    providerId: 'ollama:llama3.1:8b',
    keyed: false,
    refused: { status: 404, detail: 'model "unbekannt" not found' },
    garbledStreamKind: 'network',
  },
];
const targets: Target[] = providers.flatMap((provider) => [
  { ...provider, via: 'fetch', fetch: undefined },
  { ...provider, via: 'node:http', fetch: httpFetch },
]);

const servers: FakeServer[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setup(
  target: Target,
  fakeOptions: FakeOptions = {},
  config: { timeout_ms?: number; retries?: number } = {},
) {
  const fake = await target.start({ apiKey: target.keyed ? KEY : undefined, ...fakeOptions });
  servers.push(fake);
  const slept: number[] = [];
  const registry = createProviderRegistry({
    env: target.env(fake.url, KEY),
    fetch: target.fetch,
    config: providersConfigSchema.parse({ timeout_ms: 10_000, ...config }),
    backoff: { baseDelayMs: 2, maxDelayMs: 5_000 },
    sleep: async (ms) => {
      slept.push(ms);
    },
  });
  return { fake, registry, slept };
}

async function failure(promise: Promise<unknown>): Promise<ProviderError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProviderError);
  return error as ProviderError;
}

describe.each(targets)('$name adapter via $via', (target) => {
  it('answers a plain call with text, usage and finish reason', async () => {
    const { fake, registry } = await setup(target);
    const response = await registry.chat(target.providerId, {
      guard: UNGUARDED,
      system: SYSTEM,
      user: USER,
      temperature: 0.2,
    });
    expect(response.text).toBe(EXPECTED_TEXT);
    expect(response.usage).toEqual({
      inputTokens: wordCount(`${SYSTEM} ${USER}`),
      outputTokens: wordCount(EXPECTED_TEXT),
    });
    expect(response.finishReason).toBe('stop');
    expect(response.latencyMs).toBeGreaterThanOrEqual(0);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body.model).toBe(target.providerId.slice(target.providerId.indexOf(':') + 1));
  });

  it('streams deltas that add up to the text, with usage', async () => {
    const { fake, registry } = await setup(target);
    const deltas: string[] = [];
    const response = await registry.chat(target.providerId, {
      guard: UNGUARDED,
      system: SYSTEM,
      user: USER,
      onDelta: (d) => deltas.push(d),
    });
    expect(deltas.length).toBeGreaterThan(3);
    expect(deltas.join('')).toBe(response.text);
    expect(response.text).toBe(EXPECTED_TEXT);
    expect(response.usage.inputTokens).toBe(wordCount(`${SYSTEM} ${USER}`));
    expect(response.usage.outputTokens).toBe(wordCount(EXPECTED_TEXT));
    expect(fake.requests[0]?.body.stream).not.toBe(false);
  });

  it('reports a cut-off answer as finish reason "length"', async () => {
    const { registry } = await setup(target);
    const response = await registry.chat(target.providerId, { guard: UNGUARDED, user: USER, maxTokens: 3 });
    expect(response.finishReason).toBe('length');
    expect(wordCount(response.text)).toBe(3);
  });

  it('waits as long as a 429 asks and then succeeds', async () => {
    const { fake, registry, slept } = await setup(target, { faults: ['429', 'ok'], retryAfterMs: 2_000 });
    const response = await registry.chat(target.providerId, { guard: UNGUARDED, user: USER });
    expect(response.text).toContain('Sehr geehrte');
    expect(fake.requests.map((r) => r.fault)).toEqual(['429', 'ok']);
    expect(slept).toEqual([2_000]);
  });

  it('retries a 500 and then gives up with a clear server error', async () => {
    const { fake, registry, slept } = await setup(target, { faults: ['500', '500', '500', '500'] }, { retries: 3 });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER }));
    expect(error.kind).toBe('server');
    expect(error.options.status).toBe(500);
    expect(error.message).toMatch(/Serverfehler.*HTTP 500.*Alle 4 Versuche/);
    expect(fake.requests).toHaveLength(4);
    expect(slept).toHaveLength(3);
  });

  it('ends a hanging call with kind timeout and does not retry it', async () => {
    const { fake, registry } = await setup(target, { faults: ['hang'] }, { timeout_ms: 300 });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER }));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('0,3 Sekunden');
    expect(fake.requests).toHaveLength(1);
  });

  it('reports an aborted call as cancelled, without retry', async () => {
    const { fake, registry } = await setup(target, { faults: ['hang'] });
    const controller = new AbortController();
    const call = failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER, signal: controller.signal }));
    await vi.waitFor(() => expect(fake.requests).toHaveLength(1));
    controller.abort();
    expect((await call).kind).toBe('cancelled');
    expect(fake.requests).toHaveLength(1);
  });

  it('reports an abort in the middle of a stream as cancelled', async () => {
    const { registry } = await setup(target);
    const controller = new AbortController();
    const error = await failure(
      registry.chat(target.providerId, {
        guard: UNGUARDED,
        user: USER,
        signal: controller.signal,
        onDelta: () => controller.abort(),
      }),
    );
    expect(error.kind).toBe('cancelled');
  });

  it('does not retry a stream that broke off after text was shown', async () => {
    const { fake, registry } = await setup(target, { faults: ['broken-stream', 'ok'] });
    const deltas: string[] = [];
    const error = await failure(
      registry.chat(target.providerId, { guard: UNGUARDED, user: USER, onDelta: (d) => deltas.push(d) }),
    );
    expect(error.kind).toBe('network');
    expect(error.message).toContain('mitten in der Antwort ab');
    expect(error.message).toContain('Ein neuer Versuch unterbleibt');
    expect(deltas.length).toBeGreaterThan(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('retries a plain call whose answer broke off', async () => {
    const { fake, registry } = await setup(target, { faults: ['broken-stream', 'ok'] });
    const response = await registry.chat(target.providerId, { guard: UNGUARDED, user: USER });
    expect(response.text).toContain('Sehr geehrte');
    expect(fake.requests).toHaveLength(2);
  });

  it.each(['malformed', 'incomplete'] as const)('reports a %s body as bad-response, without retry', async (fault) => {
    const { fake, registry } = await setup(target, { faults: [fault] });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER }));
    expect(error.kind).toBe('bad-response');
    expect(fake.requests).toHaveLength(1);
  });

  it('reports a garbled stream', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {}); // ollama-js logs each line it cannot parse
    const { registry } = await setup(target, { faults: ['malformed'] });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER, onDelta: () => {} }));
    expect(error.kind).toBe(target.garbledStreamKind);
  });

  it("passes on the provider's reason when it refuses a call", async () => {
    const { fake, registry } = await setup(target, { faults: ['refused'] });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER }));
    expect(error.kind).toBe('refused');
    expect(error.options.status).toBe(target.refused.status);
    expect(error.message).toContain(target.refused.detail);
    expect(fake.requests).toHaveLength(1);
  });

  it('reports an unreachable server as network error', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const url = target.name === 'openai' ? `http://127.0.0.1:${port}/v1` : `http://127.0.0.1:${port}`;
    const registry = createProviderRegistry({
      env: target.env(url, KEY),
      fetch: target.fetch,
      config: providersConfigSchema.parse({ retries: 1 }),
      sleep: async () => {},
    });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER }));
    expect(error.kind).toBe('network');
    expect(error.message).toContain('nicht erreichbar');
  });
});

// Ollama has no keys; these hold for the keyed providers.
describe.each(targets.filter((t) => t.keyed))('$name adapter via $via with a key', (target) => {
  it('sends the key the way the real API expects it', async () => {
    const { fake, registry } = await setup(target);
    await registry.chat(target.providerId, { guard: UNGUARDED, user: USER });
    const headers = fake.requests[0]?.headers ?? {};
    if (target.name === 'anthropic') {
      expect(headers['x-api-key']).toBe(KEY);
      expect(headers.authorization).toBeUndefined();
    } else {
      expect(headers.authorization).toBe(`Bearer ${KEY}`);
    }
  });

  it('rejects a wrong key as auth error without showing the key', async () => {
    const fake = await target.start({ apiKey: 'der-richtige-schluessel' });
    servers.push(fake);
    const registry = createProviderRegistry({
      env: target.env(fake.url, KEY),
      fetch: target.fetch,
      sleep: async () => {},
    });
    const error = await failure(registry.chat(target.providerId, { guard: UNGUARDED, user: USER }));
    expect(error.kind).toBe('auth');
    expect(error.message).not.toContain(KEY);
    expect(error.message).toContain('API-Schlüssel');
    expect(fake.requests).toHaveLength(1);
  });
});
