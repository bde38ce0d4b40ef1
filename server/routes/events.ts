import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { streamEvents } from '../http/sse.ts';
import type { Audience } from '../store/records.ts';
import { errors, WorkshopLiveEventDoc } from './schemas.ts';

const sequence = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

const events = createRoute({
  method: 'get',
  path: '/api/events',
  tags: ['Workshops'],
  summary: 'Was im Workshop geschieht, live als Server-Sent Events',
  description:
    'Für ein Team: die Ereignisse seines Workshops, die alle betreffen, und die eigenen (neue Versuche der ' +
    'Teammitglieder, Freigaben, Entfernen). Für Trainerinnen und Trainer mit `?workshop=<id>` alle Ereignisse ' +
    'dieses Workshops. Ein Team nennt mit `?workshop=<id>&team=<id>` seinen Workshop und sein Team (auf Workers ' +
    'bedient dann das Objekt des Teams den Strom); ein fremder Workshop oder ein fremdes Team ergibt 404. Ohne ' +
    '`Last-Event-ID` (oder `?after=`) beginnt der Strom bei den neuen Ereignissen. Endet die Sitzung, kommt ' +
    '`session-ended` und der Strom schließt.',
  request: {
    query: z.object({
      workshop: z.string().max(64).optional(),
      team: z.string().max(64).optional(),
      after: sequence.optional(),
    }),
    headers: z.object({ 'last-event-id': sequence.optional() }),
  },
  responses: {
    200: { description: 'Der Ereignisstrom', content: { 'text/event-stream': { schema: WorkshopLiveEventDoc } } },
    ...errors(400, 401, 403, 404),
  },
});

export function eventRoutes(app: App, { store, activity, timing }: RouteDeps): void {
  app.openapi(events, async (c) => {
    const { viewer } = c.var;
    const query = c.req.valid('query');
    let workshopId: string;
    let audience: Audience;
    const notFound = () =>
      new ApiProblem(404, 'Diesen Workshop gibt es nicht (oder er gehört nicht zu Ihren).', 'workshop');
    // On Workers the team picks the object that serves the stream: naming another would only hear less.
    if (query.team !== undefined && (viewer.role !== 'team' || query.team !== viewer.team.id)) {
      throw new ApiProblem(404, 'Dieses Team gibt es nicht (oder es ist nicht Ihres).', 'team');
    }
    if (viewer.role === 'team') {
      if (query.workshop !== undefined && query.workshop !== viewer.workshop.id) throw notFound();
      workshopId = viewer.workshop.id;
      audience = { to: 'team', teamId: viewer.team.id };
    } else if (viewer.role === 'trainer') {
      if (!query.workshop || !(await store.isTrainerOf(query.workshop, viewer.trainer.id))) throw notFound();
      workshopId = query.workshop;
      audience = { to: 'trainers' };
    } else {
      throw new ApiProblem(403, 'Live-Ereignisse gibt es nur in einem Workshop.');
    }
    const after = c.req.valid('header')['last-event-id'] ?? query.after ?? (await store.lastEventId(workshopId));
    return streamEvents(c, activity.feed(workshopId, audience, viewer.tokenHash), after, timing.heartbeatMs);
  });
}
