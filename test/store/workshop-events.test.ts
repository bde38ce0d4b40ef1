// The workshop event log in a real SQLite file: a team reads its own events and those for everyone, never another
// team's, the trainers' or another workshop's, with every query prepared once and filled per call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Audience } from '../../server/store/records.ts';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.ts';

let dir: string;
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptathon-events-'));
  const file = join(dir, 'db.sqlite');
  store = openSqliteStore(file);
  // The workshops the events belong to, written beside the store as an older version would have left them.
  const raw = new Database(file);
  raw
    .prepare(`INSERT INTO trainers (id, login, name, password_hash, created_at) VALUES ('tr', 'tr', 'Tr', 'x', 0)`)
    .run();
  for (const [id, code] of [
    ['w1', 'ABCDEF'],
    ['w2', 'GHJKLM'],
  ])
    raw
      .prepare(
        `INSERT INTO workshops (id, code, title, date, exercises, released, in_house_only, leaderboard_visible,
         data_guard, join_open, created_at) VALUES (?, ?, 'T', '2026-12-04', '[]', '[]', 0, 1, 'pseudonymise', 1, 0)`,
      )
      .run(id, code);
  raw.close();
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const T1: Audience = { to: 'team', teamId: 't1' };
const T2: Audience = { to: 'team', teamId: 't2' };

async function append(workshopId: string, audience: Audience, type: string) {
  await store.appendEvent({ workshopId, audience, type, data: { type, nested: { n: 1 } }, at: 7 });
}

describe('workshop events in SQLite', () => {
  it("gives each audience what it may see, never another team's or another workshop's events", async () => {
    await append('w1', { to: 'all' }, 'for-all');
    await append('w1', T1, 't1-first');
    await append('w1', T2, 't2-only');
    await append('w1', { to: 'trainers' }, 'trainers-only');
    await append('w2', T1, 'other-workshop');
    await append('w1', T1, 't1-second');

    const types = async (audience: Audience) => (await store.eventsAfter('w1', 0, audience)).map((event) => event.type);
    expect(await types(T1)).toEqual(['for-all', 't1-first', 't1-second']);
    expect(await types(T2)).toEqual(['for-all', 't2-only']);
    expect(await types({ to: 'all' })).toEqual(['for-all']);
    expect(await types({ to: 'trainers' })).toEqual(['for-all', 't1-first', 't2-only', 'trainers-only', 't1-second']);
    // A team nobody wrote to sees only what is for everyone.
    expect(await types({ to: 'team', teamId: 't3' })).toEqual(['for-all']);
  });

  it('reads after an id, up to a limit, with audience and data as written', async () => {
    for (const type of ['a', 'b', 'c', 'd']) await append('w1', T1, type);
    const all = await store.eventsAfter('w1', 0, { to: 'trainers' });
    const page = await store.eventsAfter('w1', all[0]!.id, T1, 2);
    expect(page.map((event) => event.type)).toEqual(['b', 'c']);
    expect(page[0]).toEqual({ id: all[1]!.id, type: 'b', data: { type: 'b', nested: { n: 1 } }, at: 7, audience: T1 });
    expect(await store.lastEventId('w1')).toBe(all.at(-1)!.id);
  });
});
