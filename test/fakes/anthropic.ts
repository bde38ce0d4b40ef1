import { startFake, type FakeOptions, type FakeServer } from './core.ts';
import type { Answer, Protocol } from './protocol.ts';

/** Anthropic messages API: JSON, or SSE with named events (message_start … message_stop). */

interface Message {
  role: string;
  content: string | { type: string; text?: string }[];
}

const textOf = (content: Message['content']): string =>
  typeof content === 'string' ? content : content.map((block) => block.text ?? '').join('');

const errorBody = (type: string, message: string) => ({ type: 'error', error: { type, message } });

const stopOf = (answer: Answer) => (answer.truncated ? 'max_tokens' : 'end_turn');

const event = (name: string, data: object) => `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;

const anthropic: Protocol = {
  path: '/v1/messages',
  basePath: '',
  // The real API takes the key in x-api-key; a request without it is a 401.
  checkKey: (headers, key) =>
    headers['x-api-key'] === key
      ? undefined
      : { status: 401, body: errorBody('authentication_error', 'invalid x-api-key') },
  promptOf: (body) => {
    const system = typeof body.system === 'string' ? [body.system] : [];
    return [...system, ...((body.messages as Message[] | undefined) ?? []).map((m) => textOf(m.content))].join('\n');
  },
  maxTokensOf: (body) => body.max_tokens as number | undefined,
  isStreaming: (body) => body.stream === true,
  streamContentType: 'text/event-stream; charset=utf-8',
  json: (answer, body) => ({
    id: 'msg_fake',
    type: 'message',
    role: 'assistant',
    model: body.model,
    content: [{ type: 'text', text: answer.text }],
    stop_reason: stopOf(answer),
    stop_sequence: null,
    usage: {
      input_tokens: answer.inputTokens,
      output_tokens: answer.outputTokens,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  }),
  frames: (answer, body) => [
    event('message_start', {
      message: {
        id: 'msg_fake',
        type: 'message',
        role: 'assistant',
        model: body.model,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: answer.inputTokens,
          output_tokens: 1,
          cache_creation_input_tokens: 0,
          cache_read_input_tokens: 0,
        },
      },
    }),
    event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } }),
    event('ping', {}),
    ...answer.pieces.map((piece) =>
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: piece } }),
    ),
    event('content_block_stop', { index: 0 }),
    event('message_delta', {
      delta: { stop_reason: stopOf(answer), stop_sequence: null },
      usage: { output_tokens: answer.outputTokens },
    }),
    event('message_stop', {}),
  ],
  incomplete: (body) => ({ id: 'msg_fake', type: 'message', role: 'assistant', model: body.model }),
  garbageFrame: 'event: content_block_delta\ndata: {"type": "content_block_delta", "index": \n\n',
  error: (kind, retryAfterMs, message) => {
    if (kind === '429') {
      return {
        status: 429,
        body: errorBody(
          'rate_limit_error',
          message ?? 'Number of request tokens has exceeded your per-minute rate limit.',
        ),
        headers: { 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
      };
    }
    if (kind === '500') return { status: 500, body: errorBody('api_error', message ?? 'Internal server error') };
    return { status: 400, body: errorBody('invalid_request_error', message ?? 'max_tokens: Field required') };
  },
};

/** A server that speaks the Anthropic messages protocol; `url` is the origin, like the real base URL. */
export const startFakeAnthropic = (options?: FakeOptions): Promise<FakeServer> => startFake(anthropic, options);
