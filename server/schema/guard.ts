import * as z from 'zod';
import { PII_KINDS } from '../pii/types.ts';
import { promptSchema } from './exercise.ts';

/**
 * What the data guard does with personal data on its way to a model outside the house: replace it
 * (`pseudonymise`), refuse the run (`block`), send it after the attendee confirms (`warn`), or nothing (`off`).
 */
export const dataGuardPolicySchema = z.enum(['pseudonymise', 'block', 'warn', 'off']);
export type DataGuardPolicy = z.infer<typeof dataGuardPolicySchema>;

/** `placeholder`: "[Person 1]"; `fictitious`: an invented value of the same kind, with a valid checksum. */
export const dataGuardReplacementSchema = z.enum(['placeholder', 'fictitious']);
export type DataGuardReplacement = z.infer<typeof dataGuardReplacementSchema>;

export const piiKindSchema = z.enum(PII_KINDS);

/** A workshop's guard, or the open sandbox's default (`data_guard` in promptathon.config.yaml). */
export const dataGuardSettingsSchema = z.strictObject({
  policy: dataGuardPolicySchema.default('pseudonymise'),
  /** Guard in-house providers too (by default they get the text unchanged). */
  in_house: z.boolean().default(false),
  replacement: dataGuardReplacementSchema.default('placeholder'),
});
export type DataGuardSettings = z.infer<typeof dataGuardSettingsSchema>;

const countsSchema = z.partialRecord(piiKindSchema, z.int().min(1));

/** What the guard did to a run's prompts, by kind: never the values. */
export const runGuardSchema = z.object({
  policy: dataGuardPolicySchema,
  replacement: dataGuardReplacementSchema,
  /** Different values replaced before the prompts went to a model outside the house. */
  replaced: countsSchema,
  /** Values the attendee confirmed to send as they are (`warn`). */
  confirmed: countsSchema,
});
export type RunGuard = z.infer<typeof runGuardSchema>;

/** One value the guard found, by kind and place, never the value itself. */
export const personalDataFindingSchema = z.object({
  kind: piiKindSchema,
  /** German name of the kind. */
  label: z.string(),
  /** "Systemprompt", "Nutzerprompt" or the case ("Fall „beschwerde-1“"). */
  where: z.string(),
  line: z.int().nullable(),
  column: z.int().nullable(),
});
export type PersonalDataFinding = z.infer<typeof personalDataFindingSchema>;

/** A case's prompt with the real values, and (when the guard replaced any) as a model outside the house got it. */
export const sentPromptSchema = promptSchema.extend({ sent: promptSchema.optional() });
