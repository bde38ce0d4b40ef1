import type { StoredProviderSettings } from '../schema/provider-settings.ts';
import type { ProvidersConfig } from './config.ts';
import type { Env } from './entries.ts';

/** A provider set up in the UI, with its key opened. */
export interface OpenedProvider {
  name: string;
  settings: StoredProviderSettings;
  key: string | undefined;
}

/** The environment variable that holds a provider's key, if the provider takes one from there. */
export function keyVariable(name: string, config: ProvidersConfig): string | undefined {
  if (name === 'openai') return 'OPENAI_API_KEY';
  if (name === 'anthropic') return 'ANTHROPIC_API_KEY';
  return config.endpoints[name]?.api_key_env;
}

/** The environment variable the registry reads for an endpoint's key; never set outside this process. */
export const storedKeyVariable = (name: string) => `PROMPTATHON_STORED_KEY_${name.toUpperCase().replace(/-/g, '_')}`;

/**
 * The settings of the UI laid over the environment and the configuration file, so that one registry builds
 * them all: a stored provider replaces the file's label, models and host, and its key counts only where the
 * environment has none (keys of the environment win).
 */
export function withStoredProviders(
  env: Env,
  config: ProvidersConfig,
  stored: readonly OpenedProvider[],
): { env: Env; config: ProvidersConfig } {
  const mergedEnv: Env = { ...env };
  const providers = { ...config.providers };
  const endpoints = { ...config.endpoints };
  const setKey = (variable: string, key: string | undefined) => {
    if (key && !env[variable]?.trim()) mergedEnv[variable] = key;
  };
  for (const { name, settings, key } of stored) {
    switch (settings.kind) {
      case 'openai':
      case 'anthropic': {
        const { kind, ...rest } = settings;
        providers[kind] = { ...providers[kind], ...rest };
        setKey(kind === 'openai' ? 'OPENAI_API_KEY' : 'ANTHROPIC_API_KEY', key);
        break;
      }
      case 'ollama': {
        const { kind: _kind, ...rest } = settings;
        providers.ollama = { ...providers.ollama, ...rest };
        break;
      }
      case 'compatible': {
        // The configuration file's endpoint of the same name wins: the UI refuses to store one.
        if (endpoints[name]) break;
        const { kind: _kind, ...rest } = settings;
        const variable = storedKeyVariable(name);
        setKey(variable, key);
        endpoints[name] = { ...rest, ...(key ? { api_key_env: variable } : {}) };
        break;
      }
    }
  }
  return { env: mergedEnv, config: { ...config, providers, endpoints } };
}
