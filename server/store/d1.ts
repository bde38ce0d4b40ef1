import { drizzle } from 'drizzle-orm/d1';
import { createDrizzleStore } from './drizzle-store.ts';
import * as schema from './schema.ts';
import type { Store } from './types.ts';

/**
 * The store on Cloudflare D1: the same drizzle schema and queries as SQLite on Node. The tables come from
 * the same migrations, applied by `wrangler d1 migrations apply` (not here: a Worker must not migrate per request).
 */
export const openD1Store = (db: D1Database): Store => createDrizzleStore(drizzle(db, { schema }));
