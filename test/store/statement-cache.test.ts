import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from '../../server/store/statement-cache.ts';

function database() {
  const db = new Database(':memory:');
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b');");
  cacheStatements(db, 2);
  return db;
}

describe('the statement cache of the embedded database', () => {
  it('compiles an SQL text once and hands out rows as objects, whatever the last user switched to', () => {
    const db = database();
    const first = db.prepare('SELECT name FROM t WHERE id = ?');
    expect(first.raw().get(1)).toEqual(['a']);
    const again = db.prepare('SELECT name FROM t WHERE id = ?');
    expect(again).toBe(first);
    expect(again.get(2)).toEqual({ name: 'b' });
    // Statements that return no rows have no row mode to reset.
    expect(db.prepare('UPDATE t SET name = ? WHERE id = ?').run('c', 1).changes).toBe(1);
    expect(db.prepare('SELECT name FROM t WHERE id = ?').get(1)).toEqual({ name: 'c' });
  });

  it('forgets the least recently used text beyond its limit', () => {
    const db = database();
    const one = db.prepare('SELECT 1');
    const two = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(one); // now the most recent
    db.prepare('SELECT 3');
    expect(db.prepare('SELECT 1')).toBe(one);
    expect(db.prepare('SELECT 2')).not.toBe(two);
  });
});
