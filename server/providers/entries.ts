import type { AdapterMaker } from './adapter-spec.ts';
import type { ProviderModelConfig, ProvidersConfig } from './config.ts';
import { createDemoAdapter, demoModels } from './demo.ts';
import { defaultAnthropicModels, defaultOpenAIModels } from './models.ts';
import type { ChatAdapter, ModelInfo, ProviderInfo } from './types.ts';

export type Env = Record<string, string | undefined>;

/** One provider as the registry holds it. */
export interface ProviderEntry {
  info: ProviderInfo;
  /** Absent exactly when the provider is unavailable. */
  adapter?: ChatAdapter;
  concurrency: number;
}

interface Overrides {
  label?: string;
  in_house?: boolean;
  concurrency?: number;
  models?: ProviderModelConfig[];
}

const toModels = (models: ProviderModelConfig[]): ModelInfo[] =>
  models.map(({ id, label, price }) => ({ id, label: label ?? id, ...(price && { price }) }));

/**
 * Builds every provider from environment and config file. Keys are read here and go only into adapters, which
 * `make` builds (the offline demo always in this thread: it sends nothing anywhere).
 */
export function buildProviderEntries(env: Env, config: ProvidersConfig, make: AdapterMaker): ProviderEntry[] {
  // An empty variable counts as unset: `OPENAI_API_KEY=` in a .env file means "no key".
  const read = (name: string) => env[name]?.trim() || undefined;

  function entry(
    name: string,
    kind: ProviderInfo['kind'],
    defaults: { label: string; inHouse: boolean; models: ModelInfo[] },
    overrides: Overrides | undefined,
    build: (label: string) => ChatAdapter | string,
  ): ProviderEntry {
    const label = overrides?.label ?? defaults.label;
    const built = build(label);
    const adapter = typeof built === 'string' ? undefined : built;
    return {
      info: {
        name,
        label,
        kind,
        inHouse: overrides?.in_house ?? defaults.inHouse,
        available: adapter !== undefined,
        ...(typeof built === 'string' && { reason: built }),
        models: overrides?.models ? toModels(overrides.models) : defaults.models,
      },
      adapter,
      concurrency: overrides?.concurrency ?? config.concurrency,
    };
  }

  const { providers } = config;
  const ollamaHost = read('OLLAMA_HOST') ?? providers.ollama?.host;
  return [
    entry('demo', 'demo', { label: 'Demo (keine echte KI)', inHouse: true, models: demoModels }, undefined, () =>
      createDemoAdapter({ delayMs: providers.demo?.delay_ms ?? 0 }),
    ),
    entry(
      'openai',
      'openai',
      { label: 'OpenAI', inHouse: false, models: defaultOpenAIModels },
      providers.openai,
      (label) => {
        const apiKey = read('OPENAI_API_KEY');
        if (!apiKey) return 'OPENAI_API_KEY ist nicht gesetzt.';
        return make({ kind: 'openai', options: { apiKey, baseURL: read('OPENAI_BASE_URL'), label } });
      },
    ),
    entry(
      'anthropic',
      'anthropic',
      { label: 'Anthropic', inHouse: false, models: defaultAnthropicModels },
      providers.anthropic,
      (label) => {
        const apiKey = read('ANTHROPIC_API_KEY');
        if (!apiKey) return 'ANTHROPIC_API_KEY ist nicht gesetzt.';
        return make({ kind: 'anthropic', options: { apiKey, baseURL: read('ANTHROPIC_BASE_URL'), label } });
      },
    ),
    // Ollama usually runs on the administration's own hardware; a trainer can say otherwise with in_house.
    entry('ollama', 'ollama', { label: 'Ollama', inHouse: true, models: [] }, providers.ollama, (label) =>
      ollamaHost
        ? make({ kind: 'ollama', options: { host: ollamaHost, label } })
        : 'OLLAMA_HOST ist nicht gesetzt (alternativ providers.ollama.host in der Konfigurationsdatei).',
    ),
    ...Object.entries(config.endpoints).map(([name, endpoint]) =>
      entry(name, 'openai', { label: name, inHouse: false, models: [] }, endpoint, (label) => {
        const apiKey = endpoint.api_key_env ? read(endpoint.api_key_env) : undefined;
        if (endpoint.api_key_env && !apiKey) return `${endpoint.api_key_env} ist nicht gesetzt.`;
        // Compatible servers (vLLM, LM Studio, EU clouds) know max_tokens; not all know max_completion_tokens.
        return make({
          kind: 'openai',
          options: { apiKey, baseURL: endpoint.base_url, label, maxTokensParam: 'max_tokens' },
        });
      }),
    ),
  ];
}
