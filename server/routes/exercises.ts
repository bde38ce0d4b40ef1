import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { RouteDeps } from '../http/deps.ts';
import { requireExercise, toDetail, toSummary } from '../http/exercise-view.ts';
import { CaseView } from '../http/redact.ts';
import { errors, ExerciseDetailDoc, exerciseIdParams, ExerciseSummaryDoc, json, RunSummaryDoc } from './schemas.ts';

const listExercises = createRoute({
  method: 'get',
  path: '/api/exercises',
  tags: ['Übungen'],
  summary: 'Alle Übungen mit bester bisheriger Punktzahl',
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

export function exerciseRoutes(app: OpenAPIHono, { catalogue, store }: RouteDeps): void {
  app.openapi(listExercises, async (c) => {
    const best = await store.bestScores();
    return c.json(
      catalogue.exercises.map((e) => toSummary(e, best.get(e.exercise.id))),
      200,
    );
  });

  app.openapi(getExercise, async (c) => {
    const loaded = requireExercise(catalogue, c.req.valid('param').id, 'id');
    const best = await store.bestScores();
    return c.json(toDetail(loaded, best.get(loaded.exercise.id)), 200);
  });

  app.openapi(listRuns, async (c) => {
    const loaded = requireExercise(catalogue, c.req.valid('param').id, 'id');
    const runs = await store.listRuns(loaded.exercise.id);
    return c.json(
      runs.map((run) => new CaseView(loaded, run.cases).record(run)),
      200,
    );
  });
}
