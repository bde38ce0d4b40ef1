import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { requireVisibleExercise, toDetail, toSummary, visibleExercises } from '../http/exercise-view.ts';
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

export function exerciseRoutes(app: App, { catalogue, store }: RouteDeps): void {
  app.openapi(listExercises, async (c) => {
    const best = await store.bestScores(scopeOf(c.var.viewer));
    return c.json(
      visibleExercises(catalogue, c.var.viewer).map((e) => toSummary(e, best.get(e.exercise.id))),
      200,
    );
  });

  app.openapi(getExercise, async (c) => {
    const loaded = requireVisibleExercise(catalogue, c.var.viewer, c.req.valid('param').id);
    const best = await store.bestScores(scopeOf(c.var.viewer));
    return c.json(toDetail(loaded, best.get(loaded.exercise.id)), 200);
  });

  app.openapi(listRuns, async (c) => {
    const loaded = requireVisibleExercise(catalogue, c.var.viewer, c.req.valid('param').id, { history: true });
    const runs = await store.listRuns(loaded.exercise.id, scopeOf(c.var.viewer));
    return c.json(
      runs.map((run) => new CaseView(loaded, run.cases).record(run)),
      200,
    );
  });
}
