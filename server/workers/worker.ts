import type { CatalogueFile } from '../exercises/catalogue.ts';
import { BODY_LIMIT_BYTES } from '../http/errors.ts';
import { runIdParams } from '../routes/schemas.ts';
import { SESSION_COOKIE } from '../sessions/cookie.ts';
import { buildApi, lazyApp, type WorkerEnv } from './app.ts';
import { RUN_ID_HEADER } from './run-host.ts';
import { streamHub } from './hubs.ts';
import { addWebUi } from './web.ts';

export type { WorkerEnv } from './app.ts';

const RUN_ROUTE = /^\/api\/runs\/([^/]+)\/(?:events|cancel)$/;

const validId = (id: string) => runIdParams.shape.id.safeParse(id).success;

/** The Durable Object that serves a request, and the headers only the Worker sets for it. */
interface Host {
  stub: Fetcher;
  headers?: Record<string, string>;
}

/**
 * The object a request belongs to when one must serve it: a run's start, event stream and cancel go to the run's
 * host (a new id for a start, else the one in the path), a workshop's live events to its team's hub object. Without a session
 * cookie the Worker answers itself (401): nobody makes objects without signing in. An invalid id gets the app's
 * own 400 or 404 here, without an object made for it.
 */
function hostOf(request: Request, env: WorkerEnv): Host | undefined {
  if (!request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`)) return undefined;
  const url = new URL(request.url);
  const run = (id: string): Host => ({
    stub: env.RUNS.get(env.RUNS.idFromName(id)),
    headers: { [RUN_ID_HEADER]: id },
  });
  if (url.pathname === '/api/runs' && request.method === 'POST') return run(crypto.randomUUID());
  const runId = RUN_ROUTE.exec(url.pathname)?.[1];
  if (runId !== undefined) return validId(runId) ? run(runId) : undefined;
  const workshop = url.searchParams.get('workshop');
  if (url.pathname === '/api/events' && request.method === 'GET' && workshop !== null && validId(workshop)) {
    // The hub's app still checks that workshop and team are the caller's: the names only pick the object.
    const team = url.searchParams.get('team') ?? undefined;
    return { stub: streamHub(env.WORKSHOPS, workshop, team !== undefined && validId(team) ? team : undefined) };
  }
  return undefined;
}

/**
 * The body, read up to one byte past the app's limit: that is enough for the run host's app to answer 413 itself.
 * Streamed on instead, a body the host rejects unread (413, 415) breaks the pipe after the response has gone out.
 * Written here because Request offers no bounded read.
 */
async function boundedBody(body: ReadableStream<Uint8Array>): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  while (size <= BODY_LIMIT_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel();
  return new Blob(chunks);
}

async function forward({ stub, headers: own = {} }: Host, request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  // Only the Worker names a run: the header never passes from outside.
  headers.delete(RUN_ID_HEADER);
  for (const [name, value] of Object.entries(own)) headers.set(name, value);
  // The length of the body as read is the one that counts.
  headers.delete('content-length');
  const body = request.body && (await boundedBody(request.body));
  return stub.fetch(new Request(request, { headers, body }));
}

/**
 * The Worker over a catalogue of exercise files. A run's start, event stream and cancel go to the run's own
 * Durable Object (createRunHost over the same files), which outlives the requests; a workshop's live events to the
 * workshop's object (createWorkshopHub); everything else is served here, from D1.
 */
export function createWorker(files: readonly CatalogueFile[]): ExportedHandler<WorkerEnv> {
  const serve = lazyApp(async (env) => {
    // Runs start in their run hosts, never here: no `defer`, and the owner below stays unused.
    const app = await buildApi(files, env, {
      newId: () => crypto.randomUUID(),
      owner: `worker:${crypto.randomUUID()}`,
      bootstrap: true,
    });
    addWebUi(app, env.ASSETS);
    return app;
  });
  return {
    fetch(request, env, ctx) {
      const host = hostOf(request, env);
      if (host) return forward(host, request);
      return serve(env, async (app) => app.fetch(request, env, ctx));
    },
  };
}
