import Anthropic, { APIConnectionError, APIError } from '@anthropic-ai/sdk';
import type { MessageCreateParamsBase, StopReason } from '@anthropic-ai/sdk/resources/messages';
import { badResponse, brokenStream, cancelledError, type FailureFacts, sdkAdapter } from './errors.ts';
import type { ChatAdapter, ChatRequest, FinishReason } from './types.ts';

export interface AnthropicAdapterOptions {
  apiKey: string;
  baseURL?: string;
  fetch?: typeof fetch;
  /** Names the provider in error messages. */
  label?: string;
}

/** The messages API requires max_tokens; this applies when the exercise sets none. */
export const ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;

/** Our own wrapper enforces the per-call timeout; an explicit SDK timeout also lifts its refusal of long plain calls. */
const SDK_TIMEOUT_MS = 60 * 60 * 1000;

const FINISH: Record<StopReason, FinishReason> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  refusal: 'content-filter',
  tool_use: 'other',
  pause_turn: 'other',
};

const finishOf = (reason: StopReason | null | undefined): FinishReason =>
  reason ? (FINISH[reason] ?? 'other') : 'other';

function factsOf(error: unknown): FailureFacts {
  const httpError = error instanceof APIError && !(error instanceof APIConnectionError);
  return {
    httpError,
    status: httpError ? error.status : undefined,
    headers: httpError ? error.headers : undefined,
    detail: httpError ? (error.apiMessage ?? undefined) : undefined,
    unreachable: error instanceof APIConnectionError,
  };
}

/** Anthropic messages API. One attempt; the registry adds retries, timeout and limits. */
export function createAnthropicAdapter(options: AnthropicAdapterOptions): ChatAdapter {
  const label = options.label ?? 'Anthropic';
  const client = new Anthropic({
    apiKey: options.apiKey,
    // SDK 1.x sends the key as `Authorization: Bearer`; the API documents `x-api-key`, so send exactly that.
    defaultHeaders: { 'x-api-key': options.apiKey, Authorization: null },
    // Explicit null keeps the SDK from reading ANTHROPIC_BASE_URL itself: configuration comes from the registry.
    baseURL: options.baseURL ?? null,
    fetch: options.fetch,
    maxRetries: 0,
    timeout: SDK_TIMEOUT_MS,
    // Every failure is reported through ProviderError; the SDK's own console output would only duplicate it.
    logLevel: 'off',
  });

  // temperature and topP are not sent: API version 2026-10-21 (SDK 1.x) no longer has sampling parameters.
  const paramsFor = (request: ChatRequest): MessageCreateParamsBase => ({
    model: request.model,
    max_tokens: request.maxTokens ?? ANTHROPIC_DEFAULT_MAX_TOKENS,
    system: request.system || undefined,
    messages: [{ role: 'user', content: request.user }],
  });

  async function plain(request: ChatRequest) {
    const message = await client.messages.create({ ...paramsFor(request), stream: false }, { signal: request.signal });
    if (!Array.isArray(message.content)) throw badResponse(label, 'kein Inhalt ("content") enthalten');
    const text = message.content.map((block) => (block.type === 'text' ? block.text : '')).join('');
    return {
      text,
      usage: { inputTokens: message.usage?.input_tokens ?? 0, outputTokens: message.usage?.output_tokens ?? 0 },
      finishReason: finishOf(message.stop_reason),
    };
  }

  async function streamed(request: ChatRequest, onDelta: (text: string) => void) {
    const stream = await client.messages.create({ ...paramsFor(request), stream: true }, { signal: request.signal });
    let text = '';
    let inputTokens = 0;
    let outputTokens = 0;
    let stopReason: StopReason | null = null;
    let stopped = false;
    for await (const event of stream) {
      if (event.type === 'message_start') {
        inputTokens = event.message.usage.input_tokens;
        outputTokens = event.message.usage.output_tokens;
      } else if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') {
        text += event.delta.text;
        onDelta(event.delta.text);
      } else if (event.type === 'message_delta') {
        stopReason = event.delta.stop_reason ?? stopReason;
        inputTokens = event.usage.input_tokens ?? inputTokens;
        outputTokens = event.usage.output_tokens;
      } else if (event.type === 'message_stop') {
        stopped = true;
      }
    }
    // The SDK ends the iteration quietly when the request is aborted.
    if (request.signal?.aborted) throw cancelledError();
    if (!stopped) throw text ? brokenStream(label) : badResponse(label, 'der Datenstrom enthielt keine Antwort');
    return { text, usage: { inputTokens, outputTokens }, finishReason: finishOf(stopReason) };
  }

  return sdkAdapter({ label, apiKey: options.apiKey, factsOf, plain, streamed });
}
