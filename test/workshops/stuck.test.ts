import { describe, expect, it } from 'vitest';
import { stuckSignal } from '../../server/workshops/stuck.ts';

const minutes = (n: number) => n * 60_000;

describe('the stuck signal', () => {
  it('flags a team without a run for 10 minutes while an exercise is open, not while one runs', () => {
    const team = { finished: [], running: 0, lastActiveAt: 0 };
    expect(stuckSignal(team, true, minutes(9.9))).toBeNull();
    expect(stuckSignal(team, true, minutes(12))).toEqual({ reason: 'idle', count: 12, exercise: null });
    expect(stuckSignal(team, false, minutes(12))).toBeNull();
    expect(stuckSignal({ ...team, running: 1 }, true, minutes(12))).toBeNull();
  });

  it('flags 3 attempts in a row without beating the best at the current exercise, unless the best is full', () => {
    const at = (points: number[], exercise = 'x') => points.map((p) => ({ exercise, points: p }));
    const team = (finished: { exercise: string; points: number }[]) => ({ finished, running: 0, lastActiveAt: 0 });
    expect(stuckSignal(team(at([40, 60, 55, 60])), true, 0)).toBeNull();
    expect(stuckSignal(team(at([40, 60, 55, 60, 30])), true, 0)).toEqual({
      reason: 'no-progress',
      count: 3,
      exercise: 'x',
    });
    expect(stuckSignal(team([...at([40, 60, 55, 60, 30]), ...at([10], 'y')]), true, 0)).toBeNull();
    expect(stuckSignal(team(at([100, 100, 100, 100])), true, 0)).toBeNull();
  });
});
