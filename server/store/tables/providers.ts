import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Providers a trainer connected in the UI. The key is encrypted (AES-GCM, server/secrets/); only its last four
 * characters are kept in clear, for the UI.
 */
export const providerSettings = sqliteTable('provider_settings', {
  name: text('name').primaryKey(),
  kind: text('kind').notNull(),
  /** The rest of the settings (label, base URL, host, models with prices, in-house) as the zod schema has them. */
  settings: text('settings', { mode: 'json' }).notNull(),
  keyCipher: text('key_cipher'),
  keyLast4: text('key_last4'),
  updatedAt: integer('updated_at').notNull(),
});
