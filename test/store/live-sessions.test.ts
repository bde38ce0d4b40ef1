import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { currentDatabase, insert } from './db-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'promptathon-live-sessions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = 1_000_000;

describe('the sessions open event streams ask about together (liveSessions)', () => {
  it('finds exactly those findSession finds: not expired, not removed, not unknown, over many statements', async () => {
    const file = join(dir, 'sessions.sqlite');
    const db = currentDatabase(file);
    insert(db, 'teams', { id: 't2', workshop_id: 'w1', name: 't2', created_at: 0, removed_at: 5 });
    const session = (hash: string, row: Record<string, unknown>, expiresAt = NOW + 1) =>
      insert(db, 'sessions', { token_hash: hash, created_at: 0, expires_at: expiresAt, ...row });
    const member = (id: string, team: string, removedAt: number | null = null) =>
      insert(db, 'participants', { id, workshop_id: 'w1', team_id: team, joined_at: 0, removed_at: removedAt });
    const team = (participant: string, team = 't1') => ({
      role: 'team',
      workshop_id: 'w1',
      team_id: team,
      participant_id: participant,
    });
    session('trainer', { role: 'trainer', trainer_id: 'tr' });
    session('expired', { role: 'trainer', trainer_id: 'tr' }, NOW);
    member('p-removed', 't1', 3);
    session('participant-removed', team('p-removed'));
    member('p-of-removed-team', 't2');
    session('team-removed', team('p-of-removed-team', 't2'));
    // More members than one statement may bind (D1: 100 parameters), all live.
    const members = Array.from({ length: 200 }, (_, i) => `m${i}`);
    for (const id of members) {
      member(id, 't1');
      session(`s-${id}`, team(id));
    }
    db.close();

    const store = openSqliteStore(file);
    try {
      const asked = ['trainer', 'expired', 'participant-removed', 'team-removed', 'unknown', 'trainer'];
      const everyone = [...asked, ...members.map((id) => `s-${id}`)];
      const live = await store.liveSessions(everyone, NOW);
      const found = new Set<string>();
      for (const hash of everyone) if (await store.findSession(hash, NOW)) found.add(hash);
      expect(live).toEqual(found);
      expect([...live].sort()).toEqual(['trainer', ...members.map((id) => `s-${id}`)].sort());
      expect(await store.liveSessions([], NOW)).toEqual(new Set());
    } finally {
      store.close();
    }
  });
});

describe('the session lookup of a request', () => {
  it("brings the stamp of trainers' own exercises along, the same the store answers alone, and it moves on", async () => {
    const file = join(dir, 'stamp.sqlite');
    const db = currentDatabase(file);
    insert(db, 'sessions', { token_hash: 'h', role: 'trainer', trainer_id: 'tr', created_at: 0, expires_at: NOW + 1 });
    db.close();
    const store = openSqliteStore(file);
    try {
      const stamps = async () => [(await store.findSession('h', NOW))?.authoredStamp, await store.authoredStamp()];
      const seen = [await stamps()];
      const files = { prompt: 'id: eigene', evals: 'exercise: eigene', savedBy: null, ownerId: null };
      await store.createAuthored({ exerciseId: 'eigene', ...files, version: 1, savedAt: 1 });
      seen.push(await stamps());
      await store.saveVersion({ exerciseId: 'eigene', ...files, savedAt: 2, baseVersion: 1 });
      seen.push(await stamps());
      expect(seen).toEqual([
        ['0:0', '0:0'],
        ['1:1', '1:1'],
        ['1:2', '1:2'],
      ]);
    } finally {
      store.close();
    }
  });
});
