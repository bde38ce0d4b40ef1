import * as z from 'zod';
import { exerciseIdSchema } from './exercise.ts';
import { runGuardSchema } from './guard.ts';
import { exerciseStateSchema } from './round.ts';
import { spendSchema } from './workshop.ts';

/** Which cases the points count: the public ones while the round runs, all of them once revealed. */
export const pointsScopeSchema = z.enum(['public', 'all']);

/** A team's entry for one exercise: the attempt it chose, or else its best. */
export const entrySchema = z.object({
  team: z.string(),
  team_id: z.string(),
  /** 0..100: the mean score over the counted cases (a case the attempt did not run counts 0). */
  points: z.number(),
  rank: z.int(),
  output_tokens: z.int(),
  /** When the attempt was started: the last tie-break (earlier first). */
  entered_at: z.int(),
  /** Whether the team chose it (otherwise its best attempt counts). */
  chosen: z.boolean(),
  /** The attempt itself: for the trainer and the team's own row only. */
  run: z.string().optional(),
});
export type Entry = z.infer<typeof entrySchema>;

export const overallRowSchema = z.object({
  team: z.string(),
  team_id: z.string(),
  /** Sum of the entries' points over the workshop's exercises. */
  points: z.number(),
  rank: z.int(),
  output_tokens: z.int(),
  /** How many exercises have an entry. */
  entries: z.int(),
});
export type OverallRow = z.infer<typeof overallRowSchema>;

/** `GET /api/workshops/{id}/leaderboard`. */
export const leaderboardSchema = z.object({
  exercises: z.array(
    z.object({
      exercise: exerciseIdSchema,
      title: z.string(),
      state: exerciseStateSchema,
      scope: pointsScopeSchema,
      entries: z.array(entrySchema),
    }),
  ),
  overall: z.array(overallRowSchema),
});
export type Leaderboard = z.infer<typeof leaderboardSchema>;

/** `GET /api/exercises/{id}/entry` for a team: what counts for it now; null before a finished attempt. */
export const myEntrySchema = z
  .object({
    run: z.string(),
    chosen: z.boolean(),
    points: z.number(),
    scope: pointsScopeSchema,
    locked: z.boolean(),
  })
  .nullable();
export type MyEntry = z.infer<typeof myEntrySchema>;

export const entryChoiceSchema = z.strictObject({ run: z.string().min(1).max(64) });

/** Why a team may need the trainer: no run for a while, or several attempts without getting better. */
export const stuckSchema = z.object({
  reason: z.enum(['idle', 'no-progress']),
  /** idle: minutes since the last run (or since joining); no-progress: attempts since the last improvement. */
  count: z.int(),
  exercise: exerciseIdSchema.nullable(),
});
export type Stuck = z.infer<typeof stuckSchema>;

export const dashboardCellSchema = z.object({
  exercise: exerciseIdSchema,
  /** Best points over all cases (the trainer sees everything); null before a finished attempt. */
  best: z.number().nullable(),
  attempts: z.int(),
  last_run_at: z.int().nullable(),
  /** The attempt that counts for the leaderboard. */
  entry: z.string().nullable(),
});

/** `GET /api/workshops/{id}/dashboard`: teams × exercises, live. */
export const dashboardSchema = z.object({
  now: z.int(),
  exercises: z.array(
    z.object({ id: exerciseIdSchema, title: z.string(), state: exerciseStateSchema, revealed: z.boolean() }),
  ),
  teams: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      members: z.int(),
      spent: spendSchema,
      last_run_at: z.int().nullable(),
      running: z.int(),
      stuck: stuckSchema.nullable(),
      /** What the data guard replaced in the team's runs and what the team sent on confirmation: counts only. */
      data_guard: runGuardSchema.pick({ replaced: true, confirmed: true }),
      cells: z.array(dashboardCellSchema),
    }),
  ),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
