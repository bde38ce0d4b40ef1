import { describe, expect, it } from 'vitest';
import type { LoadedExercise } from '../../server/exercises/catalogue.ts';
import { countedCases, pointsOf } from '../../server/leaderboard/points.ts';

const exercise = (hidden: string[]) =>
  ({
    fixture: { cases: ['a', 'b', 'c'].map((id) => ({ id, hidden: hidden.includes(id) })) },
  }) as unknown as LoadedExercise;

describe('points of an attempt', () => {
  it('counts the public cases until the reveal, then all, as the same list for the same exercise', () => {
    const loaded = exercise(['c']);
    expect(countedCases(loaded, 'public')).toEqual(['a', 'b']);
    expect(countedCases(loaded, 'all')).toEqual(['a', 'b', 'c']);
    expect(countedCases(loaded, 'public')).toBe(countedCases(loaded, 'public'));
    // An edited exercise is loaded anew: its cases count as they are now.
    expect(countedCases(exercise([]), 'public')).toEqual(['a', 'b', 'c']);
    expect(countedCases(undefined, 'all')).toEqual([]);
  });

  it('gives each counted list its own points for the same scores', () => {
    const loaded = exercise(['c']);
    const attempt = {
      scores: new Map([
        ['a', 1],
        ['b', 0.5],
        ['c', 0],
      ]),
    };
    expect(pointsOf(attempt, countedCases(loaded, 'public'))).toBe(75);
    expect(pointsOf(attempt, countedCases(loaded, 'all'))).toBe(50);
    expect(pointsOf(attempt, countedCases(loaded, 'public'))).toBe(75);
    expect(pointsOf(attempt, [])).toBe(0);
  });
});
