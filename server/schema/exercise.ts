import * as z from 'zod';
import './issues.ts';

/** Shared by exercise ids and file names: `[a-z0-9-]{3,64}`. */
export const exerciseIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{3,64}$/, { error: 'muss aus 3 bis 64 Zeichen a-z, 0-9 oder "-" bestehen' });

export const VARIABLE_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
export const variableNameSchema = z.string().regex(VARIABLE_NAME, {
  error: 'Variablennamen bestehen aus Buchstaben, Ziffern und _ und beginnen nicht mit einer Ziffer',
});

/** Provider ids look like `openai:gpt-4o-mini`, `demo:basis`, `ollama:llama3.1:8b` (split at the first colon). */
export const providerIdSchema = z.string().regex(/^[a-z0-9][a-z0-9_-]*:\S+$/, {
  error: 'erwartet "<anbieter>:<modell>", z. B. "demo:basis" oder "openai:gpt-4o-mini"',
});

export const settingsSchema = z.strictObject({
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.int().min(1).max(200_000).optional(),
  top_p: z.number().gt(0).max(1).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const promptSchema = z.strictObject({
  system: z.string().optional(),
  user: z.string().min(1, { error: 'darf nicht leer sein' }),
});
export type Prompt = z.infer<typeof promptSchema>;

export const exerciseSchema = z.strictObject({
  id: exerciseIdSchema,
  title: z.string().min(1),
  level: z.int().min(1).max(5),
  tags: z.array(z.string().min(1)).default([]),
  task: z.string().min(1),
  context: z.record(variableNameSchema, z.string()).default({}),
  starter: promptSchema,
  settings: settingsSchema.default({}),
});
export type Exercise = z.infer<typeof exerciseSchema>;
/** What a trainer writes (defaults not yet applied); used when writing YAML back. */
export type ExerciseInput = z.input<typeof exerciseSchema>;
