import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// One schema for both SQLite (Node) and D1 (Workers); migrations are generated from it by drizzle-kit.

export const runs = sqliteTable(
  'runs',
  {
    id: text('id').primaryKey(),
    exercise: text('exercise').notNull(),
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
  },
  (t) => [index('runs_exercise_created').on(t.exercise, t.createdAt)],
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
    cached: integer('cached', { mode: 'boolean' }).notNull(),
    finishedAt: integer('finished_at').notNull(),
  },
  (t) => [uniqueIndex('case_results_unique').on(t.runId, t.caseId, t.provider, t.repeat)],
);

export const responseCache = sqliteTable('response_cache', {
  key: text('key').primaryKey(),
  response: text('response', { mode: 'json' }).notNull(),
  createdAt: integer('created_at').notNull(),
});
