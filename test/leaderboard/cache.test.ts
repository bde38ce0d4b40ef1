import { describe, expect, it } from 'vitest';
import { createBoardCache } from '../../server/leaderboard/cache.ts';
import type { Leaderboard } from '../../server/schema/leaderboard.ts';

const board = (n: number) => ({ exercises: [], overall: [], n }) as unknown as Leaderboard;

describe('the kept leaderboard', () => {
  it('serves a device that has seen no newer change than the board, under the same locks', async () => {
    const cache = createBoardCache();
    let made = 0;
    const make = async () => board(++made);
    await cache.at('w', { changed: 7, locks: '' }, make);
    expect(await cache.known('w', '', 7)).toEqual(board(1));
    expect(await cache.known('w', '', 3)).toEqual(board(1));
    // Newer than the board, no number at all, another workshop, or a countdown that locked since: look it up.
    expect(cache.known('w', '', 8)).toBeUndefined();
    expect(cache.known('w', '', undefined)).toBeUndefined();
    expect(cache.known('v', '', 1)).toBeUndefined();
    expect(cache.known('w', 'x', 7)).toBeUndefined();
    // The same version again is the kept board; a new one is worked out.
    expect(await cache.at('w', { changed: 7, locks: '' }, make)).toEqual(board(1));
    expect(await cache.at('w', { changed: 9, locks: '' }, make)).toEqual(board(2));
    expect(await cache.known('w', '', 9)).toEqual(board(2));
  });

  it('keeps no board whose reading failed', async () => {
    const cache = createBoardCache();
    await expect(cache.at('w', { changed: 1, locks: '' }, () => Promise.reject(new Error('weg')))).rejects.toThrow();
    expect(cache.known('w', '', 1)).toBeUndefined();
    expect(await cache.at('w', { changed: 1, locks: '' }, async () => board(5))).toEqual(board(5));
  });
});
