import { ProviderError, type ChatAdapter, type ChatRequest } from './types.ts';

/** What an adapter learned from its SDK about a failed call. */
export interface FailureFacts {
  /** HTTP status of an error answer; absent for an error event inside a stream. */
  status?: number;
  headers?: Headers;
  /** The provider's own error message, if it sent one. */
  detail?: string;
  /** An HTTP error answer (or a stream error event) was received. */
  httpError: boolean;
  /** No answer arrived at all: the server could not be reached. */
  unreachable: boolean;
}

export interface FailureContext {
  /** Provider label for messages, e.g. "OpenAI". */
  provider: string;
  signal?: AbortSignal;
  /** Removed from any provider text before it reaches a message. */
  secrets: (string | undefined)[];
}

export const cancelledError = (cause?: unknown): ProviderError =>
  new ProviderError('cancelled', 'Die Anfrage wurde abgebrochen.', { cause });

export const badResponse = (provider: string, detail: string, cause?: unknown): ProviderError =>
  new ProviderError('bad-response', `${provider} hat eine unerwartete Antwort geschickt: ${detail}.`, { cause });

export const brokenStream = (provider: string, cause?: unknown): ProviderError =>
  new ProviderError('network', `Die Verbindung zu ${provider} brach mitten in der Antwort ab.`, { cause });

/** Milliseconds the server asked us to wait: `retry-after-ms`, else `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function redact(text: string, secrets: FailureContext['secrets']): string {
  return secrets.reduce<string>(
    (out, secret) => (secret && secret.length >= 4 ? out.split(secret).join('***') : out),
    text,
  );
}

function httpError(facts: FailureFacts, ctx: FailureContext, cause: unknown): ProviderError {
  const { status } = facts;
  const detail = facts.detail ? redact(facts.detail, ctx.secrets) : undefined;
  const suffix = detail ? `: ${detail}` : '.';
  const p = ctx.provider;
  if (status === undefined) {
    return new ProviderError('server', `${p} meldete mitten in der Antwort einen Fehler${suffix}`, { cause });
  }
  if (status === 429) {
    return new ProviderError('rate-limit', `${p} meldet zu viele Anfragen (HTTP 429). Bitte warten Sie einen Moment.`, {
      status,
      retryAfterMs: parseRetryAfter(facts.headers),
      cause,
    });
  }
  if (status >= 500) {
    return new ProviderError('server', `${p} hat einen Serverfehler gemeldet (HTTP ${status})${suffix}`, {
      status,
      cause,
    });
  }
  if (status === 401 || status === 403) {
    // The provider's text may quote (part of) the key, so it stays out of the message.
    const message = `${p} hat den Zugang abgelehnt (HTTP ${status}). Bitte prüfen Sie den API-Schlüssel und seine Berechtigungen.`;
    return new ProviderError('auth', message, { status });
  }
  return new ProviderError('refused', `${p} hat die Anfrage abgelehnt (HTTP ${status})${suffix}`, { status, cause });
}

/** The innermost cause's message, e.g. "connect ECONNREFUSED 127.0.0.1:1" instead of "fetch failed". */
function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  return current instanceof Error ? current.message : String(current);
}

/** Maps any failure of one adapter call to a ProviderError with a German message that never contains a key. */
export function toProviderError(error: unknown, ctx: FailureContext, facts: FailureFacts): ProviderError {
  if (error instanceof ProviderError) return error;
  if (ctx.signal?.aborted) return cancelledError(error);
  if (facts.httpError) return httpError(facts, ctx, error);
  if (error instanceof SyntaxError) return badResponse(ctx.provider, 'kein gültiges JSON', error);
  if (facts.unreachable) {
    const reason = redact(rootMessage(error), ctx.secrets);
    return new ProviderError('network', `${ctx.provider} ist nicht erreichbar (${reason}).`, { cause: error });
  }
  return brokenStream(ctx.provider, error);
}

type AdapterResult = Awaited<ReturnType<ChatAdapter['chat']>>;

/**
 * An SDK-backed adapter: plain or streamed depending on whether the caller wants deltas, and whatever the SDK
 * throws becomes a ProviderError (keys redacted).
 */
export function sdkAdapter(options: {
  label: string;
  apiKey?: string;
  factsOf: (error: unknown) => FailureFacts;
  plain: (request: ChatRequest) => Promise<AdapterResult>;
  streamed: (request: ChatRequest, onDelta: (text: string) => void) => Promise<AdapterResult>;
}): ChatAdapter {
  const { label, apiKey, factsOf, plain, streamed } = options;
  return {
    async chat(request) {
      try {
        return request.onDelta ? await streamed(request, request.onDelta) : await plain(request);
      } catch (error) {
        throw toProviderError(error, { provider: label, signal: request.signal, secrets: [apiKey] }, factsOf(error));
      }
    },
  };
}
