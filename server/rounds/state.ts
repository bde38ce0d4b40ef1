import type { ExerciseState, RoundState } from '../schema/round.ts';
import type { WorkshopRecord } from '../store/records.ts';

type Round = Pick<
  WorkshopRecord,
  'released' | 'locked' | 'revealed' | 'countdown' | 'announcement' | 'gallery' | 'voting'
>;

/** The countdown's locks once its time is up (none before). */
const expiredLocks = ({ countdown }: Round, now: number): string[] =>
  countdown && now >= countdown.endsAt ? countdown.locks : [];

/**
 * The released exercises that take no new runs now: locked by the trainer, revealed (its hidden cases are known),
 * or locked by a countdown that is up. Worked out on every request, so a countdown needs no timer to lock.
 */
export function lockedNow(round: Round, now: number): string[] {
  const locked = new Set([...round.locked, ...round.revealed, ...expiredLocks(round, now)]);
  return round.released.filter((id) => locked.has(id));
}

export function exerciseState(round: Round, id: string, now: number): ExerciseState {
  if (!round.released.includes(id)) return 'waiting';
  return lockedNow(round, now).includes(id) ? 'locked' : 'open';
}

export const isRevealed = (round: Pick<Round, 'revealed'>, id: string): boolean => round.revealed.includes(id);

export function toRoundState(round: Round, now: number): RoundState {
  const { countdown } = round;
  return {
    released: round.released,
    locked: lockedNow(round, now),
    revealed: round.revealed,
    countdown: countdown && { ends_at: countdown.endsAt, label: countdown.label, locks: countdown.locks },
    announcement: round.announcement,
    gallery: round.gallery,
    voting: round.voting && { exercise: round.voting.exercise, opened_at: round.voting.openedAt },
    now,
  };
}
