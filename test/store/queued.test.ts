// The CLI's store that opens while the first calls are on their way, over a real SQLite file: calls keep their order,
// the run is queued without waiting, and a store that cannot open, or a queued write that fails, is never silent.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseResult } from '../../server/schema/run.ts';
import { queuedStore } from '../../server/store/queued.ts';
import { OPEN_SPACE } from '../../server/store/records.ts';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.ts';
import { runRecord } from '../fakes/run-record.ts';

let dir: string;
let opens: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'promptathon-queued-'));
  opens = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const opening =
  (file = join(dir, 'db.sqlite')) =>
  async (): Promise<SqliteStore> => {
    opens++;
    return openSqliteStore(file);
  };

const run = runRecord({ exercise: 'antrag', prompt: { user: 'Bestätige {{nummer}}.' } });

const result: CaseResult = {
  runId: run.id,
  caseId: 'fall-1',
  provider: 'demo:basis',
  repeat: 0,
  output: 'Ihr Antrag ist eingegangen.',
  inputTokens: 10,
  outputTokens: 5,
  costEur: 0,
  latencyMs: 12,
  finishReason: 'stop',
  score: 1,
  pass: true,
  assertions: [],
  error: null,
  skipped: null,
  cached: false,
  finishedAt: 2,
};

describe('queuedStore', () => {
  it('queues the run without opening, and stores it before what was asked after it', async () => {
    const { store } = queuedStore(opening());
    await store.createRun(run, 'cli', OPEN_SPACE);
    expect(opens).toBe(0);

    await store.saveCaseResult(result); // waits for an answer: opens the store
    await store.finishRun(run.id, 'done', 3);
    const stored = await store.getRun(run.id);
    expect(opens).toBe(1);
    expect(stored).toMatchObject({ id: run.id, status: 'done', finishedAt: 3 });
    expect(stored!.results).toEqual([result]);
    store.close();
    await expect(store.getRun(run.id)).rejects.toThrow(/not open/);
  });

  it('opens on open() with nothing waiting, once', async () => {
    const file = join(dir, 'db.sqlite');
    const { store, open } = queuedStore(opening(file));
    await store.createRun(run, 'cli', OPEN_SPACE);
    open();
    open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(opens).toBe(1);
    // Another connection sees the queued run once the store is open.
    const other = openSqliteStore(file);
    expect((await other.getRun(run.id))?.status).toBe('running');
    other.close();
    store.close();
  });

  it('fails every call that waits when the database cannot open, with its error', async () => {
    const notAFolder = join(dir, 'datei');
    writeFileSync(notAFolder, '');
    const { store } = queuedStore(opening(join(notAFolder, 'db.sqlite')));
    await expect(store.createRun(run, 'cli', OPEN_SPACE)).resolves.toBeUndefined();
    await expect(store.saveCaseResult(result)).rejects.toThrow(/EEXIST|ENOTDIR/);
    await expect(store.getRun(run.id)).rejects.toThrow(/EEXIST|ENOTDIR/);
    store.close();
  });

  it('fails the calls after a queued write that failed; a failed call that was awaited stops nothing', async () => {
    const { store } = queuedStore(opening());
    await store.createRun(run, 'cli', OPEN_SPACE);
    await expect(store.saveCaseResult({ ...result, runId: 'gibt-es-nicht' })).rejects.toThrow(/FOREIGN KEY/);
    expect((await store.getRun(run.id))?.id).toBe(run.id);

    await store.createRun(run, 'cli', OPEN_SPACE); // the same id again
    await expect(store.getRun(run.id)).rejects.toThrow(/UNIQUE/);
    await expect(store.finishRun(run.id, 'done', 3)).rejects.toThrow(/UNIQUE/);
    store.close();
  });

  it('is not mistaken for a promise', async () => {
    const { store } = queuedStore(opening());
    expect(await Promise.resolve(store)).toBe(store);
    expect(opens).toBe(0);
  });
});
