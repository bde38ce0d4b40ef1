/** The one interface every model adapter implements. Web-standard only: runs on Node and Workers. */

export interface ChatRequest {
  model: string;
  system?: string;
  user: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  signal?: AbortSignal;
  /** Called with each text fragment as it streams in; when absent the adapter may skip streaming. */
  onDelta?: (text: string) => void;
}

export interface Usage {
  inputTokens: number;
  outputTokens: number;
}

export type FinishReason = 'stop' | 'length' | 'content-filter' | 'other';

export interface ChatResponse {
  text: string;
  usage: Usage;
  /** EUR, when the model's price is known. */
  costEur?: number;
  latencyMs: number;
  finishReason: FinishReason;
}

/** What an adapter itself does: one attempt, no retries, no timeout (the wrapper adds those). */
export interface ChatAdapter {
  chat(request: ChatRequest): Promise<Omit<ChatResponse, 'costEur' | 'latencyMs'>>;
}

export interface ModelInfo {
  id: string;
  label: string;
  /** EUR per million tokens. */
  price?: { input: number; output: number };
}

export interface ProviderInfo {
  /** `openai`, `anthropic`, `ollama`, `demo`, or a configured endpoint name. */
  name: string;
  label: string;
  kind: 'openai' | 'anthropic' | 'ollama' | 'demo';
  /** True when data stays in-house (own servers, or the offline demo). */
  inHouse: boolean;
  available: boolean;
  /** Why the provider is unavailable (German, safe to show; never contains a key). */
  reason?: string;
  models: ModelInfo[];
}

export type ProviderErrorKind =
  'rate-limit' | 'server' | 'network' | 'timeout' | 'cancelled' | 'bad-response' | 'refused' | 'auth' | 'unavailable';

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly kind: ProviderErrorKind,
    message: string,
    readonly options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
  }
  get retryable(): boolean {
    return this.kind === 'rate-limit' || this.kind === 'server' || this.kind === 'network';
  }
}
