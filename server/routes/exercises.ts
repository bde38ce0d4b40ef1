import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import {
  revealedTo,
  requireVisibleExercise,
  standingOf,
  toDetail,
  toSummary,
  visibleExercises,
} from '../http/exercise-view.ts';
import { scopeOf } from '../sessions/viewer.ts';
import { CaseView } from '../http/redact.ts';
import { errors, ExerciseDetailDoc, exerciseIdParams, ExerciseSummaryDoc, json, RunSummaryDoc } from './schemas.ts';

const listExercises = createRoute({
  method: 'get',
  path: '/api/exercises',
  tags: ['Übungen'],
  summary: 'Alle Übungen mit bester bisheriger Punktzahl',
  description: 'Für ein Team: nur die freigegebenen Übungen seines Workshops, in der Reihenfolge des Workshops.',
  responses: { 200: json(z.array(ExerciseSummaryDoc), 'Die Übungen des Katalogs') },
});

const getExercise = createRoute({
  method: 'get',
  path: '/api/exercises/{id}',
  tags: ['Übungen'],
  summary: 'Eine Übung mit Aufgabe, Kontext, Start-Prompt und Testfällen',
  description:
    'Verborgene Testfälle erscheinen nur als Platzhalter `verborgen-1`, `verborgen-2`, … (in Dateireihenfolge).',
  request: { params: exerciseIdParams },
  responses: { 200: json(ExerciseDetailDoc, 'Die Übung'), ...errors(400, 404) },
});

const listRuns = createRoute({
  method: 'get',
  path: '/api/exercises/{id}/runs',
  tags: ['Übungen'],
  summary: 'Bisherige Läufe einer Übung, neueste zuerst',
  request: { params: exerciseIdParams },
  responses: { 200: json(z.array(RunSummaryDoc), 'Die Läufe mit Summen'), ...errors(400, 404) },
});

export function exerciseRoutes(app: App, { store, now }: RouteDeps): void {
  app.openapi(listExercises, async (c) => {
    const catalogue = await c.var.catalogue();
    const best = await store.bestScores(scopeOf(c.var.viewer));
    return c.json(
      visibleExercises(catalogue, c.var.viewer).map((e) =>
        toSummary(e, best.get(e.exercise.id), standingOf(c.var.viewer, e.exercise.id, now())),
      ),
      200,
    );
  });

  app.openapi(getExercise, async (c) => {
    const catalogue = await c.var.catalogue();
    const loaded = requireVisibleExercise(catalogue, c.var.viewer, c.req.valid('param').id);
    const best = await store.bestScores(scopeOf(c.var.viewer));
    const { id } = loaded.exercise;
    return c.json(toDetail(loaded, best.get(id), standingOf(c.var.viewer, id, now())), 200);
  });

  app.openapi(listRuns, async (c) => {
    const catalogue = await c.var.catalogue();
    const loaded = requireVisibleExercise(catalogue, c.var.viewer, c.req.valid('param').id, { history: true });
    const { id } = loaded.exercise;
    const runs = await store.listRuns(id, scopeOf(c.var.viewer));
    const revealHidden = revealedTo(c.var.viewer, id);
    return c.json(
      runs.map((run) => new CaseView(loaded, run.cases, { revealHidden }).record(run)),
      200,
    );
  });
}
