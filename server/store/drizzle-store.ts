import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { createAccountStore } from './accounts.ts';
import { createAuthoredStore } from './authored.ts';
import { createBallotStore } from './ballots.ts';
import { createEntryStore } from './entries.ts';
import { createProviderSettingsStore } from './provider-settings.ts';
import { createRunStore } from './runs.ts';
import type * as schema from './schema.ts';
import type { Store } from './types.ts';
import { createWorkshopEventStore } from './workshop-events.ts';
import { createWorkshopStore } from './workshops.ts';

// Works over any drizzle SQLite database: better-sqlite3 (sync, awaited) and D1 (async) alike.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySQLiteDatabase = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

export const createDrizzleStore = (db: AnySQLiteDatabase): Store => ({
  ...createRunStore(db),
  ...createAccountStore(db),
  ...createWorkshopStore(db),
  ...createEntryStore(db),
  ...createBallotStore(db),
  ...createAuthoredStore(db),
  ...createWorkshopEventStore(db),
  ...createProviderSettingsStore(db),
});
