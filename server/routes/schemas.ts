import { z } from '@hono/zod-openapi';
import { apiErrorSchema, exerciseDetailSchema, exerciseSummarySchema, providerInfoSchema } from '../schema/api.ts';
import { exerciseIdSchema } from '../schema/exercise.ts';
import { providerSettingsViewSchema } from '../schema/provider-settings.ts';
import { sessionInfoSchema } from '../schema/session.ts';
import { workshopDetailSchema, workshopLiveEventSchema, workshopSchema } from '../schema/workshop.ts';
import {
  runEventSchema,
  runRecordSchema,
  runRequestSchema,
  runSummarySchema,
  runWithResultsSchema,
} from '../schema/run.ts';

// The shared schemas under names of their own, so the OpenAPI document lists each once and refers to it.
export const ApiErrorDoc = apiErrorSchema.meta({ id: 'ApiError' });
export const ExerciseSummaryDoc = exerciseSummarySchema.meta({ id: 'ExerciseSummary' });
export const ExerciseDetailDoc = exerciseDetailSchema.meta({ id: 'ExerciseDetail' });
export const ProviderInfoDoc = providerInfoSchema.meta({ id: 'ProviderInfo' });
export const RunRequestDoc = runRequestSchema.meta({ id: 'RunRequest' });
export const RunRecordDoc = runRecordSchema.meta({ id: 'RunRecord' });
export const RunWithResultsDoc = runWithResultsSchema.meta({ id: 'RunWithResults' });
export const RunSummaryDoc = runSummarySchema.meta({ id: 'RunSummary' });
export const RunEventDoc = runEventSchema.meta({ id: 'RunEvent' });

/** A path parameter holding an exercise id. */
export const exerciseIdParam = (name: string) =>
  exerciseIdSchema.meta({ param: { name, in: 'path' }, example: 'posteingang-zuordnen' });

export const exerciseIdParams = z.object({ id: exerciseIdParam('id') });

export const runIdParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'ist keine gültige Lauf-ID' })
    .meta({ param: { name: 'id', in: 'path' }, example: '3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b' }),
});

/** A JSON body or answer in the route definitions. */
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** The error answers a route can give, each with the shared error body. */
export const errors = (...statuses: (keyof typeof ERROR_TEXT)[]) =>
  Object.fromEntries(statuses.map((status) => [status, json(ApiErrorDoc, ERROR_TEXT[status])])) as Record<
    number,
    ReturnType<typeof json<typeof ApiErrorDoc>>
  >;

const ERROR_TEXT = {
  400: 'Ungültige Eingabe; `field` nennt das Feld.',
  401: 'Keine Sitzung (oder keine passende): anmelden oder mit einem Code beitreten.',
  402: 'Das verbleibende Budget des Teams reicht nicht; die Meldung nennt, was übrig ist.',
  403: 'Nicht erlaubt (andere Rolle, fremde Website, nicht freigegeben); die Meldung nennt den Grund.',
  404: 'Unbekannte ID.',
  409: 'Widerspricht dem aktuellen Stand; die Meldung nennt den Grund.',
  413: 'Anfrageinhalt größer als 256 KB.',
  415: 'Anfrageinhalt ist kein JSON.',
  429: 'Zu viele Versuche; `Retry-After` nennt die Sekunden bis zum nächsten.',
} as const;

/** A required JSON request body. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  body: { required: true, content: { 'application/json': { schema } } },
});

/** A 204 answer. */
export const noContent = (description: string) => ({ 204: { description } });

/** A path parameter holding an id the server made (random UUIDs, tokens). */
export const idParam = (name: string, example: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: 'ist keine gültige ID' })
    .meta({ param: { name, in: 'path' }, example });

export const SessionInfoDoc = sessionInfoSchema.meta({ id: 'SessionInfo' });
export const WorkshopDoc = workshopSchema.meta({ id: 'Workshop' });
export const WorkshopDetailDoc = workshopDetailSchema.meta({ id: 'WorkshopDetail' });
export const WorkshopLiveEventDoc = workshopLiveEventSchema.meta({ id: 'WorkshopLiveEvent' });
export const ProviderSettingsViewDoc = providerSettingsViewSchema.meta({ id: 'ProviderSettings' });
