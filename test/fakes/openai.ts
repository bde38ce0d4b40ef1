import { startFake, type FakeOptions, type FakeServer } from './core.ts';
import { unixNow, type Answer, type Protocol, type RequestBody } from './protocol.ts';

/** OpenAI chat.completions: JSON, or SSE `data: {...}` chunks ending in `data: [DONE]`. */

interface Message {
  role: string;
  content: string;
}

const messagesOf = (body: RequestBody): Message[] => (body.messages as Message[] | undefined) ?? [];

const errorBody = (message: string, type: string, code: string | null) => ({
  error: { message, type, param: null, code },
});

const usageOf = (answer: Answer) => ({
  prompt_tokens: answer.inputTokens,
  completion_tokens: answer.outputTokens,
  total_tokens: answer.inputTokens + answer.outputTokens,
  prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  completion_tokens_details: {
    reasoning_tokens: 0,
    audio_tokens: 0,
    accepted_prediction_tokens: 0,
    rejected_prediction_tokens: 0,
  },
});

const finishOf = (answer: Answer) => (answer.truncated ? 'length' : 'stop');

const openai: Protocol = {
  path: '/v1/chat/completions',
  basePath: '/v1',
  checkKey: (headers, key) =>
    headers.authorization === `Bearer ${key}`
      ? undefined
      : { status: 401, body: errorBody('Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key') },
  promptOf: (body) =>
    messagesOf(body)
      .map((m) => m.content)
      .join('\n'),
  maxTokensOf: (body) => (body.max_completion_tokens ?? body.max_tokens) as number | undefined,
  isStreaming: (body) => body.stream === true,
  streamContentType: 'text/event-stream; charset=utf-8',
  json: (answer, body) => ({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: unixNow(),
    model: body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: answer.text, refusal: null, annotations: [] },
        logprobs: null,
        finish_reason: finishOf(answer),
      },
    ],
    usage: usageOf(answer),
    service_tier: 'default',
    system_fingerprint: 'fp_fake',
  }),
  frames: (answer, body) => {
    const chunk = (choices: unknown[], usage: unknown = null) =>
      `data: ${JSON.stringify({
        id: 'chatcmpl-fake',
        object: 'chat.completion.chunk',
        created: unixNow(),
        model: body.model,
        system_fingerprint: 'fp_fake',
        choices,
        usage,
      })}\n\n`;
    const delta = (d: object, finish: string | null = null) => ({
      index: 0,
      delta: d,
      logprobs: null,
      finish_reason: finish,
    });
    const includeUsage = (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
    return [
      chunk([delta({ role: 'assistant', content: '', refusal: null })]),
      ...answer.pieces.map((piece) => chunk([delta({ content: piece })])),
      chunk([delta({}, finishOf(answer))]),
      ...(includeUsage ? [chunk([], usageOf(answer))] : []),
      'data: [DONE]\n\n',
    ];
  },
  incomplete: (body) => ({
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: unixNow(),
    model: body.model,
    choices: [],
  }),
  garbageFrame: 'data: {"id": "chatcmpl-fake", "choices": [\n\n',
  error: (kind, retryAfterMs, message) => {
    if (kind === '429') {
      return {
        status: 429,
        body: errorBody(
          message ?? 'Rate limit reached for requests. Please try again shortly.',
          'requests',
          'rate_limit_exceeded',
        ),
        headers: { 'retry-after-ms': String(retryAfterMs), 'retry-after': String(Math.ceil(retryAfterMs / 1000)) },
      };
    }
    if (kind === '500') {
      return {
        status: 500,
        body: errorBody(message ?? 'The server had an error while processing your request.', 'server_error', null),
      };
    }
    return {
      status: 400,
      body: errorBody(
        message ?? "Invalid value for 'temperature': must be between 0 and 2.",
        'invalid_request_error',
        'invalid_value',
      ),
    };
  },
};

/** A server that speaks the OpenAI chat.completions protocol; `url` ends in `/v1` like the real base URL. */
export const startFakeOpenAI = (options?: FakeOptions): Promise<FakeServer> => startFake(openai, options);
