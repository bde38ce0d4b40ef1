import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { LiveTiming } from '../../server/http/deps.ts';
import { startNodeServer, type NodeServer } from '../../server/node/serve.ts';
import type { ExerciseInput } from '../../server/schema/exercise.ts';
import type { FixtureInput } from '../../server/schema/fixture.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeOptions, FakeServer } from '../fakes/core.ts';

export const EXERCISE_ID = 'antrag-bestaetigen';
export const OPENAI_KEY = 'sk-test-geheimer-schluessel-1234567890';

/** What only hidden cases hold; none of it may appear in any response. */
export const SECRETS = ['GEHEIM-4711', 'Verborgene Person Zett', 'GEHEIMREFERENZ-0815', 'geheim-fall', 'zweiter-geheimer'];

export const exercise: ExerciseInput = {
  id: EXERCISE_ID,
  title: 'Eingang eines Antrags bestätigen',
  level: 1,
  tags: ['test'],
  task: 'Bestätigen Sie den Eingang eines Antrags.',
  context: { amt: 'Bürgeramt Musterstadt' },
  starter: { system: 'Sie arbeiten im {{amt}}.', user: 'Bestätige Antrag {{nummer}} von {{name}}.' },
};

export const fixture: FixtureInput = {
  exercise: EXERCISE_ID,
  pass: 1,
  cases: [
    {
      id: 'offen-1',
      description: 'Ein gewöhnlicher Antrag',
      vars: { nummer: 'A-100', name: 'Erika Muster', hinweis: 'eilig' },
      reference: 'Ihr Antrag A-100 ist eingegangen.',
      assert: [{ type: 'contains', value: 'A-100' }],
    },
    {
      id: 'geheim-fall',
      hidden: true,
      vars: { nummer: 'GEHEIM-4711', name: 'Verborgene Person Zett' },
      reference: 'GEHEIMREFERENZ-0815',
      assert: [{ type: 'contains', value: 'GEHEIM-4711' }],
    },
    {
      id: 'offen-2',
      vars: { nummer: 'A-200', name: 'Max Beispiel', hinweis: 'normal' },
      assert: [{ type: 'contains', value: 'A-200' }],
    },
    {
      id: 'zweiter-geheimer',
      hidden: true,
      vars: { nummer: 'GEHEIM-4711-B', name: 'Verborgene Person Zett', hinweis: 'GEHEIM-4711' },
      reference: 'GEHEIMREFERENZ-0815',
      assert: [{ type: 'contains', value: 'GEHEIM-4711' }],
    },
  ],
};

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

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  comment?: string;
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

/** A minimal SSE reader for the tests (no EventSource in Node 20): blank-line separated fields. */
async function* parseSse(body: ReadableStream<Uint8Array>, onText: (chunk: string) => void) {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const chunk of body) {
    const text = decoder.decode(chunk, { stream: true });
    onText(text);
    buffer += text;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const message: SseMessage = {};
      for (const line of block.split('\n')) {
        const colon = line.indexOf(':');
        const [field, value] = colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).replace(/^ /, '')];
        if (field === '') message.comment = value;
        else if (field === 'data') message.data = message.data === undefined ? value : `${message.data}\n${value}`;
        else if (field === 'id' || field === 'event') message[field] = value;
      }
      yield message;
    }
  }
}

/** The run events of a stream (without comments), parsed. */
export const runEvents = (messages: SseMessage[]) =>
  messages.filter((m) => m.data !== undefined).map((m) => ({ id: Number(m.id), ...JSON.parse(m.data!) }));

export const startRequest = (overrides: Record<string, unknown> = {}) => ({
  exercise: EXERCISE_ID,
  prompt: exercise.starter,
  targets: [{ provider: 'demo:basis' }],
  cache: false,
  ...overrides,
});
