import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../../server/node/paths.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptathon-totals-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The migrations up to (without) `tag`: a database as an older version left it. */
function migrationsBefore(tag: string): string {
  const older = join(dir, 'migrations');
  cpSync(migrationsFolder, older, { recursive: true });
  const journalFile = join(older, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  writeFileSync(journalFile, JSON.stringify(journal));
  return older;
}

const insert = (db: Database.Database, table: string, row: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
        .map(() => '?')
        .join(', ')})`,
    )
    .run(...Object.values(row));

/** A trainer and the workshop `w1` its teams belong to. */
function workshop(db: Database.Database) {
  insert(db, 'trainers', { id: 'tr', login: 'tr', name: 'Tr', password_hash: 'x', created_at: 0 });
  insert(db, 'workshops', {
    id: 'w1',
    code: 'ABCDEF',
    title: 'T',
    date: '2026-12-03',
    exercises: '[]',
    released: '[]',
    in_house_only: 0,
    leaderboard_visible: 1,
    data_guard: 'pseudonymise',
    join_open: 1,
    created_at: 0,
  });
}

let results = 0;
let started = 0;
function run(db: Database.Database, id: string, team: string | null, guard: object | null, costs: (number | null)[]) {
  insert(db, 'runs', {
    id,
    exercise: 'uebung',
    status: 'done',
    prompt_user: 'Hallo',
    targets: '[]',
    cases: '[]',
    repeat: 1,
    cache: 0,
    owner: 'node:1',
    // Out of order on purpose: the last run is the latest start, not the latest insert.
    created_at: [30, 10, 20][started++ % 3],
    guard: guard && JSON.stringify(guard),
    workshop_id: 'w1',
    team_id: team,
  });
  for (const cost of costs) {
    insert(db, 'case_results', {
      run_id: id,
      case_id: `fall-${++results}`,
      provider: 'demo:basis',
      repeat: 0,
      output: 'Antwort',
      input_tokens: 100,
      output_tokens: 20,
      cost_eur: cost,
      latency_ms: 5,
      score: 1,
      pass: 1,
      assertions: '[]',
      cached: 0,
      finished_at: 2,
    });
  }
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
    migrate(drizzle(db), { migrationsFolder: migrationsBefore('0007_team_totals') });
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
    openSqliteStore(file).close();
    const db = new Database(file);
    workshop(db);
    insert(db, 'teams', { id: 't1', workshop_id: 'w1', name: 't1', created_at: 0 });
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
