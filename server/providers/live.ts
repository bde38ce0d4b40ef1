import type { SecretBox } from '../crypto/secret-box.ts';
import type { ProviderSettingsStore, StoredProvider } from '../store/provider-settings.ts';
import type { ProvidersConfig } from './config.ts';
import type { Env } from './entries.ts';
import { createProviderRegistry, type ProviderRegistry, type ProviderRegistryOptions } from './registry.ts';
import { keyVariable, withStoredProviders, type OpenedProvider } from './stored.ts';

/**
 * The providers of the environment and configuration file plus those trainers connected in the UI. A process
 * (or a Worker isolate) rebuilds its registry when the stored settings changed, on its next `refresh()`.
 */
export interface LiveProviders extends ProviderRegistry {
  /** Rebuilds the registry when the stored settings changed since the last look (one small query otherwise). */
  refresh(): Promise<void>;
  /** The providers stored in the UI as of the last refresh, with the names whose key would not open. */
  stored(): { providers: StoredProvider[]; unreadable: Set<string> };
  /** Where a provider's key comes from (the environment wins), with its last four characters. */
  keySource(name: string): { source: 'env' | 'stored' | 'none'; last4: string | null };
}

export interface LiveProvidersOptions extends Omit<ProviderRegistryOptions, 'env' | 'config' | 'limiters'> {
  env: Env;
  config: ProvidersConfig;
  /** Without a store (the CLI) only the environment and the file count. */
  store?: ProviderSettingsStore;
  /** Opens the stored keys; without it stored keys are ignored. */
  secrets?: SecretBox;
}

export function createLiveProviders({ env, config, store, secrets, ...rest }: LiveProvidersOptions): LiveProviders {
  const limiters = new Map();
  let registry = createProviderRegistry({ ...rest, env, config, limiters });
  let version: string | undefined;
  let stored: StoredProvider[] = [];
  let unreadable = new Set<string>();

  const open = async (provider: StoredProvider): Promise<OpenedProvider> => {
    let key: string | undefined;
    if (provider.keyCipher && secrets) {
      // A key sealed under another PROMPTATHON_SECRET_KEY does not open: the provider then has no key.
      key = await secrets.open(provider.keyCipher, provider.name).catch(() => {
        unreadable.add(provider.name);
        return undefined;
      });
    }
    return { name: provider.name, settings: provider.settings, key };
  };

  return {
    list: () => registry.list(),
    chat: (providerId, request) => registry.chat(providerId, request),
    stored: () => ({ providers: stored, unreadable }),
    keySource(name) {
      const variable = keyVariable(name, config);
      const fromEnv = variable ? env[variable]?.trim() : undefined;
      if (fromEnv) return { source: 'env', last4: fromEnv.slice(-4) };
      const row = stored.find((p) => p.name === name);
      if (row?.keyCipher && !unreadable.has(name)) return { source: 'stored', last4: row.keyLast4 };
      return { source: 'none', last4: null };
    },
    async refresh() {
      if (!store) return;
      const current = await store.providerSettingsVersion();
      if (current === version) return;
      const rows = await store.listProviderSettings();
      unreadable = new Set();
      const merged = withStoredProviders(env, config, await Promise.all(rows.map(open)));
      registry = createProviderRegistry({ ...rest, ...merged, limiters });
      stored = rows;
      version = current;
    },
  };
}
