import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { trainers } from './accounts.ts';

export const workshops = sqliteTable('workshops', {
  id: text('id').primaryKey(),
  /** 6 characters without look-alikes; unique among all workshops. */
  code: text('code').notNull().unique(),
  title: text('title').notNull(),
  /** ISO date (YYYY-MM-DD). */
  date: text('date').notNull(),
  /** Exercise ids in the order the trainer chose. */
  exercises: text('exercises', { mode: 'json' }).notNull(),
  released: text('released', { mode: 'json' }).notNull(),
  /** Released exercises that take no new runs (their history stays readable). */
  locked: text('locked', { mode: 'json' }).notNull().default([]),
  /** Exercises whose hidden cases teams see and the ranking counts. */
  revealed: text('revealed', { mode: 'json' }).notNull().default([]),
  /** `{endsAt, label, locks}`: the round's clock, shown to everyone; null: none. */
  countdown: text('countdown', { mode: 'json' }),
  /** `{id, text, at}`: the trainer's message to everyone; null: none. */
  announcement: text('announcement', { mode: 'json' }),
  /** `{exercise, case}`: the gallery everyone sees after a reveal; null: closed. */
  gallery: text('gallery', { mode: 'json' }),
  /** `{exercise, openedAt, entries, cases}`: the blind vote running now, with the entries it compares; null: none. */
  voting: text('voting', { mode: 'json' }),
  /** `{picks, anonymous}`: the entries the trainer chose for the prompt library; null: each exercise's best. */
  library: text('library', { mode: 'json' }),
  /** Provider ids (`openai:gpt-4o-mini`) teams may use; null: every available model. */
  models: text('models', { mode: 'json' }),
  inHouseOnly: integer('in_house_only', { mode: 'boolean' }).notNull(),
  budgetEur: real('budget_eur'),
  budgetTokens: integer('budget_tokens'),
  runsPerMinute: integer('runs_per_minute'),
  leaderboardVisible: integer('leaderboard_visible', { mode: 'boolean' }).notNull(),
  dataGuard: text('data_guard').notNull(),
  dataGuardInHouse: integer('data_guard_in_house', { mode: 'boolean' }).notNull().default(false),
  dataGuardReplacement: text('data_guard_replacement').notNull().default('placeholder'),
  joinOpen: integer('join_open', { mode: 'boolean' }).notNull(),
  createdAt: integer('created_at').notNull(),
});

/** Who runs a workshop: its creator and the co-trainers they invited. */
export const workshopTrainers = sqliteTable(
  'workshop_trainers',
  {
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    trainerId: text('trainer_id')
      .notNull()
      .references(() => trainers.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.workshopId, t.trainerId] }), index('workshop_trainers_trainer').on(t.trainerId)],
);

export const teams = sqliteTable(
  'teams',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** The name folded for uniqueness (case and spacing ignored); null once removed, which frees the name. */
    nameKey: text('name_key'),
    createdAt: integer('created_at').notNull(),
    removedAt: integer('removed_at'),
    // What the team did so far, kept up to date by triggers on `runs` and `case_results` (migration 0007): budgets
    // and the live views read one row instead of going through the team's whole history.
    /** How many runs the team started, and when the last one. */
    runs: integer('runs').notNull().default(0),
    lastRunAt: integer('last_run_at'),
    /** Euros of the priced case results. */
    spentEur: real('spent_eur').notNull().default(0),
    /** Tokens of the case results without a price. */
    unpricedTokens: integer('unpriced_tokens').notNull().default(0),
  },
  (t) => [uniqueIndex('teams_workshop_name').on(t.workshopId, t.nameKey)],
);

/**
 * What the data guard replaced in a team's runs (`replaced`) and what the team confirmed to send as it was
 * (`confirmed`), counted by kind of data; kept up to date by a trigger on `runs` (migration 0007), so that the
 * dashboard need not add up every run's counts.
 */
export const teamGuardCounts = sqliteTable(
  'team_guard_counts',
  {
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    part: text('part').notNull(),
    kind: text('kind').notNull(),
    n: integer('n').notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.part, t.kind] })],
);

export const participants = sqliteTable(
  'participants',
  {
    id: text('id').primaryKey(),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    teamId: text('team_id')
      .notNull()
      .references(() => teams.id, { onDelete: 'cascade' }),
    /** Optional, for the training record. */
    name: text('name'),
    joinedAt: integer('joined_at').notNull(),
    removedAt: integer('removed_at'),
  },
  (t) => [index('participants_team').on(t.teamId), index('participants_workshop').on(t.workshopId)],
);

/**
 * What happened in a workshop, in order: live views (team history, trainer pages) follow it by id, on Node
 * and on Workers alike. Rows hold ids and names only, never prompts, outputs or hidden cases.
 */
export const workshopEvents = sqliteTable(
  'workshop_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workshopId: text('workshop_id')
      .notNull()
      .references(() => workshops.id, { onDelete: 'cascade' }),
    /** `all`, `team` (the team named here and the trainers) or `trainers`. */
    audience: text('audience').notNull(),
    teamId: text('team_id'),
    type: text('type').notNull(),
    data: text('data', { mode: 'json' }).notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('workshop_events_workshop').on(t.workshopId, t.id)],
);
