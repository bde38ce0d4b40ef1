import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { recoverOrphanedRuns } from '../../server/node/recover.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';
import { cliWorkspace, runCli } from '../cli/cli-env.ts';
import type { FakeServer } from '../fakes/core.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import { exercise, fixture } from './setup.ts';

let fake: FakeServer;
beforeAll(async () => {
  fake = await startFakeOpenAI({ latencyMs: 250 });
});
afterAll(() => fake.close());

function storedResults(db: string): number {
  if (!existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare('select count(*) as n from case_results').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    conn.close();
  }
}

it('a process killed mid-run loses no finished case, and the run reads as interrupted after a restart', async () => {
  const cases = Array.from({ length: 12 }, (_, i) => ({
    id: `fall-${i + 1}`,
    vars: { nummer: `A-${i + 1}` },
    assert: [{ type: 'contains', value: `A-${i + 1}` }],
  }));
  const ws = cliWorkspace(fake.url, exercise, { ...fixture, cases });
  const child = runCli(
    ['eval', exercise.id, '--dir', ws.dir, '--config', ws.config, '--provider', 'local:m', '--concurrency', '1'],
    {
      PROMPTATHON_DB: ws.db,
    },
  );

  const deadline = Date.now() + 20_000;
  while (storedResults(ws.db) < 3 && Date.now() < deadline) await sleep(50);
  child.kill();
  const { code } = await child;
  expect(code).toBeNull(); // killed, not finished
  const saved = storedResults(ws.db);
  expect(saved).toBeGreaterThanOrEqual(3);
  expect(saved).toBeLessThan(12);

  const store = openSqliteStore(ws.db);
  try {
    const [before] = await store.listRuns(exercise.id, { open: true });
    expect(before!.status).toBe('running');
    expect(await recoverOrphanedRuns(store, Date.now())).toEqual([before!.id]);
    const run = await store.getRun(before!.id);
    expect(run!.status).toBe('interrupted');
    expect(run!.finishedAt).not.toBeNull();
    expect(run!.results.length).toBeGreaterThanOrEqual(saved);
    expect(run!.results.every((r) => r.pass && r.output.includes(`A-${r.caseId.slice(5)}`))).toBe(true);
  } finally {
    store.close();
  }
});
