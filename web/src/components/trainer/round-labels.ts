import type { Dashboard, ExerciseState, Stuck } from '../../api/types.ts';
import { formatDateTime } from '../../format.ts';

type DashboardExercise = Dashboard['exercises'][number];

/** How an exercise stands for the teams, in a few words. */
export const EXERCISE_STATE: Readonly<Record<ExerciseState, string>> = {
  waiting: 'noch nicht freigegeben',
  open: 'offen für Läufe',
  locked: 'gesperrt',
};

/** "offen für Läufe", "gesperrt, verborgene Fälle aufgedeckt". */
export const exerciseStateText = (exercise: Pick<DashboardExercise, 'state' | 'revealed'>) =>
  exercise.revealed ? `${EXERCISE_STATE[exercise.state]}, verborgene Fälle aufgedeckt` : EXERCISE_STATE[exercise.state];

/** "gerade eben", "vor 3 Min.", "vor 2 Std.", else the date: how long ago, against the server's clock `now`. */
export function sinceText(at: number, now: number): string {
  const minutes = Math.floor((now - at) / 60_000);
  if (minutes < 1) return 'gerade eben';
  if (minutes < 60) return `vor ${minutes} Min.`;
  if (minutes < 24 * 60) return `vor ${Math.floor(minutes / 60)} Std.`;
  return formatDateTime(at);
}

/** Why a team may need the trainer: "12 Min. ohne Lauf", "4 Versuche ohne Verbesserung bei <Übung>". */
export function stuckText(stuck: Stuck, titleOf: (exercise: string) => string): string {
  if (stuck.reason === 'idle') return `${stuck.count} Min. ohne Lauf`;
  const attempts = stuck.count === 1 ? '1 Versuch' : `${stuck.count} Versuche`;
  return `${attempts} ohne Verbesserung${stuck.exercise ? ` bei „${titleOf(stuck.exercise)}“` : ''}`;
}

const score = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 });

/** Points as the leaderboard counts them (one decimal), so that a tie-break never looks like equal points. */
export const formatScore = (points: number) => score.format(points);

export const scoreText = (points: number) => `${formatScore(points)} Punkte`;
