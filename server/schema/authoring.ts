import * as z from 'zod';
import { exerciseIdSchema } from './exercise.ts';

const yamlText = (file: string) =>
  z.string({ error: `erwartet den Text der Datei ${file}` }).max(200_000, { error: 'ist länger als 200.000 Zeichen' });

/** `POST /api/exercises/import`, and a save from the editor: the two files as text. */
export const exerciseFilesSchema = z.strictObject({
  prompt: yamlText('prompts/<id>.yaml'),
  evals: yamlText('evals/<id>.yaml'),
});
export type ExerciseFiles = z.infer<typeof exerciseFilesSchema>;

/** `PUT /api/exercises/{id}`: a new version, based on the version the editor loaded. */
export const exerciseSaveSchema = exerciseFilesSchema.extend({
  base_version: z.int().min(1),
});

/** One problem of an imported or saved exercise, as `promptathon validate` reports it. */
export const fileProblemSchema = z.object({
  file: z.enum(['prompt', 'evals']),
  line: z.int().optional(),
  field: z.string().optional(),
  message: z.string(),
});
export type FileProblem = z.infer<typeof fileProblemSchema>;

export const savedVersionSchema = z.object({ id: exerciseIdSchema, version: z.int() });

/** `GET /api/exercises/{id}/versions`: where a trainer's exercise stands. */
export const exerciseVersionsSchema = z.object({
  id: exerciseIdSchema,
  owner: z.string().nullable(),
  latest_version: z.int(),
  published_version: z.int().nullable(),
  versions: z.array(z.object({ version: z.int(), saved_by: z.string().nullable(), saved_at: z.int() })),
});
export type ExerciseVersions = z.infer<typeof exerciseVersionsSchema>;

export const publishSchema = z.strictObject({ version: z.int().min(1) });

/** `POST /api/exercises/{id}/copy`: the library's (or anyone's) exercise as one's own, under a new id. */
export const copySchema = z.strictObject({ id: exerciseIdSchema, title: z.string().trim().min(1).max(200).optional() });

/** `POST /api/exercises/{id}/check`: sample answers that should fail, for one case or (without `case`) all. */
export const checkRequestSchema = z.strictObject({
  samples: z
    .array(z.strictObject({ case: z.string().min(1).max(64).optional(), output: z.string().max(20_000) }))
    .max(50)
    .default([]),
});
export type CheckRequest = z.infer<typeof checkRequestSchema>;

const gradeSchema = z.object({ pass: z.boolean(), score: z.number() });

/** What the check found per case, and what it warns about. */
export const checkReportSchema = z.object({
  cases: z.array(
    z.object({
      case: z.string(),
      hidden: z.boolean(),
      /** The reference graded as if it were an answer; null without a reference. */
      reference: gradeSchema.nullable(),
      /** Each sample bad answer for this case, graded: it should fail. */
      samples: z.array(gradeSchema.extend({ output: z.string() })),
      assertions: z.array(
        z.object({
          type: z.string(),
          label: z.string(),
          /** Per answer (the reference first, then the samples): passed? Null: needs a model. */
          results: z.array(z.boolean().nullable()),
        }),
      ),
    }),
  ),
  warnings: z.array(
    z.object({
      kind: z.enum([
        'constant-assertion',
        'no-reference',
        'reference-fails',
        'sample-passes',
        'hidden-leak',
        'unused-variable',
      ]),
      case: z.string().nullable(),
      message: z.string(),
    }),
  ),
});
export type CheckReport = z.infer<typeof checkReportSchema>;

/** `POST /api/exercises/{id}/suggest`: cases a model proposed, for the trainer to review before adding. */
export const suggestionsSchema = z.object({
  cases: z.array(
    z.object({ id: z.string(), description: z.string().nullable(), vars: z.record(z.string(), z.string()) }),
  ),
});
export type SuggestedCase = z.infer<typeof suggestionsSchema>['cases'][number];

/** `GET /api/assertion-types`. */
export const assertionTypesSchema = z.array(
  z.object({
    type: z.string(),
    summary: z.string(),
    negatable: z.boolean(),
    /** The JSON Schema of the type's parameters, made from its zod schema: the editor builds its form from it. */
    params: z.record(z.string(), z.unknown()),
  }),
);
export type AssertionTypeInfo = z.infer<typeof assertionTypesSchema>[number];
