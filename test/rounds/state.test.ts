import { describe, expect, it } from 'vitest';
import { lock, release, reveal, setCountdown, startRound, stopCountdown } from '../../server/rounds/controls.ts';
import { exerciseState, toRoundState } from '../../server/rounds/state.ts';
import type { WorkshopRecord } from '../../server/store/records.ts';

const base = {
  exercises: ['a', 'b', 'c'],
  released: ['a'],
  locked: [],
  revealed: [],
  countdown: null,
  announcement: null,
} as unknown as WorkshopRecord;
const apply = (w: WorkshopRecord, patch: Partial<WorkshopRecord>) => ({ ...w, ...patch });
const states = (w: WorkshopRecord, now: number) => w.exercises.map((id) => exerciseState(w, id, now));

describe('a round', () => {
  it('opens, locks and reopens exercises; a revealed one stays locked', () => {
    let w = apply(base, release(base, ['b'], 0));
    expect(states(w, 0)).toEqual(['open', 'open', 'waiting']);
    w = apply(w, lock(w, 'a', 0));
    expect(states(w, 0)).toEqual(['locked', 'open', 'waiting']);
    w = apply(w, release(w, ['a'], 0));
    expect(states(w, 0)).toEqual(['open', 'open', 'waiting']);
    w = apply(w, reveal(w, 'b'));
    w = apply(w, release(w, ['b'], 0));
    expect(states(w, 0)).toEqual(['open', 'locked', 'waiting']);
    expect(toRoundState(w, 0)).toMatchObject({ released: ['a', 'b'], locked: ['b'], revealed: ['b'] });
  });

  it("locks a round's exercises when its countdown is up, with no timer, and keeps them locked after it", () => {
    let w = apply(base, startRound(base, { exercises: ['b', 'c'], minutes: 10 }, 1_000));
    expect(w.countdown).toEqual({ endsAt: 601_000, label: null, locks: ['b', 'c'] });
    expect(states(w, 600_999)).toEqual(['open', 'open', 'open']);
    expect(states(w, 601_000)).toEqual(['open', 'locked', 'locked']);
    // Stopping or replacing the clock later does not unlock what its end locked.
    expect(states(apply(w, stopCountdown(w, 700_000)), 700_000)).toEqual(['open', 'locked', 'locked']);
    w = apply(w, setCountdown(w, { minutes: 5, label: 'Pause' }, 700_000));
    expect(states(w, 700_000)).toEqual(['open', 'locked', 'locked']);
    expect(w.countdown).toEqual({ endsAt: 1_000_000, label: 'Pause', locks: [] });
    // Reopening one of them takes it off the list for good.
    w = apply(w, release(w, ['c'], 800_000));
    expect(states(w, 2_000_000)).toEqual(['open', 'locked', 'open']);
  });

  it('stopping a countdown before its end locks nothing; a round without lock_at_end never locks', () => {
    const w = apply(base, startRound(base, { exercises: ['b'], minutes: 1 }, 0));
    expect(states(apply(w, stopCountdown(w, 30_000)), 90_000)).toEqual(['open', 'open', 'waiting']);
    const free = apply(base, startRound(base, { exercises: ['b'], minutes: 1, lock_at_end: false }, 0));
    expect(states(free, 90_000)).toEqual(['open', 'open', 'waiting']);
  });
});
