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
  dir = mkdtempSync(join(tmpdir(), 'promptathon-run-totals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const TOTALS = `result_count AS n, passed_count AS passed, score_sum AS score, cost_eur_sum AS eur`;

/** Each run's totals as its row keeps them, and as its case results add up. */
function totals(db: Database.Database) {
  const kept = db.prepare(`SELECT id, ${TOTALS} FROM runs ORDER BY id`).all();
  const summed = db
    .prepare(
      `SELECT r.id, count(c.id) AS n, coalesce(sum(c.pass), 0) AS passed, coalesce(sum(c.score), 0) AS score,
         coalesce(sum(c.cost_eur), 0) AS eur
       FROM runs r LEFT JOIN case_results c ON c.run_id = r.id GROUP BY r.id ORDER BY r.id`,
    )
    .all();
  return { kept, summed };
}

/** Three case results: two passed, one priced at nothing, one without a price. */
const MIXED = [
  { score: 1, pass: 1, cost_eur: 0.5 },
  { score: 0.5, pass: 1, cost_eur: null },
  { score: 0.25, pass: 0, cost_eur: 0 },
];

describe('the totals of a run, kept on its row', () => {
  it('adds up an older database’s results once, then every new case result as it is written', () => {
    const db = new Database(join(dir, 'old.db'));
    db.pragma('foreign_keys = ON');
    migrate(drizzle(db), { migrationsFolder: migrationsBefore(dir, '0008_run_totals') });
    workshop(db);
    insert(db, 'teams', { id: 't1', workshop_id: 'w1', name: 't1', created_at: 0 });
    addRun(db, { id: 'r1', team: 't1', cases: MIXED });
    addRun(db, { id: 'r2', team: 't1', cases: [] });
    addRun(db, { id: 'r3', team: null, cases: [{ score: 0.2, pass: 0, cost_eur: 0.125 }] });

    migrate(drizzle(db), { migrationsFolder });
    const before = totals(db);
    expect(before.kept).toEqual(before.summed);
    expect(before.kept[0]).toEqual({ id: 'r1', n: 3, passed: 2, score: 1.75, eur: 0.5 });
    expect(before.kept[1]).toEqual({ id: 'r2', n: 0, passed: 0, score: 0, eur: 0 });

    addRun(db, { id: 'r4', team: 't1', cases: MIXED });
    insert(db, 'case_results', {
      ...{ run_id: 'r2', case_id: 'spaet', provider: 'demo:basis', repeat: 0, output: 'Antwort' },
      ...{ input_tokens: 1, output_tokens: 1, cost_eur: 0.25, latency_ms: 5, score: 0.5, pass: 0 },
      ...{ assertions: '[]', cached: 0, finished_at: 3 },
    });
    const after = totals(db);
    expect(after.kept).toEqual(after.summed);
    expect(after.kept[1]).toEqual({ id: 'r2', n: 1, passed: 0, score: 0.5, eur: 0.25 });
    db.close();
  });

  it('is what the history and the catalogue report, in each kind of space', async () => {
    const file = join(dir, 'new.db');
    const db = currentDatabase(file);
    addRun(db, { id: 'team-run', team: 't1', cases: MIXED, createdAt: 2 });
    addRun(db, { id: 'team-empty', team: 't1', cases: [], createdAt: 1 });
    addRun(db, { id: 'sandbox-run', team: null, cases: [{ score: 0.2, pass: 0, cost_eur: null }] });
    addRun(db, { id: 'trainer-run', team: null, cases: [{ score: 0.9, pass: 1, cost_eur: 1 }] });
    db.prepare(`UPDATE runs SET workshop_id = NULL WHERE team_id IS NULL`).run();
    db.prepare(`UPDATE runs SET trainer_id = 'tr' WHERE id = 'trainer-run'`).run();
    db.close();

    const store = openSqliteStore(file);
    const listed = async (scope: Parameters<typeof store.listRuns>[1]) =>
      (await store.listRuns('uebung', scope)).map(({ id, totals }) => ({ id, ...totals }));
    expect(await listed({ teamId: 't1' })).toEqual([
      { id: 'team-run', results: 3, passed: 2, score: expect.closeTo(58.333, 3), costEur: 0.5 },
      { id: 'team-empty', results: 0, passed: 0, score: null, costEur: 0 },
    ]);
    expect(await listed({ open: true })).toEqual([{ id: 'sandbox-run', results: 1, passed: 0, score: 20, costEur: 0 }]);
    expect(await listed({ trainerId: 'tr' })).toEqual([
      { id: 'trainer-run', results: 1, passed: 1, score: 90, costEur: 1 },
    ]);
    // A run without results has no score: the best is the other one's.
    expect([...(await store.bestScores({ teamId: 't1' }))]).toEqual([['uebung', expect.closeTo(58.333, 3)]]);
    expect([...(await store.bestScores({ trainerId: 'tr' }))]).toEqual([['uebung', 90]]);
    expect(await store.bestScores({ teamId: 'nobody' })).toEqual(new Map());
    store.close();
  });
});
