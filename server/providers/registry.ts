import type { CallGuard } from '../guard/call-guard.ts';
import { inThisThread, type AdapterMaker } from './adapter-spec.ts';
import { providersConfigSchema, type ProvidersConfig } from './config.ts';
import { buildProviderEntries, type Env, type ProviderEntry } from './entries.ts';
import type { Lane } from './fair-queue.ts';
import { createLimiter, type Limiter } from './limiter.ts';
import { withRetry, type Sleep } from './retry.ts';
import { withTimeout } from './timeout.ts';
import {
  ProviderError,
  type ChatRequest,
  type ChatResponse,
  type ModelInfo,
  type ProviderInfo,
  type Usage,
} from './types.ts';

export interface ProviderRegistryOptions {
  /** Keys, base URLs and OLLAMA_HOST come from here (process.env on Node, the bindings on Workers). */
  env: Env;
  /** Parsed promptathon.config.yaml; defaults apply when absent. */
  config?: ProvidersConfig;
  /** The fetch of adapters made in this thread (tests pass their own). */
  fetch?: typeof fetch;
  /** Where network adapters run; default: in this thread, with `fetch`. */
  adapters?: AdapterMaker;
  sleep?: Sleep;
  random?: () => number;
  /** Backoff between attempts; the defaults suit real providers, tests pass a few ms. */
  backoff?: { baseDelayMs: number; maxDelayMs: number };
  /** Limiters by provider name, kept across rebuilds of the registry so that calls stay bounded. */
  limiters?: Map<string, Limiter>;
}

export interface ProviderRegistry {
  /** Every provider, available or not (with a German reason then). Never contains a key. */
  list(): ProviderInfo[];
  /**
   * Calls `<provider>:<model>` with the provider's shared concurrency limit, a timeout per attempt,
   * retries, latency (of the successful attempt) and cost.
   */
  chat(providerId: string, request: RegistryChatRequest): Promise<ChatResponse>;
}

/**
 * A call as the registry takes it: the model comes from the provider id, the call waits in `lane`, and `guard`
 * says whether personal data is replaced before the text leaves (required: every caller decides). `onSlot` is told
 * when the call got its place at the provider (each attempt).
 */
export type RegistryChatRequest = Omit<ChatRequest, 'model'> & { lane?: Lane; guard: CallGuard; onSlot?: () => void };

const DEFAULT_BACKOFF = { baseDelayMs: 500, maxDelayMs: 20_000 };

/** EUR from a price in EUR per million tokens. */
export const costEur = (usage: Usage, price: NonNullable<ModelInfo['price']>): number =>
  (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;

/** Splits at the first colon only: Ollama model names contain colons (`llama3.1:8b`). */
export function splitProviderId(providerId: string): { name: string; model: string } {
  const colon = providerId.indexOf(':');
  if (colon <= 0 || colon === providerId.length - 1) {
    const message = `"${providerId}" ist keine gültige Modellangabe; erwartet wird "<anbieter>:<modell>", z. B. "demo:basis".`;
    throw new ProviderError('unavailable', message);
  }
  return { name: providerId.slice(0, colon), model: providerId.slice(colon + 1) };
}

export function createProviderRegistry(options: ProviderRegistryOptions): ProviderRegistry {
  const config = options.config ?? providersConfigSchema.parse({});
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  // One limiter per provider, shared by every run in this process.
  const entries = new Map<string, ProviderEntry & { limiter: Limiter }>(
    buildProviderEntries(options.env, config, options.adapters ?? inThisThread(options.fetch)).map((entry) => {
      const limiter = options.limiters?.get(entry.info.name) ?? createLimiter(entry.concurrency);
      options.limiters?.set(entry.info.name, limiter);
      return [entry.info.name, { ...entry, limiter }];
    }),
  );

  return {
    list: () =>
      [...entries.values()].map(({ info }) => ({ ...info, models: info.models.map((model) => ({ ...model })) })),

    async chat(providerId, { lane, guard, onSlot, ...request }) {
      const { name, model } = splitProviderId(providerId);
      const entry = entries.get(name);
      if (!entry) {
        const known = [...entries.keys()].join(', ');
        throw new ProviderError('unavailable', `Den Anbieter "${name}" gibt es hier nicht. Bekannt sind: ${known}.`);
      }
      const { adapter, limiter, info } = entry;
      if (!adapter) throw new ProviderError('unavailable', `${info.label} ist nicht verfügbar: ${info.reason}`);
      const price = info.models.find((m) => m.id === model)?.price;
      const shield = await guard.shield(info);
      const sent = shield
        ? { ...request, system: request.system && shield.protect(request.system), user: shield.protect(request.user) }
        : request;

      return withRetry(
        (attempt) =>
          limiter.run(
            () =>
              withTimeout(config.timeout_ms, request.signal, info.label, async (signal) => {
                onSlot?.();
                const started = performance.now();
                // The answer comes back with the real values, streamed or whole, before anyone grades or sees it.
                const stream = shield && attempt.onDelta ? shield.restoreStream(attempt.onDelta) : undefined;
                const result = await adapter.chat({ ...sent, model, signal, onDelta: stream?.push ?? attempt.onDelta });
                stream?.flush();
                const latencyMs = Math.round(performance.now() - started);
                const text = shield ? shield.restore(result.text) : result.text;
                return { ...result, text, latencyMs, costEur: price ? costEur(result.usage, price) : undefined };
              }),
            request.signal,
            lane,
          ),
        {
          retries: config.retries,
          ...backoff,
          signal: request.signal,
          sleep: options.sleep,
          random: options.random,
          onDelta: request.onDelta,
        },
      );
    },
  };
}
