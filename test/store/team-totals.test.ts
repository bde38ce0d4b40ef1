import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../server/node/paths.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { addRun, currentDatabase, insert, migrationsBefore, workshop } from './db-fixtures.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptathon-totals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function run(db: Database.Database, id: string, team: string | null, guard: object | null, costs: (number | null)[]) {
  addRun(db, { id, team, guard, cases: costs.map((cost_eur) => ({ cost_eur })) });
}

/** What the teams did, spent and what the guard counted, added up from the runs themselves. */
function summed(db: Database.Database) {
  const spent = db
    .prepare(
      `SELECT t.id, (SELECT count(*) FROM runs WHERE team_id = t.id) AS runs,
         (SELECT max(created_at) FROM runs WHERE team_id = t.id) AS last,
         coalesce(sum(c.cost_eur), 0) AS eur,
         coalesce(sum(CASE WHEN c.cost_eur IS NULL THEN c.input_tokens + c.output_tokens ELSE 0 END), 0) AS tokens
       FROM teams t LEFT JOIN runs r ON r.team_id = t.id LEFT JOIN case_results c ON c.run_id = r.id
       GROUP BY t.id ORDER BY t.id`,
    )
    .all();
  const guard = db
    .prepare(
      `SELECT r.team_id AS team, p.part, j.key AS kind, sum(j.value) AS n
       FROM runs r, (SELECT 'replaced' AS part UNION ALL SELECT 'confirmed') p, json_each(r.guard, '$.' || p.part) j
       WHERE r.team_id IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    )
    .all();
  return { spent, guard };
}

function kept(db: Database.Database) {
  return {
    spent: db
      .prepare(
        'SELECT id, runs, last_run_at AS last, spent_eur AS eur, unpriced_tokens AS tokens FROM teams ORDER BY id',
      )
      .all(),
    guard: db.prepare('SELECT team_id AS team, part, kind, n FROM team_guard_counts ORDER BY 1, 2, 3').all(),
  };
}

describe('what teams spent and what the data guard counted, kept per team', () => {
  it('adds up an older database’s history once, then every new run and case result as it is written', () => {
    const file = join(dir, 'old.db');
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    migrate(drizzle(db), { migrationsFolder: migrationsBefore(dir, '0007_team_totals') });
    workshop(db);
    for (const id of ['t1', 't2', 't3']) insert(db, 'teams', { id, workshop_id: 'w1', name: id, created_at: 0 });
    run(db, 'r1', 't1', { replaced: { person: 2, iban: 1 }, confirmed: {} }, [0.5, null, 0.25]);
    run(db, 'r2', 't1', { replaced: { person: 1 }, confirmed: { email: 1 } }, [null]);
    run(db, 'r3', 't2', null, [0.125]);
    run(db, 'r4', null, { replaced: { person: 5 }, confirmed: {} }, [1]);

    migrate(drizzle(db), { migrationsFolder });
    expect(kept(db)).toEqual(summed(db));
    expect(kept(db).spent[0]).toEqual({ id: 't1', runs: 2, last: 30, eur: 0.75, tokens: 240 });
    expect(kept(db).spent[2]).toEqual({ id: 't3', runs: 0, last: null, eur: 0, tokens: 0 });

    run(db, 'r5', 't1', { replaced: { person: 1, street: 1 }, confirmed: { person: 2 } }, [null, 1]);
    run(db, 'r6', 't3', { replaced: {}, confirmed: {} }, [null]);
    run(db, 'r7', 't2', null, []);
    expect(kept(db)).toEqual(summed(db));
    expect(kept(db).guard).toContainEqual({ team: 't1', part: 'replaced', kind: 'person', n: 4 });
    db.close();
  });

  it('is what the store reports as a team’s spend', async () => {
    const file = join(dir, 'new.db');
    const db = currentDatabase(file);
    run(db, 'r1', 't1', { replaced: { person: 3 }, confirmed: {} }, [0.5, null]);
    db.close();
    const store = openSqliteStore(file);
    expect(await store.spend('t1')).toEqual({ eur: 0.5, tokens: 120 });
    const [team] = await store.teamStats('w1');
    expect(team).toMatchObject({
      runs: 1,
      spent: { eur: 0.5, tokens: 120 },
      guard: { replaced: { person: 3 }, confirmed: {} },
    });
    store.close();
  });
});
