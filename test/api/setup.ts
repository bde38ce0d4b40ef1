import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { LiveTiming } from '../../server/http/deps.ts';
import { startNodeServer, type NodeServer } from '../../server/node/serve.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeOptions, FakeServer } from '../fakes/core.ts';
import { EXERCISE_ID, exercise, fixture, OPENAI_KEY } from './fixture.ts';
import { parseSse, type SseMessage } from './sse.ts';

export interface TestServer extends NodeServer {
  fake: FakeServer;
  dbFile: string;
  /** Every response body this server sent through `call` and `events`, for the leak checks. */
  transcript: string[];
  call(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; text: string; json: any }>;
  post(path: string, body: unknown): ReturnType<TestServer['call']>;
  events(runId: string, options?: EventOptions): Promise<SseMessage[]>;
  stop(): Promise<void>;
}

export interface EventOptions {
  headers?: Record<string, string>;
  query?: string;
  /** Stop reading (drop the connection) once this returns true for the messages so far. */
  until?: (messages: SseMessage[]) => boolean;
}

/**
 * The real Node server on a free port: a temp catalogue with hidden cases, a temp SQLite file, the demo
 * provider (slowed down a little so runs can be watched), OpenAI and a `local` endpoint on a fake server.
 */
export async function startTestServer(
  options: { fake?: FakeOptions; timing?: Partial<LiveTiming>; webDir?: string; demoDelayMs?: number } = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-api-'));
  mkdirSync(join(dir, 'prompts'));
  mkdirSync(join(dir, 'evals'));
  writeFileSync(join(dir, 'prompts', `${EXERCISE_ID}.yaml`), stringify(exercise));
  writeFileSync(join(dir, 'evals', `${EXERCISE_ID}.yaml`), stringify(fixture));
  const fake = await startFakeOpenAI(options.fake);
  const config = join(dir, 'promptathon.config.yaml');
  writeFileSync(
    config,
    stringify({
      retries: 0,
      timeout_ms: 5_000,
      providers: { demo: { delay_ms: options.demoDelayMs ?? 2 } },
      endpoints: { local: { base_url: fake.url } },
    }),
  );
  const dbFile = join(dir, 'data', 'test.db');
  const server = await startNodeServer({
    port: 0,
    dir,
    dbFile,
    configFile: config,
    env: { OPENAI_API_KEY: OPENAI_KEY, OPENAI_BASE_URL: fake.url },
    webDir: options.webDir ?? join(dir, 'kein-web'),
    timing: options.timing,
  });
  const transcript: string[] = [];

  const call: TestServer['call'] = async (path, init) => {
    const response = await fetch(server.url + path, init);
    const text = await response.text();
    transcript.push(text);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  };

  return {
    ...server,
    fake,
    dbFile,
    transcript,
    call,
    post: (path, body) =>
      call(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    events: async (runId, { headers, query, until } = {}) => {
      const abort = new AbortController();
      const response = await fetch(`${server.url}/api/runs/${runId}/events${query ?? ''}`, {
        headers,
        signal: abort.signal,
      });
      if (response.status !== 200) throw new Error(`events: ${response.status} ${await response.text()}`);
      const messages: SseMessage[] = [];
      let raw = '';
      try {
        for await (const message of parseSse(response.body!, (chunk) => (raw += chunk))) {
          messages.push(message);
          if (until?.(messages)) break;
        }
      } finally {
        abort.abort();
        transcript.push(raw);
      }
      return messages;
    },
    async stop() {
      await server.close();
      await fake.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const startRequest = (overrides: Record<string, unknown> = {}) => ({
  exercise: EXERCISE_ID,
  prompt: exercise.starter,
  targets: [{ provider: 'demo:basis' }],
  cache: false,
  ...overrides,
});
