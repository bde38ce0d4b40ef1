import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { newJoinCode } from '../crypto/tokens.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { publicBase } from '../http/public-url.ts';
import { workshopCreateSchema, workshopListItemSchema, workshopPatchSchema } from '../schema/workshop.ts';
import type { AppEnv } from '../sessions/viewer.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { qrSvg } from '../workshops/qr.ts';
import { checkSettings, newWorkshopSettings, settingsPatch } from '../workshops/settings.ts';
import { joinUrl, toTeamView, toWorkshopView } from '../workshops/view.ts';
import { errors, jsonBody, json, noContent, WorkshopDetailDoc, WorkshopDoc } from './schemas.ts';
import { requireWorkshop, workshopView } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const list = createRoute({
  method: 'get',
  path: '/api/workshops',
  tags: ['Workshops'],
  summary: 'Die Workshops der angemeldeten Trainerin, neueste zuerst',
  responses: { 200: json(z.array(workshopListItemSchema), 'Die Workshops'), ...errors(401, 403) },
});

const create = createRoute({
  method: 'post',
  path: '/api/workshops',
  tags: ['Workshops'],
  summary: 'Einen Workshop anlegen',
  description:
    '`released` fehlt: alle Übungen sind sofort offen. `models` fehlt: alle verfügbaren Modelle. `budget_eur` gilt je ' +
    'Team. Der Workshop bekommt einen Code aus 6 Zeichen ohne Verwechslungsgefahr (kein 0/O, 1/I/l).',
  request: jsonBody(workshopCreateSchema),
  responses: { 201: json(WorkshopDoc, 'Der neue Workshop'), ...errors(400, 401, 403) },
});

const get = createRoute({
  method: 'get',
  path: '/api/workshops/{id}',
  tags: ['Workshops'],
  summary: 'Ein Workshop mit seinen Teams, Mitgliedern und Ausgaben',
  request: { params: workshopParams },
  responses: { 200: json(WorkshopDetailDoc, 'Der Workshop'), ...errors(401, 403, 404) },
});

const update = createRoute({
  method: 'patch',
  path: '/api/workshops/{id}',
  tags: ['Workshops'],
  summary: 'Einstellungen ändern, Beitritt öffnen oder schließen',
  request: { params: workshopParams, ...jsonBody(workshopPatchSchema) },
  responses: { 200: json(WorkshopDoc, 'Der geänderte Workshop'), ...errors(400, 401, 403, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}',
  tags: ['Workshops'],
  summary: 'Einen Workshop mit allen Teams, Sitzungen und Läufen löschen',
  request: { params: workshopParams },
  responses: { ...noContent('Gelöscht'), ...errors(401, 403, 404) },
});

const qr = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/qr.svg',
  tags: ['Workshops'],
  summary: 'Der Beitrittslink als QR-Code (SVG) für den Beamer',
  request: { params: workshopParams },
  responses: {
    200: { description: 'SVG', content: { 'image/svg+xml': { schema: z.string() } } },
    ...errors(401, 403, 404),
  },
});

/** Today in Germany, as YYYY-MM-DD (the Canadian locale writes dates that way). */
const today = (now: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);

export function workshopRoutes(app: App, deps: RouteDeps): void {
  const { store, providers, now, newId, activity } = deps;

  const view = (c: Context<AppEnv>, workshop: WorkshopRecord) => workshopView(c, deps, workshop);
  const trainerId = (c: Context<AppEnv>) => (c.var.viewer.role === 'trainer' ? c.var.viewer.trainer.id : '');

  app.openapi(list, async (c) => {
    const base = publicBase(c, deps);
    const workshops = await store.workshopsOf(trainerId(c));
    const items = await Promise.all(
      workshops.map(async ({ teamCount, ...w }) => ({
        ...toWorkshopView(w, await store.trainersOf(w.id), base, now()),
        team_count: teamCount,
      })),
    );
    return c.json(items, 200);
  });

  app.openapi(create, async (c) => {
    const catalogue = await c.var.catalogue();
    await providers.refresh();
    const settings = newWorkshopSettings(c.req.valid('json'), today(now()));
    checkSettings(settings, catalogue, providers.list());
    // A taken code (one in a billion) just means drawing another.
    for (let attempt = 0; attempt < 5; attempt++) {
      const workshop = { ...settings, id: newId(), code: newJoinCode(), createdAt: now() };
      if (await store.insertWorkshop(workshop, trainerId(c))) return c.json(await view(c, workshop), 201);
    }
    throw new Error('Kein freier Beitrittscode gefunden.');
  });

  app.openapi(get, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const teams = await store.teamStats(workshop.id);
    return c.json({ ...(await view(c, workshop)), teams: teams.map(toTeamView) }, 200);
  });

  app.openapi(update, async (c) => {
    const catalogue = await c.var.catalogue();
    const current = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const patch = settingsPatch(c.req.valid('json'));
    await providers.refresh();
    const next = { ...current, ...patch };
    // Narrowing the exercises narrows what was released with them.
    if (patch.released === undefined) next.released = current.released.filter((id) => next.exercises.includes(id));
    checkSettings(next, catalogue, providers.list());
    await store.updateWorkshop(current.id, { ...patch, released: next.released });
    await activity.publish(current.id, { to: 'all' }, { type: 'workshop-changed' });
    return c.json(await view(c, next), 200);
  });

  app.openapi(remove, async (c) => {
    await store.deleteWorkshop(c.req.valid('param').id);
    return c.body(null, 204);
  });

  app.openapi(qr, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const svg = qrSvg(joinUrl(publicBase(c, deps), workshop.code));
    return c.body(svg, 200, { 'content-type': 'image/svg+xml; charset=utf-8' });
  });
}
