import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Catalogue } from '../exercises/catalogue.ts';
import { loadAttempts } from '../leaderboard/attempts.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { requireVisibleExercise } from '../http/exercise-view.ts';
import { entriesByExercise } from '../leaderboard/board.ts';
import { exerciseState } from '../rounds/state.ts';
import { entryChoiceSchema, myEntrySchema, type MyEntry } from '../schema/leaderboard.ts';
import type { AppEnv, TeamViewer } from '../sessions/viewer.ts';
import { errors, exerciseIdParams, jsonBody, json } from './schemas.ts';

const MyEntryDoc = myEntrySchema.meta({ id: 'MyEntry' });

const getEntry = createRoute({
  method: 'get',
  path: '/api/exercises/{id}/entry',
  tags: ['Runden'],
  summary: 'Die Abgabe des eigenen Teams zu einer Übung',
  description: 'Die gewählte Abgabe, sonst der beste Versuch; `null` vor dem ersten beendeten Versuch. Nur für Teams.',
  request: { params: exerciseIdParams },
  responses: { 200: json(MyEntryDoc, 'Die Abgabe'), ...errors(400, 403, 404) },
});

const chooseEntry = createRoute({
  method: 'put',
  path: '/api/exercises/{id}/entry',
  tags: ['Runden'],
  summary: 'Einen Versuch als Abgabe des Teams wählen',
  description:
    'Nur beendete Versuche des eigenen Teams zu dieser Übung (laufend: 409; fremd oder unbekannt: 404). Eine ' +
    'gesperrte Übung: 403.',
  request: { params: exerciseIdParams, ...jsonBody(entryChoiceSchema) },
  responses: { 200: json(MyEntryDoc, 'Die Abgabe'), ...errors(400, 403, 404, 409) },
});

const clearEntry = createRoute({
  method: 'delete',
  path: '/api/exercises/{id}/entry',
  tags: ['Runden'],
  summary: 'Die Wahl zurücknehmen: wieder zählt der beste Versuch',
  request: { params: exerciseIdParams },
  responses: { 200: json(MyEntryDoc, 'Die Abgabe'), ...errors(400, 403, 404) },
});

const teamOnly = (c: Context<AppEnv>): TeamViewer => {
  const { viewer } = c.var;
  if (viewer.role !== 'team') throw new ApiProblem(403, 'Abgaben gibt es nur für Teams in einem Workshop.');
  return viewer;
};

export function entryRoutes(app: App, deps: RouteDeps): void {
  const { store, now, activity, points } = deps;

  const entryOf = async (viewer: TeamViewer, exercise: string, catalogue: Catalogue): Promise<MyEntry> => {
    const { workshop, team } = viewer;
    // Only the team's own attempts and choices: every member asks after each of the team's runs, so the points of
    // finished ones come from the cache the leaderboard fills too.
    const [attempts, chosen] = await Promise.all([
      loadAttempts(store, workshop.id, { teamId: team.id, finishedOnly: true, cache: points }),
      store.chosenEntries(workshop.id, team.id),
    ]);
    const board = { workshop, teams: [team], attempts, chosen, catalogue, now: now() };
    const found = entriesByExercise(board).find((x) => x.exercise === exercise);
    const entry = found?.entries[0];
    if (!found || !entry) return null;
    const locked = exerciseState(workshop, exercise, now()) === 'locked';
    return { run: entry.run, chosen: entry.chosen, points: entry.points, scope: found.scope, locked };
  };

  /** An exercise whose entry the team may still change: released and not locked. */
  const changeable = (viewer: TeamViewer, id: string, catalogue: Catalogue) => {
    const { exercise } = requireVisibleExercise(catalogue, viewer, id);
    if (exerciseState(viewer.workshop, exercise.id, now()) === 'locked') {
      throw new ApiProblem(403, `Die Übung "${exercise.id}" ist gesperrt: Die Abgabe steht fest.`, 'id');
    }
    return exercise.id;
  };

  const changed = async (viewer: TeamViewer, exercise: string) => {
    const { workshop, team } = viewer;
    await activity.publish(workshop.id, { to: 'team', teamId: team.id }, { type: 'entry-changed', exercise, team });
    await activity.nudge(workshop.id, { type: 'leaderboard-changed' });
  };

  app.openapi(getEntry, async (c) => {
    const catalogue = await c.var.catalogue();
    const viewer = teamOnly(c);
    const { exercise } = requireVisibleExercise(catalogue, viewer, c.req.valid('param').id, { history: true });
    return c.json(await entryOf(viewer, exercise.id, catalogue), 200);
  });

  app.openapi(chooseEntry, async (c) => {
    const viewer = teamOnly(c);
    const catalogue = await c.var.catalogue();
    const exercise = changeable(viewer, c.req.valid('param').id, catalogue);
    const { run: runId } = c.req.valid('json');
    const run = await store.getRun(runId);
    if (!run || run.space.teamId !== viewer.team.id || run.exercise !== exercise) {
      throw new ApiProblem(404, `Ihr Team hat keinen Versuch "${runId}" zu dieser Übung.`, 'run');
    }
    if (run.status === 'running') {
      throw new ApiProblem(409, 'Dieser Versuch läuft noch. Wählen Sie ihn, wenn er beendet ist.', 'run');
    }
    await store.chooseEntry({
      workshopId: viewer.workshop.id,
      teamId: viewer.team.id,
      exercise,
      run: runId,
      at: now(),
    });
    await changed(viewer, exercise);
    return c.json(await entryOf(viewer, exercise, catalogue), 200);
  });

  app.openapi(clearEntry, async (c) => {
    const viewer = teamOnly(c);
    const catalogue = await c.var.catalogue();
    const exercise = changeable(viewer, c.req.valid('param').id, catalogue);
    await store.clearEntry(viewer.team.id, exercise);
    await changed(viewer, exercise);
    return c.json(await entryOf(viewer, exercise, catalogue), 200);
  });
}
