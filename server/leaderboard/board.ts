import { findExercise } from '../http/exercise-view.ts';
import type { Catalogue } from '../exercises/catalogue.ts';
import type { Leaderboard } from '../schema/leaderboard.ts';
import { exerciseState, isRevealed } from '../rounds/state.ts';
import type { WorkshopRecord } from '../store/records.ts';
import type { AttemptRecord, ChosenEntry } from '../store/entries.ts';
import { countedCases, pointsOf, type PointsScope } from './points.ts';
import { byStanding, ranked } from './rank.ts';

export interface BoardInput {
  workshop: WorkshopRecord;
  /** The teams still in the workshop. */
  teams: readonly { id: string; name: string }[];
  attempts: readonly AttemptRecord[];
  chosen: readonly ChosenEntry[];
  catalogue: Catalogue;
  now: number;
}

/** What counts for a team at one exercise. */
export interface TeamEntry {
  teamId: string;
  run: string;
  points: number;
  outputTokens: number;
  /** The attempt's start: the last tie-break. */
  at: number;
  chosen: boolean;
}

export interface ExerciseEntries {
  exercise: string;
  scope: PointsScope;
  entries: TeamEntry[];
}

/**
 * Per released exercise, each team's entry: the finished attempt it chose, or else its best (points, then fewer
 * output tokens, then earlier). Points count the public cases until the exercise is revealed, then all cases.
 */
export function entriesByExercise({ workshop, teams, attempts, chosen, catalogue }: BoardInput): ExerciseEntries[] {
  const teamIds = new Set(teams.map((t) => t.id));
  return workshop.released
    .filter((id) => workshop.exercises.includes(id))
    .map((exercise) => {
      const scope: PointsScope = isRevealed(workshop, exercise) ? 'all' : 'public';
      const cases = countedCases(findExercise(catalogue, exercise), scope);
      const choice = new Map(chosen.flatMap((c) => (c.exercise === exercise ? [[c.teamId, c.run] as const] : [])));
      const best = new Map<string, TeamEntry>();
      // Thousands of attempts on every update of a live board: no key per attempt, and once a team's chosen entry
      // is found, its other attempts are passed over.
      for (const a of attempts) {
        if (a.exercise !== exercise || a.status === 'running' || !teamIds.has(a.teamId)) continue;
        const current = best.get(a.teamId);
        const isChosen = choice.get(a.teamId) === a.run;
        // A chosen attempt wins outright; a choice that no longer exists falls back to the best attempt.
        if (current?.chosen && !isChosen) continue;
        const entry: TeamEntry = {
          teamId: a.teamId,
          run: a.run,
          points: pointsOf(a, cases),
          outputTokens: a.outputTokens,
          at: a.createdAt,
          chosen: isChosen,
        };
        if (!current || isChosen || byStanding(entry, current) < 0) best.set(a.teamId, entry);
      }
      return { exercise, scope, entries: [...best.values()] };
    });
}

/** The leaderboard per exercise and overall, with every entry's run (the route hides other teams' runs). */
export function buildLeaderboard(input: BoardInput, perExercise = entriesByExercise(input)): Leaderboard {
  const { workshop, teams, catalogue, now } = input;
  const names = new Map(teams.map((t) => [t.id, t.name]));
  const exercises = perExercise.map(({ exercise, scope, entries }) => ({
    exercise,
    title: findExercise(catalogue, exercise)?.exercise.title ?? exercise,
    state: exerciseState(workshop, exercise, now),
    scope,
    entries: ranked(entries, byStanding).map((e) => ({
      team: names.get(e.teamId) ?? '',
      team_id: e.teamId,
      points: e.points,
      rank: e.rank,
      output_tokens: e.outputTokens,
      entered_at: e.at,
      chosen: e.chosen,
      run: e.run,
    })),
  }));
  const totals = teams.map((team) => {
    const mine = perExercise.flatMap((x) => x.entries.filter((e) => e.teamId === team.id));
    return {
      team,
      // Rounded again: sums of one-decimal numbers pick up float noise that would break ties.
      points: Math.round(mine.reduce((sum, e) => sum + e.points, 0) * 10) / 10,
      outputTokens: mine.reduce((sum, e) => sum + e.outputTokens, 0),
      // The overall tie-break: who had their last entry in first.
      at: Math.max(0, ...mine.map((e) => e.at)),
      entries: mine.length,
    };
  });
  const overall = ranked(totals, byStanding).map((t) => ({
    team: t.team.name,
    team_id: t.team.id,
    points: t.points,
    rank: t.rank,
    output_tokens: t.outputTokens,
    entries: t.entries,
  }));
  return { exercises, overall };
}
