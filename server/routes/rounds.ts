import { createRoute } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { lock, release, reveal, setCountdown, startRound, stopCountdown, type RoundPatch } from '../rounds/controls.ts';
import { announcementSetSchema, countdownSetSchema, roundStartSchema } from '../schema/round.ts';
import type { Viewer } from '../sessions/viewer.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { errors, exerciseIdParam, jsonBody, json, noContent, WorkshopDoc } from './schemas.ts';
import { requireWorkshop, requireWorkshopExercise, workshopView } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const exerciseParams = workshopParams.extend({ exercise: exerciseIdParam('exercise') });

const exerciseAction = (action: 'release' | 'lock' | 'reveal', summary: string, description: string) =>
  createRoute({
    method: 'post',
    path: `/api/workshops/{id}/exercises/{exercise}/${action}`,
    tags: ['Runden'],
    summary,
    description,
    request: { params: exerciseParams },
    responses: { ...noContent('Erledigt'), ...errors(400, 401, 403, 404, 409) },
  });

const releaseRoute = exerciseAction(
  'release',
  'Eine Übung freigeben (auch eine gesperrte wieder öffnen)',
  'Die Teams sehen die Übung sofort (Ereignis `workshop-changed`). Aufgedeckte Übungen bleiben gesperrt.',
);
const lockRoute = exerciseAction(
  'lock',
  'Eine Übung sperren: keine neuen Läufe, die Versuche bleiben lesbar',
  'Auch die Abgabe der Teams steht dann fest. Eine nicht freigegebene Übung: 409.',
);
const revealRoute = exerciseAction(
  'reveal',
  'Die verborgenen Fälle einer Übung aufdecken',
  'Ab jetzt zählt die Rangliste alle Fälle, und die Teams sehen Eingaben, Referenzen und Ausgaben der verborgenen ' +
    'Fälle dieser Übung. Die Übung wird dabei gesperrt; das Aufdecken lässt sich nicht zurücknehmen.',
);

const roundRoute = createRoute({
  method: 'post',
  path: '/api/workshops/{id}/round',
  tags: ['Runden'],
  summary: 'Eine Runde starten: mehrere Übungen zugleich freigeben, auf Wunsch mit Countdown',
  description: 'Mit `minutes` läuft ein Countdown; mit `lock_at_end` (Vorgabe: ja) sperrt er die Übungen am Ende.',
  request: { params: workshopParams, ...jsonBody(roundStartSchema) },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(400, 401, 403, 404) },
});

const countdownRoute = createRoute({
  method: 'put',
  path: '/api/workshops/{id}/countdown',
  tags: ['Runden'],
  summary: 'Einen Countdown für alle starten (ersetzt einen laufenden)',
  request: { params: workshopParams, ...jsonBody(countdownSetSchema) },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(400, 401, 403, 404) },
});

const stopCountdownRoute = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}/countdown',
  tags: ['Runden'],
  summary: 'Den Countdown beenden (was er schon gesperrt hat, bleibt gesperrt)',
  request: { params: workshopParams },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(401, 403, 404) },
});

const announceRoute = createRoute({
  method: 'put',
  path: '/api/workshops/{id}/announcement',
  tags: ['Runden'],
  summary: 'Eine kurze Nachricht an alle senden (erscheint als Banner)',
  request: { params: workshopParams, ...jsonBody(announcementSetSchema) },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(400, 401, 403, 404) },
});

const clearAnnouncementRoute = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}/announcement',
  tags: ['Runden'],
  summary: 'Die Nachricht an alle entfernen',
  request: { params: workshopParams },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(401, 403, 404) },
});

/** The trainer's controls of the round; every change is told to everyone in the workshop at once. */
export function roundRoutes(app: App, deps: RouteDeps): void {
  const { store, activity, now, newId } = deps;

  const apply = async (workshop: WorkshopRecord, patch: RoundPatch, { standings = false } = {}) => {
    await store.updateWorkshop(workshop.id, patch);
    await activity.publish(workshop.id, { to: 'all' }, { type: 'workshop-changed' });
    if (standings) await activity.nudge(workshop.id, { type: 'leaderboard-changed' });
    return { ...workshop, ...patch };
  };

  const target = async (viewer: Viewer, params: { id: string; exercise: string }) => {
    const workshop = await requireWorkshop(deps, params.id, viewer);
    return { workshop, exercise: requireWorkshopExercise(workshop, params.exercise) };
  };

  app.openapi(releaseRoute, async (c) => {
    const { workshop, exercise } = await target(c.var.viewer, c.req.valid('param'));
    await apply(workshop, release(workshop, [exercise], now()), { standings: true });
    return c.body(null, 204);
  });

  app.openapi(lockRoute, async (c) => {
    const { workshop, exercise } = await target(c.var.viewer, c.req.valid('param'));
    if (!workshop.released.includes(exercise)) {
      throw new ApiProblem(409, `Die Übung "${exercise}" ist noch nicht freigegeben.`, 'exercise');
    }
    await apply(workshop, lock(workshop, exercise, now()));
    return c.body(null, 204);
  });

  app.openapi(revealRoute, async (c) => {
    const { workshop, exercise } = await target(c.var.viewer, c.req.valid('param'));
    await apply(workshop, reveal(workshop, exercise), { standings: true });
    return c.body(null, 204);
  });

  app.openapi(roundRoute, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const input = c.req.valid('json');
    input.exercises.forEach((id, i) => requireWorkshopExercise(workshop, id, `exercises[${i}]`));
    const next = await apply(workshop, startRound(workshop, input, now()), { standings: true });
    return c.json(await workshopView(c, deps, next), 200);
  });

  app.openapi(countdownRoute, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const input = c.req.valid('json');
    input.locks?.forEach((id, i) => requireWorkshopExercise(workshop, id, `locks[${i}]`));
    const next = await apply(workshop, setCountdown(workshop, input, now()));
    return c.json(await workshopView(c, deps, next), 200);
  });

  app.openapi(stopCountdownRoute, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const next = await apply(workshop, stopCountdown(workshop, now()));
    return c.json(await workshopView(c, deps, next), 200);
  });

  app.openapi(announceRoute, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const { text } = c.req.valid('json');
    const next = await apply(workshop, { announcement: { id: newId(), text, at: now() } });
    return c.json(await workshopView(c, deps, next), 200);
  });

  app.openapi(clearAnnouncementRoute, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const next = await apply(workshop, { announcement: null });
    return c.json(await workshopView(c, deps, next), 200);
  });
}
