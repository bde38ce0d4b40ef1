import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { trainers } from './accounts.ts';
import { participants, teams, workshops } from './workshops.ts';

export const runs = sqliteTable(
  'runs',
  {
    id: text('id').primaryKey(),
    exercise: text('exercise').notNull(),
    /** The version of a trainer's own exercise the run used; null for the shipped library. */
    exerciseVersion: integer('exercise_version'),
    status: text('status').notNull(),
    promptSystem: text('prompt_system'),
    promptUser: text('prompt_user').notNull(),
    targets: text('targets', { mode: 'json' }).notNull(),
    cases: text('cases', { mode: 'json' }).notNull(),
    repeat: integer('repeat').notNull(),
    cache: integer('cache', { mode: 'boolean' }).notNull(),
    /** Which process runs it: lets a restarted process tell an orphaned "running" run from a live one. */
    owner: text('owner').notNull(),
    createdAt: integer('created_at').notNull(),
    finishedAt: integer('finished_at'),
    error: text('error'),
    /** What the data guard replaced or was told to send (`RunGuard`: counts by kind, never values); null: none. */
    guard: text('guard', { mode: 'json' }),
    // The space the run belongs to: a team of a workshop, a trainer trying things out, or (all null) the open
    // sandbox. A removed team keeps its row (and its runs, for the records); removing a workshop removes them.
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
    teamId: text('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    trainerId: text('trainer_id').references(() => trainers.id, { onDelete: 'cascade' }),
    /** Who pressed Run (for the training record); a removed participant's runs stay their team's. */
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'set null' }),
    // Sums over the run's case results, kept by a trigger (0008_run_totals.sql): the history lists runs with their
    // totals without reading the results, whose long answers would be read along with them.
    resultCount: integer('result_count').notNull().default(0),
    passedCount: integer('passed_count').notNull().default(0),
    scoreSum: real('score_sum').notNull().default(0),
    costEurSum: real('cost_eur_sum').notNull().default(0),
  },
  (t) => [
    index('runs_exercise_created').on(t.exercise, t.createdAt),
    index('runs_team_created').on(t.teamId, t.createdAt),
    index('runs_trainer_created').on(t.trainerId, t.createdAt),
    index('runs_workshop_team_created').on(t.workshopId, t.teamId, t.createdAt),
  ],
);

export const caseResults = sqliteTable(
  'case_results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    caseId: text('case_id').notNull(),
    provider: text('provider').notNull(),
    repeat: integer('repeat').notNull(),
    output: text('output').notNull(),
    inputTokens: integer('input_tokens').notNull(),
    outputTokens: integer('output_tokens').notNull(),
    costEur: real('cost_eur'),
    latencyMs: integer('latency_ms').notNull(),
    finishReason: text('finish_reason'),
    score: real('score').notNull(),
    pass: integer('pass', { mode: 'boolean' }).notNull(),
    assertions: text('assertions', { mode: 'json' }).notNull(),
    error: text('error'),
    /** Why the case was not run at all (`budget`: the team's budget was used up); null when it ran. */
    skipped: text('skipped'),
    cached: integer('cached', { mode: 'boolean' }).notNull(),
    finishedAt: integer('finished_at').notNull(),
  },
  (t) => [
    uniqueIndex('case_results_unique').on(t.runId, t.caseId, t.provider, t.repeat),
    // Covers the leaderboard's, the dashboard's and the budget's sums: they never touch the rows themselves,
    // whose long answers would be read along with them.
    index('case_results_points').on(t.runId, t.caseId, t.score, t.outputTokens, t.inputTokens, t.costEur),
  ],
);

export const responseCache = sqliteTable('response_cache', {
  key: text('key').primaryKey(),
  response: text('response', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
});

/** The attempt a team chose to count for an exercise; without a row its best attempt counts. */
export const entries = sqliteTable(
  'entries',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    exercise: text('exercise').notNull(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    runId: text('run_id')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    chosenAt: integer('chosen_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.exercise] }), index('entries_workshop').on(t.workshopId)],
);

/**
 * One pair of two teams' answers shown to one attendee in a blind vote, and their vote (null until cast). The
 * pair key (case and both teams, in either order) is unique per attendee and exercise: one vote per pair.
 */
export const ballots = sqliteTable(
  'ballots',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    exercise: text('exercise').notNull(),
    participantId: text('participant_id')
      .notNull()
      .references(() => participants.id, { onDelete: 'cascade' }),
    caseId: text('case_id').notNull(),
    /** Shown as answer A. */
    firstTeam: text('first_team')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    firstRun: text('first_run')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    secondTeam: text('second_team')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    secondRun: text('second_run')
      .notNull()
      .references(() => runs.id, { onDelete: 'cascade' }),
    pairKey: text('pair_key').notNull(),
    choice: text('choice'),
    createdAt: integer('created_at').notNull(),
    votedAt: integer('voted_at'),
  },
  (t) => [
    uniqueIndex('ballots_pair').on(t.participantId, t.exercise, t.pairKey),
    index('ballots_workshop_exercise').on(t.workshopId, t.exercise),
  ],
);
