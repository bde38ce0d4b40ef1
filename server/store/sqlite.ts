import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { migrationsFolder } from '../node/paths.ts';
import { createDrizzleStore } from './drizzle-store.ts';
import * as schema from './schema.ts';
import { cacheStatements } from './statement-cache.ts';
import type { Store } from './types.ts';

export interface SqliteStore extends Store {
  close(): void;
}

/** The embedded database for Node: one file, migrated on open. */
export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  // WAL: readers never block the runner, and a committed case result survives a killed process.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder });
  cacheStatements(sqlite);
  return { ...createDrizzleStore(db), close: () => sqlite.close() };
}
