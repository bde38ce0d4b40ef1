import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { requireRun } from '../http/runs-view.ts';
import { streamEvents } from '../http/sse.ts';
import { storedFeed } from '../runs/stored-feed.ts';
import { errors, runIdParams, RunEventDoc } from './schemas.ts';

const sequence = z.coerce.number().int().min(0).max(1_000_000_000);

const runEvents = createRoute({
  method: 'get',
  path: '/api/runs/{id}/events',
  tags: ['Läufe'],
  summary: 'Die Ereignisse eines Laufs als Server-Sent Events',
  description:
    'Jede Nachricht: `id: <n>` (aufsteigend ab 1), `event: <typ>`, `data: <RunEvent als JSON>`. Ist ein Fall fertig, ' +
    'ersetzt sein `case-finished` (mit der ganzen Antwort) seine `delta`-Stücke: wer sie noch nicht gelesen hatte, ' +
    'bekommt sie nicht mehr, die Nummern bleiben (mit Lücken). Nach einem ' +
    'Verbindungsabbruch liefert `Last-Event-ID` (oder `?after=<n>`) alles nach n und dann live weiter. Der Strom ' +
    'endet nach `run-finished`. Ein Lauf, der in diesem Prozess nicht (mehr) live ist, kommt aus der Datenbank: ' +
    '`run-started`, ein `case-finished` je gespeichertem Ergebnis, dann `run-finished`; wer einen beendeten Lauf mit ' +
    '`Last-Event-ID` fortsetzt, bekommt diese alle (noch einmal), nummeriert ab seiner Nummer. Alle 15 s ohne Ereignis ' +
    'kommt eine Kommentarzeile `: ping`.',
  request: {
    params: runIdParams,
    query: z.object({ after: sequence.optional().meta({ description: 'Nur Ereignisse nach dieser Nummer' }) }),
    headers: z.object({
      'last-event-id': sequence.optional().meta({ description: 'Setzt der Browser beim Wiederverbinden' }),
    }),
  },
  responses: {
    200: { description: 'Der Ereignisstrom', content: { 'text/event-stream': { schema: RunEventDoc } } },
    ...errors(400, 401, 404),
  },
});

export function runEventRoutes(app: App, { store, runs, timing, exercises }: RouteDeps): void {
  app.openapi(runEvents, async (c) => {
    const catalogue = await c.var.catalogue();
    const { id } = c.req.valid('param');
    // The browser's Last-Event-ID is newer than an `after` in the URL it reconnects to.
    const after = c.req.valid('header')['last-event-id'] ?? c.req.valid('query').after ?? 0;
    const { view } = await requireRun(store, catalogue, c.var.viewer, id, exercises);
    const feed = runs.feed(id) ?? storedFeed(store, id, view.event, timing.pollMs);
    return streamEvents(c, feed, after, timing.heartbeatMs);
  });
}
