import * as z from 'zod';
import { exerciseIdSchema, promptSchema, providerIdSchema, settingsSchema } from './exercise.ts';
import { runGuardSchema } from './guard.ts';

/** `out-of-budget`: the team's budget ran out mid-run; the cases not run yet were skipped. */
export const runStatusSchema = z.enum(['running', 'done', 'failed', 'cancelled', 'interrupted', 'out-of-budget']);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const runTargetSchema = z.strictObject({
  provider: providerIdSchema,
  settings: settingsSchema.default({}),
});
export type RunTarget = z.infer<typeof runTargetSchema>;

/** What starts a run: one exercise, one prompt, one or more models, all cases or a subset, repeated N times. */
export const runRequestSchema = z.strictObject({
  exercise: exerciseIdSchema,
  prompt: promptSchema,
  targets: z.array(runTargetSchema).min(1).max(8),
  cases: z.array(z.string().min(1)).min(1).optional(),
  repeat: z.int().min(1).max(20).default(1),
  cache: z.boolean().default(true),
  /** The attendee saw what the data guard found and sends it anyway (workshop policy `warn`). */
  confirm_personal_data: z.boolean().optional(),
});
export type RunRequest = z.infer<typeof runRequestSchema>;
export type RunRequestInput = z.input<typeof runRequestSchema>;

/**
 * What one assertion handler returns: pass, score 0..1, a German reason for attendees, and the technical
 * detail the reason leaves out (a pattern, a JSON path), which only trainers see.
 */
export const gradeResultSchema = z.object({
  pass: z.boolean(),
  score: z.number().min(0).max(1),
  reason: z.string(),
  detail: z.string().optional(),
});

export const assertionResultSchema = gradeResultSchema.extend({
  type: z.string(),
  weight: z.number(),
  /**
   * What attendees read instead of type and parameters: the assertion's `description`, or a sentence made from
   * them. Results stored before labels existed have none.
   */
  label: z.string().optional(),
});
export type AssertionResult = z.infer<typeof assertionResultSchema>;

export const caseResultSchema = z.object({
  runId: z.string(),
  caseId: z.string(),
  provider: z.string(),
  /** 0-based repetition. */
  repeat: z.int(),
  output: z.string(),
  inputTokens: z.int(),
  outputTokens: z.int(),
  costEur: z.number().nullable(),
  latencyMs: z.int(),
  finishReason: z.string().nullable(),
  score: z.number(),
  pass: z.boolean(),
  assertions: z.array(assertionResultSchema),
  /** Set when the call failed; the case then scores 0. */
  error: z.string().nullable(),
  /** Why the case was never sent (`budget`: the team's budget was used up); it then scores 0. */
  skipped: z.enum(['budget']).nullable(),
  cached: z.boolean(),
  finishedAt: z.int(),
});
export type CaseResult = z.infer<typeof caseResultSchema>;

export const runRecordSchema = z.object({
  id: z.string(),
  exercise: z.string(),
  /** The version of a trainer's own exercise the run used (history and compare say when two differ); null: library. */
  exerciseVersion: z.int().nullable(),
  status: runStatusSchema,
  prompt: promptSchema,
  targets: z.array(runTargetSchema),
  /** The selected case ids, in order. */
  cases: z.array(z.string()),
  repeat: z.int(),
  cache: z.boolean(),
  createdAt: z.int(),
  finishedAt: z.int().nullable(),
  error: z.string().nullable(),
  /** What the data guard did to the prompts on their way to a model outside the house; absent: nothing. */
  guard: runGuardSchema.optional(),
});
export type RunRecord = z.infer<typeof runRecordSchema>;

export const runWithResultsSchema = runRecordSchema.extend({ results: z.array(caseResultSchema) });
export type RunWithResults = z.infer<typeof runWithResultsSchema>;

/** A run as the history lists it: its record and the totals over all its finished case results. */
export const runSummarySchema = runRecordSchema.extend({
  totals: z.object({
    results: z.int(),
    passed: z.int(),
    /** Mean case score in points (0..100); null while nothing finished. */
    score: z.number().nullable(),
    costEur: z.number(),
  }),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

const caseRefSchema = z.object({ caseId: z.string(), provider: z.string(), repeat: z.int() });
/** Which case of a run, for which target and repetition. */
export type CaseRef = z.infer<typeof caseRefSchema>;

/** What a live view of a run receives, in order (the API streams these as SSE). */
export const runEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('run-started'), run: runRecordSchema }),
  caseRefSchema.extend({ type: z.literal('case-started') }),
  caseRefSchema.extend({ type: z.literal('delta'), text: z.string() }),
  z.object({ type: z.literal('case-finished'), result: caseResultSchema }),
  z.object({
    type: z.literal('run-finished'),
    runId: z.string(),
    status: runStatusSchema,
    error: z.string().nullable(),
  }),
]);
export type RunEvent = z.infer<typeof runEventSchema>;
