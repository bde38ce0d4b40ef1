import type * as z from 'zod';
import type {
  AssertionTypeInfo,
  CheckRequest,
  savedVersionSchema,
  SuggestedCase,
} from '../../../server/schema/authoring.ts';
import { ApiRequestError } from './errors.ts';
import { api, request, segment, send } from './client.ts';
import type { CheckReport, ExerciseFiles, ExerciseSummary, ExerciseVersions, FileProblem, RunRecord } from './types.ts';

const exercisePath = (id: string) => `/api/exercises/${segment(id)}`;

/** A saved exercise: its id and the version just written. */
export type SavedVersion = z.infer<typeof savedVersionSchema>;

/** A bad answer the trainer expects to fail: for one case, or (without `case`) for all. */
export type SampleAnswer = CheckRequest['samples'][number];

/** One assertion type as `GET /api/assertion-types` describes it: the form is made from `params`. */
export type AssertionType = Omit<AssertionTypeInfo, 'params'> & { params: JsonSchema };

/** The part of JSON Schema the parameter forms read; anything else falls back to a text field for YAML. */
export interface JsonSchema {
  type?: string | string[];
  title?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
}

/** A case a model suggested, for the trainer to review and change before it is added. */
export type { SuggestedCase };

/** The problems of an exercise's files (400), by file, line and field, as `promptathon validate` reports them. */
export function fileProblems(error: unknown): FileProblem[] {
  if (!(error instanceof ApiRequestError)) return [];
  const problems = error.details.problems;
  return Array.isArray(problems) ? (problems as FileProblem[]) : [];
}

/** A save refused because someone saved in between (409): the version they wrote. */
export function latestVersion(error: unknown): number | undefined {
  if (!(error instanceof ApiRequestError) || error.status !== 409 || error.field !== 'base_version') return undefined;
  const latest = error.details.latest_version;
  return typeof latest === 'number' ? latest : undefined;
}

/** The catalogue as a trainer sees it: their own exercises with their versions, and the shipped library. */
export interface TrainerCatalogue {
  own: { exercise: ExerciseSummary; versions: ExerciseVersions }[];
  library: ExerciseSummary[];
}

/**
 * Own exercises are those with versions; the library has none (404). One call per exercise until the API lists a
 * trainer's exercises itself.
 */
async function trainerCatalogue(): Promise<TrainerCatalogue> {
  const exercises = await api.exercises();
  const versions = await Promise.all(
    exercises.map((e) =>
      authoringApi.versions(e.id).catch((error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 404) return undefined;
        throw error;
      }),
    ),
  );
  return {
    own: exercises.flatMap((exercise, i) => (versions[i] ? [{ exercise, versions: versions[i] }] : [])),
    library: exercises.filter((_, i) => !versions[i]),
  };
}

/** Writing exercises (trainers only): files in, files out, versions, publishing, checks and model help. */
export const authoringApi = {
  assertionTypes: () => request<AssertionType[]>('/api/assertion-types'),
  /** A new exercise from its two files (published at once). */
  create: (files: ExerciseFiles) => send<SavedVersion>('POST', '/api/exercises/import', files),
  /** A new, unpublished version; 409 when `baseVersion` is no longer the latest. */
  save: (id: string, files: ExerciseFiles, baseVersion: number) =>
    send<SavedVersion>('PUT', exercisePath(id), { ...files, base_version: baseVersion }),
  /** The files of the latest (or a given) version; library exercises written out. */
  files: (id: string, version?: number) =>
    request<ExerciseFiles>(`${exercisePath(id)}/export${version ? `?version=${version}` : ''}`),
  /** 404 for library exercises: they have no versions. */
  versions: (id: string) => request<ExerciseVersions>(`${exercisePath(id)}/versions`),
  publish: (id: string, version: number) => send<void>('POST', `${exercisePath(id)}/publish`, { version }),
  copy: (id: string, copy: { id: string; title?: string }) =>
    send<SavedVersion>('POST', `${exercisePath(id)}/copy`, copy),
  /** "Testfälle prüfen" on files not yet saved: 400 with their problems, else the report. */
  check: (files: ExerciseFiles, samples: SampleAnswer[] = []) =>
    send<CheckReport>('POST', '/api/exercises/check', { ...files, samples }),
  /** A run of the latest saved version's starter on one model. */
  trial: (id: string, provider: string) => send<RunRecord>('POST', `${exercisePath(id)}/trial`, { provider }),
  suggest: (id: string, provider: string, count: number) =>
    send<{ cases: SuggestedCase[] }>('POST', `${exercisePath(id)}/suggest`, { provider, count }),
  catalogue: trainerCatalogue,
};
