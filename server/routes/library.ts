import { createRoute } from '@hono/zod-openapi';
import { libraryView } from '../exports/library.ts';
import { loadRecords } from '../exports/load.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { librarySelectionSchema, libraryViewSchema } from '../schema/exports.ts';
import { errors, json, jsonBody } from './schemas.ts';
import { requireWorkshop, requireWorkshopExercise } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const LibraryDoc = libraryViewSchema.meta({ id: 'LibraryView' });

const getLibrary = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/library',
  tags: ['Auswertung'],
  summary: 'Die Abgaben der aufgedeckten Übungen für die Prompt-Bibliothek, und welche gewählt sind',
  description: 'Solange die Trainerin nichts gewählt hat (`custom: false`), kommen die Erstplatzierten hinein.',
  request: { params: workshopParams },
  responses: { 200: json(LibraryDoc, 'Die Auswahl'), ...errors(401, 403, 404) },
});

const putLibrary = createRoute({
  method: 'put',
  path: '/api/workshops/{id}/library',
  tags: ['Auswertung'],
  summary: 'Wählen, welche Abgaben in die Prompt-Bibliothek kommen, und ob Teamnamen wegbleiben',
  request: { params: workshopParams, ...jsonBody(librarySelectionSchema) },
  responses: { 200: json(LibraryDoc, 'Die Auswahl'), ...errors(400, 401, 403, 404) },
});

export function libraryRoutes(app: App, deps: RouteDeps): void {
  const { store, now } = deps;

  app.openapi(getLibrary, async (c) => {
    const catalogue = await c.var.catalogue();
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const data = await loadRecords(store, catalogue, workshop, now());
    return c.json(libraryView(await data.library(), workshop.library, data.names), 200);
  });

  app.openapi(putLibrary, async (c) => {
    const catalogue = await c.var.catalogue();
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const { picks, anonymous } = c.req.valid('json');
    const data = await loadRecords(store, catalogue, workshop, now());
    picks.forEach(({ exercise, team_id }, i) => {
      requireWorkshopExercise(workshop, exercise, `picks[${i}].exercise`);
      if (!data.names.has(team_id)) {
        throw new ApiProblem(400, 'Dieses Team gehört nicht zu diesem Workshop.', `picks[${i}].team_id`);
      }
    });
    const library = { picks: picks.map((p) => ({ exercise: p.exercise, teamId: p.team_id })), anonymous };
    await store.updateWorkshop(workshop.id, { library });
    return c.json(libraryView(await data.library(), library, data.names), 200);
  });
}
