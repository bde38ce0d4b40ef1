import { describe, expect, it } from 'vitest';
import type { AttemptIndex } from '../../server/leaderboard/attempt-index.ts';
import { loadAttempts, type PointsCache } from '../../server/leaderboard/attempts.ts';
import type { AttemptRecord, RunPoints } from '../../server/store/entries.ts';

type Run = Omit<AttemptRecord, keyof RunPoints>;
const run = (id: string, status: Run['status']): Run => ({
  run: id,
  teamId: 't1',
  exercise: 'e',
  status,
  createdAt: 1,
  finishedAt: status === 'running' ? null : 2,
});

/** An index double that hands out the runs it holds, as the real one does: a run that changes is a new object. */
const indexOf = (runs: Run[]) => ({ attempts: async () => [...runs] }) as unknown as AttemptIndex;

/** A store double that answers from lists and records which runs' points were read. */
function storeOf(runs: Run[]) {
  const asked: string[][] = [];
  return {
    asked,
    store: {
      attemptRuns: async () => runs,
      runPoints: async (ids: readonly string[]) => {
        asked.push([...ids]);
        return new Map(ids.map((id) => [id, { scores: new Map([['fall-1', 0.5]]), outputTokens: 10 }]));
      },
    },
  };
}

describe('the attempts a live board is made of', () => {
  it('reads the case results of a finished run once, and of a running one every time', async () => {
    const runs = [run('a', 'done'), run('b', 'running')];
    const { store, asked } = storeOf(runs);
    const cache: PointsCache = new Map();
    const first = await loadAttempts(store, 'w', { cache });
    expect(first.map((a) => [a.run, a.scores.get('fall-1'), a.outputTokens])).toEqual([
      ['a', 0.5, 10],
      ['b', 0.5, 10],
    ]);
    runs[1] = run('b', 'done');
    runs.push(run('c', 'running'));
    await loadAttempts(store, 'w', { cache });
    const third = await loadAttempts(store, 'w', { cache });
    expect(asked).toEqual([['a', 'b'], ['b', 'c'], ['c']]);
    // A finished attempt is the same object every time: a board over thousands of runs makes no copies of them.
    expect(third[0]).toBe(first[0]);
  });

  it('for a board, keeps a running attempt as long as the index holds the same run, and scores it once it ends', async () => {
    const runs = [run('a', 'running')];
    const { store, asked } = storeOf(runs);
    const index = indexOf(runs);
    const cache: PointsCache = new Map();
    const first = await loadAttempts(store, 'w', { cache, index, finishedOnly: true });
    const second = await loadAttempts(store, 'w', { cache, index, finishedOnly: true });
    expect(second[0]).toBe(first[0]);
    expect(first[0]?.scores.size).toBe(0);
    runs[0] = run('a', 'done');
    const third = await loadAttempts(store, 'w', { cache, index, finishedOnly: true });
    expect([third[0]?.status, third[0]?.scores.get('fall-1')]).toEqual(['done', 0.5]);
    expect(asked).toEqual([['a']]);
  });

  it('outside a board, reads a running attempt’s points every time, even from the same run', async () => {
    const runs = [run('a', 'running')];
    const { store, asked } = storeOf(runs);
    const index = indexOf(runs);
    const first = await loadAttempts(store, 'w', { index });
    const second = await loadAttempts(store, 'w', { index });
    expect(second[0]).not.toBe(first[0]);
    expect(second[0]?.scores.get('fall-1')).toBe(0.5);
    expect(asked).toEqual([['a'], ['a']]);
  });

  it('without a cache reads every run’s points', async () => {
    const { store, asked } = storeOf([run('a', 'done')]);
    await loadAttempts(store, 'w');
    await loadAttempts(store, 'w');
    expect(asked).toEqual([['a'], ['a']]);
  });
});
