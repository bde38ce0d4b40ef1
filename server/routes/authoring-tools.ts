import { createRoute, z } from '@hono/zod-openapi';
import { currentFiles, requireValidFiles } from '../authoring/service.ts';
import { readSuggestions, suggestionPrompt } from '../authoring/suggest.ts';
import { withParamTitles } from '../grading/param-titles.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { CaseView } from '../http/redact.ts';
import { guardSettingsFor } from '../guard/admit.ts';
import { guardEachCall } from '../guard/call-guard.ts';
import { RunInputError } from '../runs/errors.ts';
import { providerIdSchema } from '../schema/exercise.ts';
import { assertionTypesSchema, suggestionsSchema } from '../schema/authoring.ts';
import { runRequestSchema } from '../schema/run.ts';
import { spaceOf } from '../sessions/viewer.ts';
import { errors, exerciseIdParams, json, jsonBody, RunRecordDoc } from './schemas.ts';

const trialSchema = z.strictObject({
  provider: providerIdSchema,
  cases: z.array(z.string().min(1)).min(1).optional(),
});

const suggestSchema = z.strictObject({
  provider: providerIdSchema,
  count: z.int().min(1).max(10).default(3),
});

const assertionTypesRoute = createRoute({
  method: 'get',
  path: '/api/assertion-types',
  tags: ['Übungen schreiben'],
  summary: 'Die Prüftypen mit einer Erklärung und dem JSON-Schema ihrer Parameter (für Formulare)',
  responses: { 200: json(assertionTypesSchema, 'Die Prüftypen'), ...errors(401, 403) },
});

const trialRoute = createRoute({
  method: 'post',
  path: '/api/exercises/{id}/trial',
  tags: ['Übungen schreiben'],
  summary: 'Probelauf: die Vorlage der zuletzt gespeicherten Version auf einem Modell',
  description: 'Ein gewöhnlicher Lauf der Trainerin; seine Ereignisse kommen über `GET /api/runs/{id}/events`.',
  request: { params: exerciseIdParams, ...jsonBody(trialSchema) },
  responses: { 201: json(RunRecordDoc, 'Der Lauf'), ...errors(400, 401, 403, 404) },
});

const suggestRoute = createRoute({
  method: 'post',
  path: '/api/exercises/{id}/suggest',
  tags: ['Übungen schreiben'],
  summary: 'Fälle vorschlagen: ein Modell erfindet neue Eingaben im Stil der vorhandenen (nichts wird gespeichert)',
  description: 'Braucht ein echtes Modell: mit dem Demo-Modell 400. Die Trainerin prüft und ändert jeden Vorschlag.',
  request: { params: exerciseIdParams, ...jsonBody(suggestSchema) },
  responses: {
    200: json(suggestionsSchema, 'Die Vorschläge'),
    ...errors(400, 401, 403, 404),
    502: json(z.object({ error: z.object({ message: z.string() }) }), 'Das Modell antwortete nicht brauchbar'),
  },
});

/** What the editor does with a model: a trial run of the starter, and suggested cases. */
export function authoringToolRoutes(app: App, deps: RouteDeps): void {
  const { assertions, runs, providers } = deps;

  /** The latest saved version, which the editor shows (teams may still have an older one). */
  const latest = async (catalogue: Parameters<typeof currentFiles>[1], id: string) => {
    const files = await currentFiles(deps, catalogue, id);
    const loaded = requireValidFiles(files, assertions);
    return files.version === null ? loaded : { ...loaded, version: files.version };
  };

  // Worked out once: the registry does not change while the server runs.
  const types = assertions.list().map((h) => ({
    type: h.type,
    summary: h.summary,
    negatable: h.negatable,
    params: withParamTitles(
      h.type,
      z.toJSONSchema(h.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    ),
  }));
  app.openapi(assertionTypesRoute, (c) => c.json(types, 200));

  app.openapi(trialRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { provider, cases } = c.req.valid('json');
    const loaded = await latest(await c.var.catalogue(), id);
    await providers.refresh();
    const request = runRequestSchema.parse({
      exercise: id,
      prompt: loaded.exercise.starter,
      targets: [{ provider, settings: loaded.exercise.settings }],
      ...(cases ? { cases } : {}),
      cache: false,
    });
    const view = new CaseView(loaded, [], { technical: true, revealHidden: true });
    try {
      const guard = { settings: guardSettingsFor(c.var.viewer, deps.dataGuard) };
      const { run } = await runs.start(loaded, request, view.event, { space: spaceOf(c.var.viewer), guard });
      return c.json(view.record(run), 201);
    } catch (err) {
      if (err instanceof RunInputError)
        throw new ApiProblem(400, err.message, err.field === 'targets[0].provider' ? 'provider' : err.field);
      throw err;
    }
  });

  app.openapi(suggestRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { provider, count } = c.req.valid('json');
    if (provider.startsWith('demo:')) {
      throw new ApiProblem(
        400,
        'Fälle vorschlagen braucht ein echtes Modell: Das Demo-Modell erfindet keine Fälle.',
        'provider',
      );
    }
    const loaded = await latest(await c.var.catalogue(), id);
    await providers.refresh();
    let answer: string;
    try {
      const guard = guardEachCall(guardSettingsFor(c.var.viewer, deps.dataGuard));
      answer = (await providers.chat(provider, { ...suggestionPrompt(loaded, count), temperature: 0.8, guard })).text;
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ApiProblem(400, `Das Modell war nicht erreichbar: ${reason}`, 'provider');
    }
    const suggested = readSuggestions(answer, loaded, count);
    if (suggested.length === 0) {
      throw new ApiProblem(
        502,
        'Das Modell hat keine brauchbaren Fälle geliefert. Bitte versuchen Sie es noch einmal.',
      );
    }
    return c.json({ cases: suggested }, 200);
  });
}
