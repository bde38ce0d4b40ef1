import type { CountdownSet, RoundStart } from '../schema/round.ts';
import type { CountdownRecord, WorkshopRecord } from '../store/records.ts';
import { lockedNow } from './state.ts';

/** What a control changes of the workshop's round. */
export type RoundPatch = Partial<
  Pick<WorkshopRecord, 'released' | 'locked' | 'revealed' | 'countdown' | 'announcement'>
>;

const union = (list: readonly string[], add: readonly string[]) => [...new Set([...list, ...add])];
const without = (list: readonly string[], remove: readonly string[]) => list.filter((id) => !remove.includes(id));

/**
 * The round with what an ended countdown locked written down as locked, and the countdown's own locks dropped:
 * replacing or stopping the clock later must not unlock what its end already locked.
 */
function settled(w: WorkshopRecord, now: number): Pick<WorkshopRecord, 'locked' | 'countdown'> {
  if (!w.countdown || now < w.countdown.endsAt) return { locked: w.locked, countdown: w.countdown };
  return { locked: lockedNow({ ...w, revealed: [] }, now), countdown: { ...w.countdown, locks: [] } };
}

/** Opens exercises for runs, also ones that were locked (revealed ones stay locked: their hidden cases are out). */
export function release(w: WorkshopRecord, ids: readonly string[], now: number): RoundPatch {
  const { locked, countdown } = settled(w, now);
  return {
    released: union(w.released, ids),
    locked: without(locked, ids),
    countdown: countdown && { ...countdown, locks: without(countdown.locks, ids) },
  };
}

export function lock(w: WorkshopRecord, id: string, now: number): RoundPatch {
  const { locked, countdown } = settled(w, now);
  return { locked: union(locked, [id]), countdown };
}

export const reveal = (w: WorkshopRecord, id: string): RoundPatch => ({ revealed: union(w.revealed, [id]) });

function clock(minutes: number, label: string | undefined, locks: readonly string[], now: number): CountdownRecord {
  return { endsAt: now + minutes * 60_000, label: label || null, locks: [...locks] };
}

/** Opens the round's exercises together; with minutes, against the clock (locking them at the end by default). */
export function startRound(w: WorkshopRecord, input: RoundStart, now: number): RoundPatch {
  const opened = release(w, input.exercises, now);
  if (input.minutes == null) return opened;
  const locks = input.lock_at_end === false ? [] : input.exercises;
  return { ...opened, countdown: clock(input.minutes, undefined, locks, now) };
}

export function setCountdown(w: WorkshopRecord, input: CountdownSet, now: number): RoundPatch {
  const { locked } = settled(w, now);
  return { locked, countdown: clock(input.minutes, input.label, input.locks ?? [], now) };
}

export const stopCountdown = (w: WorkshopRecord, now: number): RoundPatch => ({
  locked: settled(w, now).locked,
  countdown: null,
});
