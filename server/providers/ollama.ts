// The browser entry: the default one pulls in node:fs, and this must run on Workers too.
import { Ollama, type ChatRequest as OllamaChatRequest, type ChatResponse as OllamaChatResponse } from 'ollama/browser';
import { badResponse, brokenStream, toProviderError, type FailureFacts } from './errors.ts';
import type { ChatAdapter, ChatRequest, FinishReason } from './types.ts';

export interface OllamaAdapterOptions {
  /** As in OLLAMA_HOST: `http://gpu-server:11434`, `127.0.0.1:11434`, … */
  host: string;
  fetch?: typeof fetch;
  /** Names the provider in error messages. */
  label?: string;
}

/** What ollama-js throws when a stream ends without its final `done` line. */
const STREAM_ENDED_EARLY = 'Did not receive done or success response in stream.';

const finishOf = (reason: string | undefined): FinishReason =>
  reason === 'stop' ? 'stop' : reason === 'length' ? 'length' : 'other';

const usageOf = (final: OllamaChatResponse) => ({
  // Ollama leaves prompt_eval_count out when the prompt came from its cache.
  inputTokens: final.prompt_eval_count ?? 0,
  outputTokens: final.eval_count ?? 0,
});

/** ollama-js reports HTTP errors as `ResponseError` (not exported from the browser entry) and stream errors as plain Errors. */
function factsOf(error: unknown, response: Response | undefined, streamError: boolean): FailureFacts {
  const status = (error as { status_code?: unknown } | null)?.status_code;
  const httpError =
    (error instanceof Error && error.name === 'ResponseError' && typeof status === 'number') || streamError;
  return {
    httpError,
    status: typeof status === 'number' ? status : undefined,
    headers: response?.headers,
    detail: httpError && error instanceof Error ? error.message : undefined,
    unreachable: response === undefined,
  };
}

/** Ollama's /api/chat (NDJSON when streaming). One attempt; the registry adds retries, timeout and limits. */
export function createOllamaAdapter(options: OllamaAdapterOptions): ChatAdapter {
  const label = options.label ?? 'Ollama';
  const baseFetch = options.fetch ?? fetch;

  const paramsFor = (request: ChatRequest): OllamaChatRequest => ({
    model: request.model,
    messages: [
      ...(request.system ? [{ role: 'system', content: request.system }] : []),
      { role: 'user', content: request.user },
    ],
    options: { temperature: request.temperature, top_p: request.topP, num_predict: request.maxTokens },
  });

  return {
    async chat(request) {
      let response: Response | undefined;
      let text = '';
      const endedEarly = () =>
        text ? brokenStream(label) : badResponse(label, 'der Datenstrom enthielt keine Antwort');
      // ollama-js passes no caller signal (and for plain calls none at all), so the signal is joined in here;
      // the last response is kept for its headers (retry-after), which ResponseError drops.
      const client = new Ollama({
        host: options.host,
        fetch: async (input, init) => {
          const signals = [init?.signal, request.signal].filter((s): s is AbortSignal => s != null);
          response = await baseFetch(input, { ...init, signal: signals.length ? AbortSignal.any(signals) : undefined });
          return response;
        },
      });
      try {
        if (!request.onDelta) {
          const result = await client.chat({ ...paramsFor(request), stream: false });
          if (typeof result?.message?.content !== 'string') throw badResponse(label, 'kein Text in der Antwort');
          return { text: result.message.content, usage: usageOf(result), finishReason: finishOf(result.done_reason) };
        }
        const stream = await client.chat({ ...paramsFor(request), stream: true });
        let final: OllamaChatResponse | undefined;
        for await (const part of stream) {
          const delta = part.message?.content;
          if (delta) {
            text += delta;
            request.onDelta(delta);
          }
          if (part.done) final = part;
        }
        if (!final) throw endedEarly();
        return { text, usage: usageOf(final), finishReason: finishOf(final.done_reason) };
      } catch (error) {
        if (error instanceof Error && error.message === STREAM_ENDED_EARLY && !request.signal?.aborted)
          throw endedEarly();
        const ctx = { provider: label, signal: request.signal, secrets: [] };
        // Any other plain Error raised while reading the stream is an `{"error": …}` line from the server.
        const streamError = request.onDelta !== undefined && error?.constructor === Error && response?.ok === true;
        throw toProviderError(error, ctx, factsOf(error, response, streamError));
      }
    },
  };
}
