import * as z from 'zod';
import type { ProviderInfo } from '../providers/types.ts';
import { exerciseIdSchema, promptSchema, settingsSchema } from './exercise.ts';
import { exerciseStateSchema } from './round.ts';

/** Every API error: HTTP 4xx/5xx with this body; `field` names the offending input when there is one. */
export const apiErrorSchema = z.object({
  error: z.object({
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

/** A catalogue card. */
export const exerciseSummarySchema = z.object({
  id: exerciseIdSchema,
  title: z.string(),
  level: z.int().min(1).max(5),
  tags: z.array(z.string()),
  caseCount: z.int(),
  hiddenCount: z.int(),
  /** Best run score so far in points (0..100), null before the first finished case. */
  bestScore: z.number().nullable(),
  /** In a workshop: open for runs or locked (history stays readable); elsewhere always open. */
  state: exerciseStateSchema,
  /** The trainer revealed the hidden cases: they are shown and counted. */
  revealed: z.boolean(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummarySchema>;

/**
 * A case as attendees see it. A hidden case counts for scoring but only shows up under a placeholder id
 * (`verborgen-1`, ...): its real id, vars, reference and outputs never leave the server.
 */
export const publicCaseSchema = z.discriminatedUnion('hidden', [
  z.object({
    hidden: z.literal(false),
    id: z.string(),
    description: z.string().optional(),
    vars: z.record(z.string(), z.string()),
    reference: z.string().optional(),
    /** A hidden case the trainer has revealed. */
    revealed: z.boolean().optional(),
  }),
  z.object({ hidden: z.literal(true), id: z.string() }),
]);
export type PublicCase = z.infer<typeof publicCaseSchema>;

export const exerciseDetailSchema = exerciseSummarySchema.extend({
  task: z.string(),
  context: z.record(z.string(), z.string()),
  starter: promptSchema,
  settings: settingsSchema,
  /** All cases in file order; hidden ones as placeholders. */
  cases: z.array(publicCaseSchema),
});
export type ExerciseDetail = z.infer<typeof exerciseDetailSchema>;

/** A provider as GET /api/providers lists it (the shape of ProviderInfo in providers/types.ts; never a key). */
export const providerInfoSchema = z.object({
  name: z.string(),
  label: z.string(),
  kind: z.enum(['openai', 'anthropic', 'ollama', 'demo']),
  inHouse: z.boolean(),
  available: z.boolean(),
  reason: z.string().optional(),
  models: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      price: z.object({ input: z.number(), output: z.number() }).optional(),
    }),
  ),
}) satisfies z.ZodType<ProviderInfo>;
