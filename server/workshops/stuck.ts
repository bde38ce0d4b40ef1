import type { Stuck } from '../schema/leaderboard.ts';

/** Minutes without a run after which a team may need the trainer. */
export const IDLE_MINUTES = 10;
/** Finished attempts at one exercise without beating the team's best before them. */
export const FLAT_ATTEMPTS = 3;

export interface TeamActivity {
  /** The team's finished attempts with their points over all cases, oldest first. */
  finished: readonly { exercise: string; points: number }[];
  running: number;
  /** The team's last run, or when it joined. */
  lastActiveAt: number;
}

/**
 * Whether the trainer should look in on a team: nothing run for a while though an exercise is open, or the last
 * several attempts at the exercise it works on did not improve on its best (and the best is not already full).
 */
export function stuckSignal(team: TeamActivity, anyOpen: boolean, now: number): Stuck | null {
  const idleMinutes = Math.floor((now - team.lastActiveAt) / 60_000);
  if (anyOpen && team.running === 0 && idleMinutes >= IDLE_MINUTES) {
    return { reason: 'idle', count: idleMinutes, exercise: null };
  }
  const exercise = team.finished.at(-1)?.exercise;
  if (exercise === undefined) return null;
  let best = -1;
  let flat = 0;
  for (const { points } of team.finished.filter((a) => a.exercise === exercise)) {
    if (points > best) [best, flat] = [points, 0];
    else flat++;
  }
  return flat >= FLAT_ATTEMPTS && best < 100 ? { reason: 'no-progress', count: flat, exercise } : null;
}
