import { findExercise } from '../http/exercise-view.ts';
import { type BoardInput, type ExerciseEntries } from '../leaderboard/board.ts';
import { countedCases, pointsOf } from '../leaderboard/points.ts';
import type { Dashboard } from '../schema/leaderboard.ts';
import { exerciseState, isRevealed } from '../rounds/state.ts';
import type { TeamStats } from '../store/records.ts';
import { stuckSignal } from './stuck.ts';

/**
 * Teams × exercises for the trainer: best points over all cases (the trainer sees the hidden ones), attempts,
 * last activity, the entry that counts, spend, and who may be stuck.
 */
export function buildDashboard(
  input: Omit<BoardInput, 'teams'> & { teams: readonly TeamStats[] },
  perExercise: readonly ExerciseEntries[],
): Dashboard {
  const { workshop, teams, attempts, catalogue, now } = input;
  const allCases = new Map(workshop.exercises.map((id) => [id, countedCases(findExercise(catalogue, id), 'all')]));
  // One pass over the workshop's attempts (thousands), grouped by team, instead of one per team and cell.
  const byTeam = new Map<string, { exercise: string; points: number | null; createdAt: number }[]>();
  for (const a of attempts) {
    const points = a.status === 'running' ? null : pointsOf(a, allCases.get(a.exercise) ?? []);
    const mine = byTeam.get(a.teamId) ?? byTeam.set(a.teamId, []).get(a.teamId)!;
    mine.push({ exercise: a.exercise, points, createdAt: a.createdAt });
  }
  const entryOf = new Map(
    perExercise.flatMap(({ exercise, entries }) => entries.map((e) => [`${e.teamId}/${exercise}`, e.run] as const)),
  );
  const states = workshop.exercises.map((id) => exerciseState(workshop, id, now));
  const anyOpen = states.includes('open');
  return {
    now,
    exercises: workshop.exercises.map((id, i) => ({
      id,
      title: findExercise(catalogue, id)?.exercise.title ?? id,
      state: states[i] ?? 'waiting',
      revealed: isRevealed(workshop, id),
    })),
    teams: teams.map((team) => {
      const mine = byTeam.get(team.id) ?? [];
      const finished = mine.flatMap((a) => (a.points === null ? [] : [{ exercise: a.exercise, points: a.points }]));
      const running = mine.length - finished.length;
      return {
        id: team.id,
        name: team.name,
        members: team.members.length,
        spent: team.spent,
        last_run_at: team.lastRunAt,
        running,
        stuck: stuckSignal({ finished, running, lastActiveAt: team.lastRunAt ?? team.createdAt }, anyOpen, now),
        data_guard: team.guard,
        cells: workshop.exercises.map((exercise) => {
          const tries = mine.filter((a) => a.exercise === exercise);
          const points = tries.flatMap((a) => (a.points === null ? [] : [a.points]));
          return {
            exercise,
            best: points.length > 0 ? Math.max(...points) : null,
            attempts: tries.length,
            last_run_at: tries.at(-1)?.createdAt ?? null,
            entry: entryOf.get(`${team.id}/${exercise}`) ?? null,
          };
        }),
      };
    }),
  };
}
