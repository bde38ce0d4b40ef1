import { count, eq, max } from 'drizzle-orm';
import type { StoredProviderSettings } from '../schema/provider-settings.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import { providerSettings } from './schema.ts';

export interface StoredProvider {
  name: string;
  settings: StoredProviderSettings;
  /** The key, sealed by server/secrets (never the key itself). */
  keyCipher: string | null;
  keyLast4: string | null;
  updatedAt: number;
}

/** Providers connected in the UI. */
export interface ProviderSettingsStore {
  listProviderSettings(): Promise<StoredProvider[]>;
  putProviderSettings(provider: StoredProvider): Promise<void>;
  /** False when there was nothing stored under that name. */
  deleteProviderSettings(name: string): Promise<boolean>;
  /** Changes whenever a provider is stored or removed: tells a process that its registry is stale. */
  providerSettingsVersion(): Promise<string>;
}

export function createProviderSettingsStore(db: AnySQLiteDatabase): ProviderSettingsStore {
  // Asked before every run (have keys changed?): prepared once.
  const versionQuery = db
    .select({ n: count(), last: max(providerSettings.updatedAt) })
    .from(providerSettings)
    .prepare();
  return {
    async listProviderSettings() {
      const rows = await db.select().from(providerSettings).orderBy(providerSettings.name);
      return rows.map(({ kind: _kind, settings, ...row }) => ({
        ...row,
        settings: settings as StoredProviderSettings,
      }));
    },

    async putProviderSettings({ settings, ...row }) {
      const values = { ...row, kind: settings.kind, settings };
      await db
        .insert(providerSettings)
        .values(values)
        .onConflictDoUpdate({ target: providerSettings.name, set: values });
    },

    async deleteProviderSettings(name) {
      const deleted = await db.delete(providerSettings).where(eq(providerSettings.name, name)).returning();
      return deleted.length === 1;
    },

    async providerSettingsVersion() {
      const [row] = await versionQuery.all();
      return `${row?.n ?? 0}:${row?.last ?? 0}`;
    },
  };
}
