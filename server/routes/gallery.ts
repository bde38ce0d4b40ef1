import { createRoute } from '@hono/zod-openapi';
import { buildGallery } from '../gallery/build.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { findExercise } from '../http/exercise-view.ts';
import { entriesByExercise } from '../leaderboard/board.ts';
import { withAttempts } from '../leaderboard/entry-runs.ts';
import { loadBoard } from '../leaderboard/load.ts';
import { isRevealed } from '../rounds/state.ts';
import { galleryOpenSchema, gallerySchema } from '../schema/gallery.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { errors, exerciseIdParam, json, jsonBody, WorkshopDoc } from './schemas.ts';
import { requireWorkshop, requireWorkshopExercise, workshopView } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const openGallery = createRoute({
  method: 'put',
  path: '/api/workshops/{id}/gallery',
  tags: ['Auswertung'],
  summary: 'Die Galerie einer aufgedeckten Übung für alle öffnen, bei einem Fall (auch: den Fall wechseln)',
  description: 'Die Teams sehen dann alle Abgaben nebeneinander. Eine Übung, die noch nicht aufgedeckt ist: 409.',
  request: { params: workshopParams, ...jsonBody(galleryOpenSchema) },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(400, 401, 403, 404, 409) },
});

const closeGallery = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}/gallery',
  tags: ['Auswertung'],
  summary: 'Die Galerie für die Teams schließen',
  request: { params: workshopParams },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(401, 403, 404) },
});

const getGallery = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/gallery/{exercise}',
  tags: ['Auswertung'],
  summary:
    'Alle Abgaben einer aufgedeckten Übung nebeneinander: Prompt, Antworten je Fall, Punkte, verfehlte Prüfungen',
  description:
    'Trainerinnen und Trainer jederzeit nach dem Aufdecken; Teams, solange die Galerie dieser Übung offen ist.',
  request: { params: workshopParams.extend({ exercise: exerciseIdParam('exercise') }) },
  responses: {
    200: json(gallerySchema.meta({ id: 'Gallery' }), 'Die Galerie'),
    ...errors(401, 403, 404, 409),
  },
});

function requireRevealed(workshop: WorkshopRecord, exercise: string, field: string): void {
  if (!isRevealed(workshop, exercise)) {
    throw new ApiProblem(409, 'Die Galerie gibt es erst, wenn die Übung aufgedeckt ist.', field);
  }
}

export function galleryRoutes(app: App, deps: RouteDeps): void {
  const { store, activity, now } = deps;

  const apply = async (workshop: WorkshopRecord, gallery: WorkshopRecord['gallery']) => {
    await store.updateWorkshop(workshop.id, { gallery });
    await activity.publish(workshop.id, { to: 'all' }, { type: 'workshop-changed' });
    return { ...workshop, gallery };
  };

  app.openapi(openGallery, async (c) => {
    const catalogue = await c.var.catalogue();
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const input = c.req.valid('json');
    const exercise = requireWorkshopExercise(workshop, input.exercise);
    requireRevealed(workshop, exercise, 'exercise');
    const focus = input.case ?? null;
    if (focus !== null && !findExercise(catalogue, exercise)?.fixture?.cases.some((x) => x.id === focus)) {
      throw new ApiProblem(400, `Die Übung hat keinen Fall "${focus}".`, 'case');
    }
    const next = await apply(workshop, { exercise, case: focus });
    return c.json(await workshopView(c, deps, next), 200);
  });

  app.openapi(closeGallery, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    return c.json(await workshopView(c, deps, await apply(workshop, null)), 200);
  });

  app.openapi(getGallery, async (c) => {
    const catalogue = await c.var.catalogue();
    const params = c.req.valid('param');
    const workshop = await requireWorkshop(deps, params.id, c.var.viewer);
    const exercise = requireWorkshopExercise(workshop, params.exercise);
    const open = workshop.gallery?.exercise === exercise;
    if (c.var.viewer.role === 'team' && !open) {
      throw new ApiProblem(403, 'Diese Galerie ist gerade nicht geöffnet. Ihre Trainerin oder Ihr Trainer öffnet sie.');
    }
    requireRevealed(workshop, exercise, 'exercise');
    const loaded = findExercise(catalogue, exercise);
    if (!loaded) throw new ApiProblem(404, `Die Übung "${exercise}" gibt es nicht.`, 'exercise');
    const input = await loadBoard(store, { catalogue, workshop, now: now() }, store.activeTeams);
    const perExercise = entriesByExercise(input).filter((x) => x.exercise === exercise);
    const entries = (await withAttempts(store, perExercise)).get(exercise) ?? [];
    const names = new Map(input.teams.map((t) => [t.id, t.name]));
    return c.json(
      buildGallery({
        loaded,
        entries,
        names,
        open,
        focus: open ? (workshop.gallery?.case ?? null) : null,
        technical: c.var.viewer.role === 'trainer',
      }),
      200,
    );
  });
}
