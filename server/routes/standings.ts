import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { buildLeaderboard, entriesByExercise } from '../leaderboard/board.ts';
import { createAttemptIndexes } from '../leaderboard/attempt-index.ts';
import { createBoardCache } from '../leaderboard/cache.ts';
import { loadBoard } from '../leaderboard/load.ts';
import { lockedNow } from '../rounds/state.ts';
import { dashboardSchema, leaderboardSchema } from '../schema/leaderboard.ts';
import { buildDashboard } from '../workshops/dashboard.ts';
import { errors, json } from './schemas.ts';
import { requireWorkshop } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const leaderboard = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/leaderboard',
  tags: ['Runden'],
  summary: 'Die Rangliste je Übung und insgesamt',
  description:
    'Je Team zählt seine gewählte Abgabe, sonst sein bester Versuch (Punkte, dann weniger Ausgabe-Tokens, dann ' +
    'früher). Bis zum Aufdecken zählen nur die öffentlichen Fälle (`scope: "public"`), danach alle (`"all"`). ' +
    'Gleichstand: weniger Ausgabe-Tokens, dann frühere Abgabe. Teams sehen sie, solange die Trainerin sie zeigt ' +
    '(sonst 403), und nur beim eigenen Team die Lauf-ID.',
  request: {
    params: workshopParams,
    query: z.object({
      seen: z.coerce
        .number()
        .int()
        .min(0)
        .max(Number.MAX_SAFE_INTEGER)
        .optional()
        .meta({
          description:
            'Die Nummer des neuesten Live-Ereignisses (`/api/events`), das das Gerät kennt: Die Antwort enthält ' +
            'mindestens alles, was bis dahin geschah, und kommt dann oft ohne Rückfrage an die Datenbank.',
        }),
    }),
  },
  responses: {
    200: json(leaderboardSchema.meta({ id: 'Leaderboard' }), 'Die Rangliste'),
    ...errors(400, 401, 403, 404),
  },
});

const dashboard = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/dashboard',
  tags: ['Runden'],
  summary: 'Live-Übersicht: Teams × Übungen mit besten Punkten, Versuchen, letzter Aktivität, Ausgaben',
  description:
    'Punkte über alle Fälle (auch verborgene). `stuck`: seit 10 Minuten kein Lauf, obwohl eine Übung offen ist, ' +
    'oder die letzten 3 Versuche an einer Übung ohne Verbesserung.',
  request: { params: workshopParams },
  responses: { 200: json(dashboardSchema.meta({ id: 'Dashboard' }), 'Die Übersicht'), ...errors(401, 403, 404) },
});

/**
 * The events that come with every change of a ranking: an attempt finished, an entry chosen (its nudge), the workshop
 * or its teams changed. The newest of them versions the cached board; an attempt starting does not change it.
 */
const BOARD_CHANGES = [
  'run-finished',
  'leaderboard-changed',
  'workshop-changed',
  'team-joined',
  'team-renamed',
  'team-removed',
];

export function standingRoutes(app: App, deps: RouteDeps): void {
  const { store, now, points } = deps;
  const cached = createBoardCache();
  const indexOf = createAttemptIndexes(store, now);

  app.openapi(leaderboard, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const { viewer } = c.var;
    if (viewer.role === 'team' && !workshop.leaderboardVisible) {
      throw new ApiProblem(
        403,
        'Die Rangliste ist gerade nicht freigegeben. Ihre Trainerin oder Ihr Trainer zeigt sie.',
      );
    }
    const at = now();
    const locks = lockedNow(workshop, at).join(',');
    const workOut = async () => {
      // Read after the version: a change writes the workshop before its event, so this row holds every change the
      // version names (a reveal, say), which the one read with the session may predate.
      const current = (await store.getWorkshop(workshop.id)) ?? workshop;
      const catalogue = await c.var.catalogue();
      const input = { catalogue, workshop: current, now: at, cache: points, index: indexOf(workshop.id) };
      return buildLeaderboard(await loadBoard(store, input, store.activeTeams));
    };
    // Most devices load the board right after the event that told them to: the board kept since then holds it.
    const board = await (cached.known(workshop.id, locks, c.req.valid('query').seen) ??
      cached.at(workshop.id, { changed: await store.lastEventId(workshop.id, BOARD_CHANGES), locks }, workOut));
    if (viewer.role !== 'team') return c.json(board, 200);
    // Another team's attempt ids are none of a team's business (they would only answer 404 anyway).
    const own = viewer.team.id;
    const exercises = board.exercises.map((x) => ({
      ...x,
      entries: x.entries.map(({ run, ...e }) => (e.team_id === own ? { ...e, run } : e)),
    }));
    return c.json({ ...board, exercises }, 200);
  });

  app.openapi(dashboard, async (c) => {
    const catalogue = await c.var.catalogue();
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    const input = await loadBoard(
      store,
      { catalogue, workshop, now: now(), cache: points, index: indexOf(workshop.id) },
      store.teamStats,
    );
    return c.json(buildDashboard(input, entriesByExercise(input)), 200);
  });
}
