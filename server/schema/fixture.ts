import * as z from 'zod';
import { exerciseIdSchema, providerIdSchema, variableNameSchema } from './exercise.ts';
import { ASSERTION_DESCRIPTION_MAX } from './limits.ts';

/**
 * The envelope every assertion shares. Type-specific parameters are validated by the
 * assertion's own handler (see server/grading/registry.ts), so this stays loose here.
 */
export const assertionSchema = z.looseObject({
  type: z.string().min(1),
  /** What attendees read instead of the type and its parameters, e.g. „Nennt die Gebühr von 25 Euro“. */
  description: z
    .string()
    .trim()
    .min(1, { error: 'darf nicht leer sein' })
    .max(ASSERTION_DESCRIPTION_MAX, { error: `höchstens ${ASSERTION_DESCRIPTION_MAX} Zeichen: ein kurzer Satz` })
    .optional(),
  weight: z.number().min(0).optional(),
});
export type Assertion = z.infer<typeof assertionSchema>;

// YAML turns `betrag: 25` into a number; a trainer means the text "25".
const varValueSchema = z.union([z.string(), z.number(), z.boolean()]).transform(String);

export const caseSchema = z.strictObject({
  id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/, { error: 'Fall-IDs bestehen aus Buchstaben, Ziffern, "-" und "_"' }),
  description: z.string().optional(),
  vars: z.record(variableNameSchema, varValueSchema).default({}),
  reference: z.string().optional(),
  hidden: z.boolean().default(false),
  assert: z.array(assertionSchema).default([]),
});
export type Case = z.infer<typeof caseSchema>;

export const fixtureSchema = z.strictObject({
  exercise: exerciseIdSchema,
  pass: z.number().min(0).max(1).default(1),
  /** Judge model for `llm-rubric` in this fixture; an assertion's own `provider` wins. */
  judge: providerIdSchema.optional(),
  defaults: z.array(assertionSchema).default([]),
  cases: z.array(caseSchema).min(1, { error: 'braucht mindestens einen Fall' }),
});
export type Fixture = z.infer<typeof fixtureSchema>;
/** What a trainer writes in evals/ (defaults not yet applied); used when writing YAML back. */
export type FixtureInput = z.input<typeof fixtureSchema>;
