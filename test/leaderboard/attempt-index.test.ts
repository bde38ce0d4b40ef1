import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptIndex, FULL_READ_MS } from '../../server/leaderboard/attempt-index.ts';
import { workshopCreateSchema } from '../../server/schema/workshop.ts';
import type { Store } from '../../server/store/types.ts';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.ts';
import { newWorkshopSettings } from '../../server/workshops/settings.ts';
import { runRecord } from '../fakes/run-record.ts';

const WORKSHOP = 'w1';
let dir: string;
let store: SqliteStore;
let clock = 0;
/** Every statement the index makes, by store method. */
let calls: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'promptathon-index-'));
  store = openSqliteStore(join(dir, 'test.db'));
  clock = 1_000;
  calls = [];
  await store.insertTrainer({ id: 'tr', login: 'trainerin', name: 'Trainerin', passwordHash: 'x' }, 0);
  const settings = newWorkshopSettings(
    workshopCreateSchema.parse({ title: 'Test', exercises: ['uebung'] }),
    '2026-12-03',
  );
  await store.insertWorkshop({ ...settings, id: WORKSHOP, code: 'ABCDEF', createdAt: 0 }, 'tr');
  for (const id of ['t1', 't2']) {
    await store.findOrCreateTeam({ id, workshopId: WORKSHOP, name: id, key: id, removedAt: null, createdAt: 0 });
  }
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The index over the store, counting what it asks of it. */
function index(): AttemptIndex {
  const counted = (name: keyof Store) =>
    ((...args: unknown[]) => {
      calls.push(name);
      return (store[name] as (...a: unknown[]) => unknown)(...args);
    }) as never;
  const spy = {
    attemptRuns: counted('attemptRuns'),
    attemptRunsById: counted('attemptRunsById'),
    eventsAfter: counted('eventsAfter'),
    lastEventId: counted('lastEventId'),
  };
  return new AttemptIndex(spy, WORKSHOP, () => clock);
}

const runOf = (id: string, createdAt: number) => runRecord({ id, cases: ['f1'], createdAt });

const event = (type: string, run: string) =>
  store.appendEvent({ workshopId: WORKSHOP, audience: { to: 'trainers' }, type, data: { run }, at: clock });

async function start(id: string, teamId: string, createdAt: number, announce = true) {
  await store.createRun(runOf(id, createdAt), 'node:1', {
    workshopId: WORKSHOP,
    teamId,
    trainerId: null,
    participantId: null,
  });
  if (announce) await event('run-started', id);
}

async function finish(id: string, announce = true) {
  await store.finishRun(id, 'done', clock);
  if (announce) await event('run-finished', id);
}

const shape = (runs: { run: string; status: string }[]) => runs.map((r) => `${r.run}:${r.status}`);

describe('the attempts of a workshop, kept up to date from its events', () => {
  it('reads the workshop once, then only the runs its events name', async () => {
    await start('a', 't1', 10);
    const attempts = index();
    expect(shape(await attempts.attempts())).toEqual(['a:running']);
    expect(calls).toEqual(['lastEventId', 'attemptRuns']);

    calls = [];
    await start('b', 't2', 20);
    await finish('a');
    await event('leaderboard-changed', '');
    expect(shape(await attempts.attempts())).toEqual(['a:done', 'b:running']);
    expect(calls).toEqual(['eventsAfter', 'attemptRunsById']);
    expect(await attempts.attempts()).toEqual(await store.attemptRuns(WORKSHOP));
  });

  it('keeps the order of the runs’ start, whatever order their events came in', async () => {
    const attempts = index();
    await attempts.attempts();
    await start('late', 't1', 30);
    await start('early', 't2', 5);
    await start('same-time-b', 't1', 30);
    expect((await attempts.attempts()).map((r) => r.run)).toEqual(['early', 'late', 'same-time-b']);
    expect(await attempts.attempts()).toEqual(await store.attemptRuns(WORKSHOP));
  });

  it('leaves out what is not a team’s attempt', async () => {
    const attempts = index();
    await attempts.attempts();
    await store.createRun(runOf('trainer-run', 1), 'node:1', {
      workshopId: WORKSHOP,
      teamId: null,
      trainerId: 'tr',
      participantId: null,
    });
    await event('run-started', 'trainer-run');
    expect(await attempts.attempts()).toEqual([]);
  });

  it('shows a run whose end was never announced as it is, after a whole read at the latest', async () => {
    await start('a', 't1', 10);
    const attempts = index();
    await attempts.attempts();
    await finish('a', false);
    expect(shape(await attempts.attempts())).toEqual(['a:running']);

    clock += FULL_READ_MS;
    calls = [];
    expect(shape(await attempts.attempts())).toEqual(['a:done']);
    expect(calls).toEqual(['lastEventId', 'attemptRuns']);
  });

  it('reads the workshop whole again when it is too far behind', async () => {
    const attempts = index();
    await attempts.attempts();
    for (let i = 0; i < 500; i++) await event('leaderboard-changed', '');
    await start('a', 't1', 10);
    calls = [];
    expect(shape(await attempts.attempts())).toEqual(['a:running']);
    expect(calls).toEqual(['eventsAfter', 'lastEventId', 'attemptRuns']);
  });

  it('answers overlapping callers one after the other, each with at least what was there when it asked', async () => {
    const attempts = index();
    await start('a', 't1', 10);
    const [first, second] = [attempts.attempts(), attempts.attempts()];
    await start('b', 't1', 20);
    const third = attempts.attempts();
    const answers = await Promise.all([first, second, third]);
    expect(shape(answers[0])[0]).toBe('a:running');
    expect(shape(answers[1])[0]).toBe('a:running');
    expect(shape(answers[2])).toEqual(['a:running', 'b:running']);
    // Each caller's list is its own: a later catch-up does not change it under its feet.
    await finish('a');
    await attempts.attempts();
    expect(shape(answers[2])).toEqual(['a:running', 'b:running']);
    expect(calls.filter((c) => c === 'attemptRuns')).toHaveLength(1);
  });
});
