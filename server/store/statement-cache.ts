import type { Database, Statement } from 'better-sqlite3';
import { Lru } from '../memo/lru.ts';

/**
 * Makes `db.prepare` hand out the compiled statement of an SQL text it has seen before. Drizzle prepares every query
 * anew, and SQLite compiling the same few dozen texts again and again took 2.5 % of the server's CPU in the workshop
 * benchmark (`npm run bench -- workshop`). The texts come from the store's code, with values as parameters, so the
 * set is small; the least recently used go once there are `limit` of them (lists of ids vary in length).
 */
export function cacheStatements(db: Database, limit = 256): void {
  const cache = new Lru<string, Statement>(limit);
  const compile = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = cache.get(source) ?? cache.set(source, compile(source));
    // Drizzle switches a statement to rows as arrays for its own mapping; the next user expects the default.
    return statement.reader ? statement.raw(false) : statement;
  }) as Database['prepare'];
}
