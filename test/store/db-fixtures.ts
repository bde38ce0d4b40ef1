// Databases for the tests of what the migrations keep: as an older version left them (migrations up to a tag) or as
// this one creates them, with rows written straight in SQL, as any version wrote them.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { migrationsFolder } from '../../server/node/paths.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';

/** A copy of the migrations in `dir` up to (without) `tag`. */
export function migrationsBefore(dir: string, tag: string): string {
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

export const insert = (db: Database.Database, table: string, row: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO ${table} (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row)
        .map(() => '?')
        .join(', ')})`,
    )
    .run(...Object.values(row));

/** A trainer and the workshop `w1` its teams belong to. */
export function workshop(db: Database.Database) {
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

/** A database in `file` as this version creates it, with workshop `w1` and its team `t1`. */
export function currentDatabase(file: string): Database.Database {
  openSqliteStore(file).close();
  const db = new Database(file);
  workshop(db);
  insert(db, 'teams', { id: 't1', workshop_id: 'w1', name: 't1', created_at: 0 });
  return db;
}

let results = 0;
let started = 0;
/** A finished run of exercise `uebung` with one case result per entry of `cases` (columns as stored). */
export function addRun(
  db: Database.Database,
  {
    id,
    team,
    guard = null,
    cases,
    // Out of order by default: the last run is the latest start, not the latest insert.
    createdAt = [30, 10, 20][started++ % 3],
  }: { id: string; team: string | null; guard?: object | null; cases: object[]; createdAt?: number },
) {
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
    created_at: createdAt,
    guard: guard && JSON.stringify(guard),
    workshop_id: 'w1',
    team_id: team,
  });
  for (const columns of cases) {
    insert(db, 'case_results', {
      run_id: id,
      case_id: `fall-${++results}`,
      provider: 'demo:basis',
      repeat: 0,
      output: 'Antwort',
      input_tokens: 100,
      output_tokens: 20,
      cost_eur: null,
      latency_ms: 5,
      score: 1,
      pass: 1,
      assertions: '[]',
      cached: 0,
      finished_at: 2,
      ...columns,
    });
  }
}
