import type { CatalogueFile } from '../exercises/catalogue.ts';
import { BODY_LIMIT_BYTES } from '../http/errors.ts';
import { runIdParams } from '../routes/schemas.ts';
import { SESSION_COOKIE } from '../sessions/cookie.ts';
import { buildApi, lazyApp, type WorkerEnv } from './app.ts';
import { RUN_ID_HEADER } from './run-host.ts';
import { addWebUi } from './web.ts';

export type { WorkerEnv } from './app.ts';

const RUN_ROUTE = /^\/api\/runs\/([^/]+)\/(?:events|cancel)$/;

/**
 * The run a request belongs to when its run host must serve it: a new id for a start, else the one in the path.
 * Without a session cookie the Worker answers itself (401): nobody makes objects without signing in.
 */
function hostedRun(request: Request): string | undefined {
  if (!request.headers.get('cookie')?.includes(`${SESSION_COOKIE}=`)) return undefined;
  const { pathname } = new URL(request.url);
  if (pathname === '/api/runs' && request.method === 'POST') return crypto.randomUUID();
  const id = RUN_ROUTE.exec(pathname)?.[1];
  // An invalid id gets the app's own 400 here, without an object made for it.
  return id !== undefined && runIdParams.shape.id.safeParse(id).success ? id : undefined;
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

async function forward(env: WorkerEnv, runId: string, request: Request): Promise<Response> {
  const headers = new Headers(request.headers);
  // Set, never passed on: only the Worker names the run.
  headers.set(RUN_ID_HEADER, runId);
  // The length of the body as read is the one that counts.
  headers.delete('content-length');
  const body = request.body && (await boundedBody(request.body));
  return env.RUNS.get(env.RUNS.idFromName(runId)).fetch(new Request(request, { headers, body }));
}

/**
 * The Worker over a catalogue of exercise files. A run's start, event stream and cancel go to the run's own
 * Durable Object (createRunHost over the same files), which outlives the requests; everything else is served
 * here, from D1.
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
      const runId = hostedRun(request);
      if (runId !== undefined) return forward(env, runId, request);
      return serve(env, async (app) => app.fetch(request, env, ctx));
    },
  };
}
