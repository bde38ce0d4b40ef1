import { createRoute, z } from '@hono/zod-openapi';
import { checkExercise } from '../authoring/check.ts';
import { currentFiles, requireFreeId, requireValidFiles } from '../authoring/service.ts';
import { stringifyExercise, stringifyFixture } from '../exercises/write-yaml.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { findExercise } from '../http/exercise-view.ts';
import {
  checkReportSchema,
  checkRequestSchema,
  copySchema,
  exerciseFilesSchema,
  exerciseSaveSchema,
  exerciseVersionsSchema,
  publishSchema,
  savedVersionSchema,
} from '../schema/authoring.ts';
import { requireTrainer } from '../sessions/guard.ts';
import { errors, exerciseIdParams, json, jsonBody, noContent } from './schemas.ts';

const FilesDoc = exerciseFilesSchema.meta({ id: 'ExerciseFiles' });
const SavedDoc = savedVersionSchema.meta({ id: 'SavedVersion' });
const CheckDoc = checkReportSchema.meta({ id: 'CheckReport' });
const problemsNote =
  'Probleme: 400 mit `problems: [{file: "prompt" | "evals", line, field?, message}]`, wie `promptathon validate` sie meldet.';

const importRoute = createRoute({
  method: 'post',
  path: '/api/exercises/import',
  tags: ['Übungen schreiben'],
  summary: 'Eine Übung aus ihren zwei Dateien anlegen (oder eine neue Version einer eigenen)',
  description: `Eine neue Übung ist sofort veröffentlicht. ${problemsNote} Eine ID der Bibliothek: 409.`,
  request: { ...jsonBody(FilesDoc) },
  responses: { 201: json(SavedDoc, 'Angelegt'), ...errors(400, 401, 403, 409) },
});

const saveRoute = createRoute({
  method: 'put',
  path: '/api/exercises/{id}',
  tags: ['Übungen schreiben'],
  summary: 'Eine neue Version einer eigenen Übung speichern (noch nicht veröffentlicht)',
  description:
    `\`base_version\`: die Version, die der Editor geladen hat. Hat inzwischen jemand anderes gespeichert, 409 mit ` +
    `\`latest_version\`, statt dessen Änderungen zu überschreiben. ${problemsNote}`,
  request: { params: exerciseIdParams, ...jsonBody(exerciseSaveSchema) },
  responses: { 200: json(SavedDoc, 'Gespeichert'), ...errors(400, 401, 403, 404, 409) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/api/exercises/{id}/export',
  tags: ['Übungen schreiben'],
  summary: 'Die zwei Dateien einer Übung, wie `promptathon validate` und `eval` sie annehmen',
  request: {
    params: exerciseIdParams,
    query: z.object({ version: z.coerce.number().int().min(1).optional() }),
  },
  responses: { 200: json(FilesDoc, 'Die Dateien'), ...errors(401, 403, 404) },
});

const versionsRoute = createRoute({
  method: 'get',
  path: '/api/exercises/{id}/versions',
  tags: ['Übungen schreiben'],
  summary: 'Die Versionen einer eigenen Übung, und welche veröffentlicht ist',
  request: { params: exerciseIdParams },
  responses: { 200: json(exerciseVersionsSchema, 'Die Versionen'), ...errors(401, 403, 404) },
});

const publishRoute = createRoute({
  method: 'post',
  path: '/api/exercises/{id}/publish',
  tags: ['Übungen schreiben'],
  summary: 'Eine Version veröffentlichen: Teams arbeiten ab jetzt mit ihr',
  request: { params: exerciseIdParams, ...jsonBody(publishSchema) },
  responses: { ...noContent('Veröffentlicht'), ...errors(400, 401, 403, 404) },
});

const copyRoute = createRoute({
  method: 'post',
  path: '/api/exercises/{id}/copy',
  tags: ['Übungen schreiben'],
  summary: 'Als Kopie bearbeiten: eine Übung (auch aus der Bibliothek) als eigene unter neuer ID anlegen',
  request: { params: exerciseIdParams, ...jsonBody(copySchema) },
  responses: { 201: json(SavedDoc, 'Angelegt'), ...errors(400, 401, 403, 404, 409) },
});

const checkRoute = createRoute({
  method: 'post',
  path: '/api/exercises/{id}/check',
  tags: ['Übungen schreiben'],
  summary: 'Testfälle prüfen, ohne Modell: Musterlösungen sollen bestehen, schlechte Beispielantworten scheitern',
  description:
    'Bewertet je Fall die Musterlösung und die mitgeschickten schlechten Antworten. Warnt vor Prüfungen, die bei ' +
    'jeder Antwort gleich ausgehen, Fällen ohne Musterlösung, verborgenen Fällen, deren Text auch öffentlich steht, ' +
    'und Variablen, die die Vorlage nicht nutzt. Prüfungen, die ein Modell brauchen, bleiben außen vor.',
  request: {
    params: exerciseIdParams,
    body: { required: false, content: { 'application/json': { schema: checkRequestSchema } } },
  },
  responses: { 200: json(CheckDoc, 'Das Ergebnis'), ...errors(400, 401, 403, 404) },
});

const checkDraftRoute = createRoute({
  method: 'post',
  path: '/api/exercises/check',
  tags: ['Übungen schreiben'],
  summary: 'Ungespeicherte Dateien prüfen (für den Editor): erst die Dateien, dann die Testfälle',
  request: { ...jsonBody(exerciseFilesSchema.extend({ samples: checkRequestSchema.shape.samples })) },
  responses: { 200: json(CheckDoc, 'Das Ergebnis'), ...errors(400, 401, 403) },
});

/** The body of a check is optional: without one, only the references are graded. */
async function optionalCheckRequest(text: string) {
  let body: unknown = {};
  try {
    body = text.trim() ? JSON.parse(text) : {};
  } catch {
    throw new ApiProblem(400, 'Ungültiges JSON im Anfrageinhalt. Bitte senden Sie ein JSON-Objekt.', 'body');
  }
  const parsed = checkRequestSchema.safeParse(body);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw new ApiProblem(400, issue?.message ?? 'Ungültige Eingabe', issue?.path.join('.') || 'body');
  }
  return parsed.data;
}

/** Only trainers write exercises (guarded in the app by `TRAINER_EXERCISE_PATHS`). */
export const TRAINER_EXERCISE_PATHS = [
  '/api/assertion-types',
  '/api/exercises/import',
  '/api/exercises/check',
  ...['export', 'versions', 'publish', 'copy', 'check', 'trial', 'suggest'].map(
    (action) => `/api/exercises/:id/${action}`,
  ),
];

/** Trainers write, check, version and publish exercises; the files stay the exchange format. */
export function authoringRoutes(app: App, deps: RouteDeps): void {
  const { store, assertions, now } = deps;
  app.on('PUT', '/api/exercises/:id', requireTrainer);

  const trainerId = (viewer: { role: string; trainer?: { id: string } }) => viewer.trainer?.id ?? null;

  app.openapi(importRoute, async (c) => {
    const files = c.req.valid('json');
    const { exercise } = requireValidFiles(files, assertions);
    const savedBy = trainerId(c.var.viewer);
    const authored = await store.getAuthored(exercise.id);
    if (authored) {
      const saved = await store.saveVersion({
        exerciseId: exercise.id,
        ...files,
        savedBy,
        savedAt: now(),
        baseVersion: authored.latestVersion,
      });
      if (!saved.saved)
        throw new ApiProblem(
          409,
          'Gleichzeitig hat jemand anderes diese Übung gespeichert. Bitte noch einmal.',
          'prompt',
        );
      return c.json({ id: exercise.id, version: saved.version }, 201);
    }
    if (findExercise(await c.var.catalogue(), exercise.id)) {
      throw new ApiProblem(
        409,
        `"${exercise.id}" gehört zur mitgelieferten Bibliothek, die sich nicht ändern lässt. Wählen Sie eine andere ID (oder „Als Kopie bearbeiten“).`,
        'id',
      );
    }
    const created = await store.createAuthored({
      exerciseId: exercise.id,
      ...files,
      savedBy,
      savedAt: now(),
      version: 1,
      ownerId: savedBy,
    });
    if (!created) throw new ApiProblem(409, `Die ID "${exercise.id}" ist gerade vergeben worden.`, 'id');
    return c.json({ id: exercise.id, version: 1 }, 201);
  });

  app.openapi(saveRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { base_version: baseVersion, ...files } = c.req.valid('json');
    if (!(await store.getAuthored(id))) {
      throw new ApiProblem(
        404,
        `"${id}" ist keine eigene Übung. Bibliotheksübungen lassen sich als Kopie bearbeiten.`,
        'id',
      );
    }
    const { exercise } = requireValidFiles(files, assertions);
    if (exercise.id !== id) {
      throw new ApiProblem(400, `Die ID in der Übungsdatei ("${exercise.id}") muss "${id}" bleiben.`, 'prompt');
    }
    const saved = await store.saveVersion({
      exerciseId: id,
      ...files,
      savedBy: trainerId(c.var.viewer),
      savedAt: now(),
      baseVersion,
    });
    if (!saved.saved) {
      throw new ApiProblem(
        409,
        `Inzwischen wurde Version ${saved.latestVersion} gespeichert (Sie hatten Version ${baseVersion} geladen). ` +
          'Laden Sie sie, bevor Sie speichern; Ihre Eingaben bleiben im Editor.',
        'base_version',
        undefined,
        { latest_version: saved.latestVersion },
      );
    }
    return c.json({ id, version: saved.version }, 200);
  });

  app.openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { prompt, evals } = await currentFiles(deps, await c.var.catalogue(), id, c.req.valid('query').version);
    return c.json({ prompt, evals }, 200);
  });

  app.openapi(versionsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const authored = await store.getAuthored(id);
    if (!authored) throw new ApiProblem(404, `"${id}" ist keine eigene Übung.`, 'id');
    const versions = await store.versions(id);
    return c.json(
      {
        id,
        owner: authored.ownerId,
        latest_version: authored.latestVersion,
        published_version: authored.publishedVersion,
        versions: versions.map((v) => ({ version: v.version, saved_by: v.savedBy, saved_at: v.savedAt })),
      },
      200,
    );
  });

  app.openapi(publishRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { version } = c.req.valid('json');
    if (!(await store.getVersion(id, version))) {
      throw new ApiProblem(404, `Die Übung "${id}" hat keine Version ${version}.`, 'version');
    }
    await store.publishVersion(id, version, now());
    return c.body(null, 204);
  });

  app.openapi(copyRoute, async (c) => {
    const { id: source } = c.req.valid('param');
    const { id, title } = c.req.valid('json');
    const catalogue = await c.var.catalogue();
    await requireFreeId(deps, catalogue, id);
    const original = requireValidFiles(await currentFiles(deps, catalogue, source), assertions);
    const exercise = { ...original.exercise, id, title: title ?? `${original.exercise.title} (Kopie)` };
    const files = {
      prompt: stringifyExercise(exercise),
      evals: stringifyFixture({ ...original.fixture!, exercise: id }),
    };
    const savedBy = trainerId(c.var.viewer);
    if (
      !(await store.createAuthored({
        exerciseId: id,
        ...files,
        savedBy,
        savedAt: now(),
        version: 1,
        ownerId: savedBy,
      }))
    ) {
      throw new ApiProblem(409, `Die ID "${id}" ist gerade vergeben worden.`, 'id');
    }
    return c.json({ id, version: 1 }, 201);
  });

  app.openapi(checkRoute, async (c) => {
    const { id } = c.req.valid('param');
    const files = await currentFiles(deps, await c.var.catalogue(), id);
    const loaded = requireValidFiles(files, assertions);
    const request = await optionalCheckRequest(await c.req.text());
    return c.json(await checkExercise(loaded, assertions, request), 200);
  });

  app.openapi(checkDraftRoute, async (c) => {
    const { samples, ...files } = c.req.valid('json');
    const loaded = requireValidFiles(files, assertions);
    return c.json(await checkExercise(loaded, assertions, { samples }), 200);
  });
}
