import { toRoundState } from '../rounds/state.ts';
import type { Budget } from '../schema/session.ts';
import type { Team, Workshop } from '../schema/workshop.ts';
import type { SpendRecord, TeamStats, WorkshopRecord } from '../store/records.ts';

/** The address attendees open to join: the app with the code filled in. */
export const joinUrl = (base: string, code: string): string => `${base.replace(/\/+$/, '')}/#/beitreten/${code}`;

export function toWorkshopView(
  w: WorkshopRecord,
  trainers: { id: string; name: string }[],
  baseUrl: string,
  now: number,
): Workshop {
  return {
    id: w.id,
    code: w.code,
    title: w.title,
    date: w.date,
    exercises: w.exercises,
    released: w.released,
    models: w.models,
    in_house_only: w.inHouseOnly,
    budget_eur: w.budgetEur,
    budget_tokens: w.budgetTokens,
    runs_per_minute: w.runsPerMinute,
    leaderboard_visible: w.leaderboardVisible,
    data_guard: w.dataGuard,
    data_guard_in_house: w.dataGuardInHouse,
    data_guard_replacement: w.dataGuardReplacement,
    join_open: w.joinOpen,
    join_url: joinUrl(baseUrl, w.code),
    created_at: w.createdAt,
    trainers,
    round: toRoundState(w, now),
  };
}

export const toTeamView = (team: TeamStats): Team => ({
  id: team.id,
  name: team.name,
  created_at: team.createdAt,
  members: team.members.map((m) => ({ id: m.id, name: m.name, joined_at: m.joinedAt })),
  runs: team.runs,
  spent: team.spent,
  last_run_at: team.lastRunAt,
});

export const toBudget = (w: WorkshopRecord, spent: SpendRecord): Budget => ({
  limit: { eur: w.budgetEur, tokens: w.budgetTokens },
  spent,
});
