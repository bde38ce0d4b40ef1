import { startFake, type FakeOptions, type FakeServer } from './core.ts';
import type { Answer, Protocol } from './protocol.ts';

/** Ollama /api/chat: JSON, or NDJSON lines with `done: false` … a final `done: true` line with counts. */

interface Message {
  role: string;
  content: string;
}

const createdAt = () => new Date().toISOString();

const finalFields = (answer: Answer) => ({
  done_reason: answer.truncated ? 'length' : 'stop',
  done: true,
  total_duration: 1_000_000,
  load_duration: 100_000,
  prompt_eval_count: answer.inputTokens,
  prompt_eval_duration: 200_000,
  eval_count: answer.outputTokens,
  eval_duration: 700_000,
});

const line = (value: object) => `${JSON.stringify(value)}\n`;

const ollama: Protocol = {
  path: '/api/chat',
  basePath: '',
  checkKey: (headers, key) =>
    headers.authorization === `Bearer ${key}` ? undefined : { status: 401, body: { error: 'unauthorized' } },
  promptOf: (body) => ((body.messages as Message[] | undefined) ?? []).map((m) => m.content).join('\n'),
  maxTokensOf: (body) => (body.options as { num_predict?: number } | undefined)?.num_predict,
  // Ollama streams unless told otherwise.
  isStreaming: (body) => body.stream !== false,
  streamContentType: 'application/x-ndjson',
  json: (answer, body) => ({
    model: body.model,
    created_at: createdAt(),
    message: { role: 'assistant', content: answer.text },
    ...finalFields(answer),
  }),
  frames: (answer, body) => [
    ...answer.pieces.map((piece) =>
      line({ model: body.model, created_at: createdAt(), message: { role: 'assistant', content: piece }, done: false }),
    ),
    line({
      model: body.model,
      created_at: createdAt(),
      message: { role: 'assistant', content: '' },
      ...finalFields(answer),
    }),
  ],
  incomplete: (body) => ({ model: body.model, created_at: createdAt(), done: true }),
  garbageFrame: '{"model": "kaputt", "message": \n',
  error: (kind, retryAfterMs, message) => {
    if (kind === '429') {
      return {
        status: 429,
        body: { error: message ?? 'too many requests' },
        headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
      };
    }
    if (kind === '500')
      return { status: 500, body: { error: message ?? 'llama runner process has terminated: exit status 2' } };
    return { status: 404, body: { error: message ?? 'model "unbekannt" not found, try pulling it first' } };
  },
};

/** A server that speaks Ollama's /api/chat protocol; `url` is the host, like OLLAMA_HOST. */
export const startFakeOllama = (options?: FakeOptions): Promise<FakeServer> => startFake(ollama, options);
