import OpenAI, { APIConnectionError, APIError } from 'openai';
import type { ChatCompletion, ChatCompletionCreateParamsBase } from 'openai/resources/chat/completions';
import { badResponse, brokenStream, cancelledError, type FailureFacts, sdkAdapter } from './errors.ts';
import type { ChatAdapter, ChatRequest, FinishReason, Usage } from './types.ts';

export interface OpenAIAdapterOptions {
  /** Absent for keyless OpenAI-compatible servers (vLLM, LM Studio): no Authorization header is sent then. */
  apiKey?: string;
  baseURL?: string;
  fetch?: typeof fetch;
  /** Names the provider in error messages. */
  label?: string;
  /**
   * OpenAI's current models take `max_completion_tokens`; many compatible servers only know `max_tokens`.
   * Default: `max_completion_tokens`.
   */
  maxTokensParam?: 'max_tokens' | 'max_completion_tokens';
}

type Finish = ChatCompletion.Choice['finish_reason'];

const FINISH: Record<Finish, FinishReason> = {
  stop: 'stop',
  length: 'length',
  content_filter: 'content-filter',
  tool_calls: 'other',
  function_call: 'other',
};

const toUsage = (usage: ChatCompletion['usage'] | null | undefined): Usage => ({
  // Some compatible servers omit usage; zero is what we can honestly count then.
  inputTokens: usage?.prompt_tokens ?? 0,
  outputTokens: usage?.completion_tokens ?? 0,
});

function factsOf(error: unknown): FailureFacts {
  const httpError = error instanceof APIError && !(error instanceof APIConnectionError);
  const detail = httpError ? (error.error as { message?: unknown } | undefined)?.message : undefined;
  return {
    httpError,
    status: httpError ? error.status : undefined,
    headers: httpError ? error.headers : undefined,
    detail: typeof detail === 'string' ? detail : undefined,
    unreachable: error instanceof APIConnectionError,
  };
}

/** OpenAI chat.completions, also for every OpenAI-compatible endpoint. One attempt; the registry adds the rest. */
export function createOpenAIAdapter(options: OpenAIAdapterOptions): ChatAdapter {
  const label = options.label ?? 'OpenAI';
  const client = new OpenAI({
    // The SDK refuses to start without a credential; for keyless servers the header is dropped below.
    apiKey: options.apiKey ?? 'not-needed',
    defaultHeaders: options.apiKey ? undefined : { Authorization: null },
    // Explicit nulls keep the SDK from reading process.env: configuration comes from the registry only.
    baseURL: options.baseURL ?? null,
    organization: null,
    project: null,
    fetch: options.fetch,
    maxRetries: 0,
    // Every failure is reported through ProviderError; the SDK's own console output would only duplicate it.
    logLevel: 'off',
  });

  const paramsFor = (request: ChatRequest): ChatCompletionCreateParamsBase => ({
    model: request.model,
    messages: [
      ...(request.system ? [{ role: 'system' as const, content: request.system }] : []),
      { role: 'user' as const, content: request.user },
    ],
    temperature: request.temperature,
    top_p: request.topP,
    [options.maxTokensParam ?? 'max_completion_tokens']: request.maxTokens,
  });

  async function plain(request: ChatRequest) {
    const completion = await client.chat.completions.create(
      { ...paramsFor(request), stream: false },
      { signal: request.signal },
    );
    const choice = completion.choices?.[0];
    if (!choice) throw badResponse(label, 'keine Auswahl ("choices") enthalten');
    const text = choice.message?.content ?? choice.message?.refusal;
    if (typeof text !== 'string' && choice.finish_reason !== 'content_filter') {
      throw badResponse(label, 'kein Text in der Antwort');
    }
    return {
      text: text ?? '',
      usage: toUsage(completion.usage),
      finishReason: FINISH[choice.finish_reason] ?? 'other',
    };
  }

  async function streamed(request: ChatRequest, onDelta: (text: string) => void) {
    const stream = await client.chat.completions.create(
      { ...paramsFor(request), stream: true, stream_options: { include_usage: true } },
      { signal: request.signal },
    );
    let text = '';
    let finish: Finish | undefined;
    let usage: ChatCompletion['usage'];
    for await (const chunk of stream) {
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (delta) {
        text += delta;
        onDelta(delta);
      }
      finish = choice?.finish_reason ?? finish;
      usage = chunk.usage ?? usage;
    }
    // The SDK ends the iteration quietly when the request is aborted.
    if (request.signal?.aborted) throw cancelledError();
    if (!finish) throw text ? brokenStream(label) : badResponse(label, 'der Datenstrom enthielt keine Antwort');
    return { text, usage: toUsage(usage), finishReason: FINISH[finish] ?? 'other' };
  }

  return sdkAdapter({ label, apiKey: options.apiKey, factsOf, plain, streamed });
}
