// The Node server's provider threads: SDK calls run in worker threads, against local servers that speak each
// provider's wire protocol; streamed text, failures, cancelling and closing cross the thread boundary intact.
import { afterEach, describe, expect, it } from 'vitest';
import { UNGUARDED } from '../../server/guard/call-guard.ts';
import { Worker } from 'node:worker_threads';
import { startProviderThread, startProviderThreads, type ProviderThreads } from '../../server/node/provider-threads.ts';
import { parseProvidersConfig } from '../../server/providers/config.ts';
import { createProviderRegistry } from '../../server/providers/registry.ts';
import { ProviderError } from '../../server/providers/types.ts';
import { startFakeAnthropic } from '../fakes/anthropic.ts';
import type { FakeOptions, FakeServer } from '../fakes/core.ts';
import { startFakeOllama } from '../fakes/ollama.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';

const KEY = 'sk-geheim-DDDD4444';
/** A new thread loads tsx and compiles the adapters first: over a second on a busy machine. */
const THREAD_START = { timeout: 20_000 };
let threads: ProviderThreads | undefined;
const servers: FakeServer[] = [];
afterEach(async () => {
  await threads?.close();
  threads = undefined;
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function fake(start: (options?: FakeOptions) => Promise<FakeServer>, options?: FakeOptions) {
  const server = await start(options);
  servers.push(server);
  return server;
}

/** A registry whose network calls run in `count` threads (kept in `started`), without retries unless asked. */
function registryWith(
  env: Record<string, string>,
  { count = 2, retries = 0, started = [] as Worker[], onStarted = undefined as (() => void) | undefined } = {},
) {
  threads = startProviderThreads(count, {
    startThread: () => started[started.push(startProviderThread()) - 1]!,
    onStarted,
  });
  const config = parseProvidersConfig(`retries: ${retries}\nconcurrency: 8\n`, 'promptathon.config.yaml');
  return createProviderRegistry({
    env,
    config,
    adapters: threads.adapters,
    backoff: { baseDelayMs: 1, maxDelayMs: 5 },
  });
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.unreachable('the call should fail'),
    (err: unknown) => err as ProviderError,
  );

describe('provider threads', () => {
  it('tells the server once per thread that it has started (the server lowers its priority then)', async () => {
    const server = await fake(startFakeOpenAI);
    let online = 0;
    const started: Worker[] = [];
    const registry = registryWith(
      { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url },
      { count: 2, started, onStarted: () => online++ },
    );
    expect(online).toBe(0); // threads start with the first call, not before
    await Promise.all([1, 2, 3].map(() => registry.chat('openai:gpt-4o-mini', { guard: UNGUARDED, user: 'Hallo' })));
    await expect.poll(() => online, THREAD_START).toBe(started.length);
    expect(started.length).toBeGreaterThan(0);
  });

  it.each([
    ['OpenAI', startFakeOpenAI, (url: string) => ({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: url }), 'openai:gpt-4o-mini'],
    [
      'Anthropic',
      startFakeAnthropic,
      (url: string) => ({ ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: url }),
      'anthropic:claude',
    ],
    ['Ollama', startFakeOllama, (url: string) => ({ OLLAMA_HOST: url }), 'ollama:llama3.1:8b'],
  ])(
    'streams %s answers from a thread: the deltas add up to the text, before the call ends',
    async (_, start, env, id) => {
      const server = await fake(start, {
        chunksPerSecond: 50,
        reply: () => 'Sehr geehrte Frau Beispiel, anbei der Bescheid.',
      });
      const registry = registryWith(env(server.url));
      const deltas: string[] = [];
      let endedWithDeltas = -1;
      const response = await registry
        .chat(id, { guard: UNGUARDED, user: 'Bitte antworten', onDelta: (text) => deltas.push(text) })
        .finally(() => (endedWithDeltas = deltas.length));
      expect(response.text).toBe('Sehr geehrte Frau Beispiel, anbei der Bescheid.');
      expect(deltas.join('')).toBe(response.text);
      expect(endedWithDeltas).toBe(deltas.length);
      // Joined in the thread: fewer messages than words, more than one (the text came as it streamed).
      expect(deltas.length).toBeGreaterThan(1);
      expect(deltas.length).toBeLessThan(7);
      expect(response.usage.outputTokens).toBeGreaterThan(0);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('answers whole when nobody streams, and runs concurrent calls at once', async () => {
    // Long enough that every call is still waiting when the last thread has started.
    const server = await fake(startFakeOpenAI, { latencyMs: 2000 });
    const registry = registryWith({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url }, { count: 3 });
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) => registry.chat('openai:m', { guard: UNGUARDED, user: `Frage ${i}` })),
    );
    expect(new Set(answers.map((a) => a.text)).size).toBe(6);
    expect(server.maxInFlight).toBe(6);
    expect(server.requests.every((r) => r.body.stream !== true)).toBe(true);
  });

  it('keeps a failure what it was: kind, status and the wait a 429 asked for; retries work across the boundary', async () => {
    const server = await fake(startFakeOpenAI, { faults: ['429'], retryAfterMs: 7000 });
    const registry = registryWith({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url });
    const err = await failure(registry.chat('openai:m', { guard: UNGUARDED, user: 'Hallo' }));
    expect(err).toBeInstanceOf(ProviderError);
    expect(err).toMatchObject({ kind: 'rate-limit', options: { status: 429, retryAfterMs: 7000 } });
    expect(err.message).not.toContain(KEY);

    const flaky = await fake(startFakeOpenAI, { faults: ['500', '429'], retryAfterMs: 5 });
    const retrying = registryWith({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: flaky.url }, { retries: 2 });
    const deltas: string[] = [];
    const response = await retrying.chat('openai:m', {
      guard: UNGUARDED,
      user: 'Hallo',
      onDelta: (t) => deltas.push(t),
    });
    expect(flaky.requests.map((r) => r.fault)).toEqual(['500', '429', 'ok']);
    expect(deltas.join('')).toBe(response.text);
  });

  it('cancels a call in the thread when its signal aborts, and the thread serves the next call', async () => {
    const server = await fake(startFakeOpenAI, { faults: ['hang'] });
    const registry = registryWith({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url }, { count: 1 });
    const controller = new AbortController();
    const call = failure(registry.chat('openai:m', { guard: UNGUARDED, user: 'Hallo', signal: controller.signal }));
    await expect.poll(() => server.requests.length, THREAD_START).toBe(1);
    controller.abort();
    expect(await call).toMatchObject({ kind: 'cancelled' });
    const next = await registry.chat('openai:m', { guard: UNGUARDED, user: 'Noch einmal' });
    expect(next.text.length).toBeGreaterThan(0);
  });

  it('settles calls that end together one per turn of the event loop, so requests get in between', async () => {
    // A thread that answers its first two calls in one burst, as when many streams end at once, and says when both
    // answers are on their way.
    const posted = new Int32Array(new SharedArrayBuffer(4));
    const burst = `const { parentPort, workerData: posted } = require('node:worker_threads');
      const ids = [];
      parentPort.on('message', (m) => {
        if (m.type !== 'chat' || ids.push(m.id) < 2) return;
        for (const id of ids) {
          const result = { text: 'Antwort ' + id, usage: { inputTokens: 1, outputTokens: 1 }, finishReason: 'stop' };
          parentPort.postMessage({ type: 'done', id, result });
        }
        Atomics.store(posted, 0, 1);
        Atomics.notify(posted, 0);
      });`;
    threads = startProviderThreads(1, { startThread: () => new Worker(burst, { eval: true, workerData: posted }) });
    const adapter = threads.adapters({ kind: 'ollama', options: { host: 'http://127.0.0.1:9' } });
    let turns = 0;
    const settledAt: number[] = [];
    const calls = ['eins', 'zwei'].map((user) => adapter.chat({ model: 'm', user }).then(() => settledAt.push(turns)));
    // Both answers wait at the port before this thread reads either.
    expect(Atomics.wait(posted, 0, 0, 20_000)).toBe('ok');
    const tick = () => {
      turns++;
      if (settledAt.length < 2) setImmediate(tick);
    };
    tick();
    await Promise.all(calls);
    expect(settledAt[1]).toBeGreaterThan(settledAt[0]!);
  });

  it('fails the calls of a thread that dies as network errors, and the next call gets a new thread', async () => {
    const server = await fake(startFakeOpenAI, { faults: ['hang'] });
    const started: Worker[] = [];
    const registry = registryWith({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url }, { count: 1, started });
    const call = failure(registry.chat('openai:m', { guard: UNGUARDED, user: 'Hallo' }));
    await expect.poll(() => server.requests.length, THREAD_START).toBe(1);
    await started[0]!.terminate();
    expect(await call).toMatchObject({ kind: 'network', retryable: true });
    const next = await registry.chat('openai:m', { guard: UNGUARDED, user: 'Noch einmal' });
    expect(next.text.length).toBeGreaterThan(0);
    expect(started).toHaveLength(2);
  });

  it('fails calls still running when the threads close, as cancelled', async () => {
    const server = await fake(startFakeOpenAI, { faults: ['hang'] });
    const registry = registryWith({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: server.url });
    const call = failure(registry.chat('openai:m', { guard: UNGUARDED, user: 'Hallo' }));
    await expect.poll(() => server.requests.length, THREAD_START).toBe(1);
    await threads!.close();
    expect(await call).toMatchObject({ kind: 'cancelled' });
  });
});
