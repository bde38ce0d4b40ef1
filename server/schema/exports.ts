import * as z from 'zod';
import { exerciseIdSchema, promptSchema } from './exercise.ts';

const workshopRefSchema = z.object({ id: z.string(), title: z.string(), date: z.string() });

/** One team × exercise × case of the entries. */
export const resultRowSchema = z.object({
  team: z.string(),
  exercise: exerciseIdSchema,
  exercise_title: z.string(),
  case: z.string(),
  hidden: z.boolean(),
  /** Provider ids the entry ran on. */
  models: z.array(z.string()),
  /** 0..100 (mean over models and repetitions); a case the entry did not run counts 0. */
  points: z.number(),
  /** Null: not run. */
  pass: z.boolean().nullable(),
  input_tokens: z.int(),
  output_tokens: z.int(),
  /** Null: no price known. */
  cost_eur: z.number().nullable(),
  run: z.string(),
  chosen: z.boolean(),
});
export type ResultRow = z.infer<typeof resultRowSchema>;

/** `GET /api/workshops/{id}/export/results.json`. */
export const resultsExportSchema = z.object({
  workshop: workshopRefSchema,
  generated_at: z.int(),
  rows: z.array(resultRowSchema),
});
export type ResultsExport = z.infer<typeof resultsExportSchema>;

/** One participant's AI-literacy training record (EU AI Act, Art. 4). */
export const trainingRecordSchema = z.object({
  participant: z.string(),
  name: z.string().nullable(),
  team: z.string(),
  /** From joining to the team's last attempt; null before any. */
  minutes: z.int().nullable(),
  /** Titles of the exercises the team worked on. */
  exercises: z.array(z.string()),
  /** The team's points over the workshop's exercises. */
  points: z.number(),
});
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

/** `GET /api/workshops/{id}/export/training-record.json`. */
export const trainingRecordsSchema = z.object({
  workshop: workshopRefSchema,
  trainers: z.array(z.string()),
  records: z.array(trainingRecordSchema),
});
export type TrainingRecords = z.infer<typeof trainingRecordsSchema>;

export const libraryPickSchema = z.strictObject({
  exercise: exerciseIdSchema,
  team_id: z.string().min(1).max(64),
});
export type LibraryPick = z.infer<typeof libraryPickSchema>;

/** `PUT /api/workshops/{id}/library`: which entries go into the prompt library, and whether teams are named. */
export const librarySelectionSchema = z.strictObject({
  picks: z.array(libraryPickSchema).max(500),
  anonymous: z.boolean(),
});
export type LibrarySelection = z.infer<typeof librarySelectionSchema>;

/** `GET /api/workshops/{id}/library`: the revealed exercises' entries, and which are picked. */
export const libraryViewSchema = z.object({
  anonymous: z.boolean(),
  /** False: nothing chosen yet, so each exercise's best entries are picked. */
  custom: z.boolean(),
  exercises: z.array(
    z.object({
      exercise: exerciseIdSchema,
      title: z.string(),
      entries: z.array(
        z.object({
          team: z.string(),
          team_id: z.string(),
          rank: z.int(),
          points: z.number(),
          models: z.array(z.string()),
          prompt: promptSchema,
          picked: z.boolean(),
        }),
      ),
    }),
  ),
});
export type LibraryView = z.infer<typeof libraryViewSchema>;
