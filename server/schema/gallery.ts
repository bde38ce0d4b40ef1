import * as z from 'zod';
import { exerciseIdSchema, promptSchema } from './exercise.ts';
import { publicCaseSchema } from './api.ts';
import { assertionResultSchema } from './run.ts';

/** An entry's answer to one case (its first model and repetition): what the room compares. */
export const galleryOutputSchema = z.object({
  case: z.string(),
  /** Null: the attempt did not run this case. */
  output: z.string().nullable(),
  /** 0..100 over the attempt's models and repetitions, like the leaderboard's points. */
  points: z.number().nullable(),
  pass: z.boolean().nullable(),
  /** The checks this answer failed. */
  failed: z.array(assertionResultSchema),
  error: z.string().nullable(),
});
export type GalleryOutput = z.infer<typeof galleryOutputSchema>;

export const galleryEntrySchema = z.object({
  team: z.string(),
  team_id: z.string(),
  rank: z.int(),
  points: z.number(),
  chosen: z.boolean(),
  prompt: promptSchema,
  /** The provider ids the attempt ran on. */
  models: z.array(z.string()),
  outputs: z.array(galleryOutputSchema),
});
export type GalleryEntry = z.infer<typeof galleryEntrySchema>;

/** `GET /api/workshops/{id}/gallery/{exercise}`: every team's entry side by side, after the reveal. */
export const gallerySchema = z.object({
  exercise: exerciseIdSchema,
  title: z.string(),
  /** Whether the teams see it now (the trainer opened it). */
  open: z.boolean(),
  /** The case the trainer shows everyone; null: the first. */
  focus: z.string().nullable(),
  starter: promptSchema,
  cases: z.array(publicCaseSchema),
  entries: z.array(galleryEntrySchema),
});
export type Gallery = z.infer<typeof gallerySchema>;

/** `PUT /api/workshops/{id}/gallery`: show an exercise's gallery to everyone, at one case. */
export const galleryOpenSchema = z.strictObject({
  exercise: exerciseIdSchema,
  case: z.string().min(1).max(64).nullable().optional(),
});
export type GalleryOpen = z.infer<typeof galleryOpenSchema>;
