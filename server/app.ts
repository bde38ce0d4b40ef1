import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_TIMING, type AppDeps, type LiveTiming, type RouteDeps } from './http/deps.ts';
import { BODY_LIMIT_BYTES, notFound, onError } from './http/errors.ts';
import { logServerError } from './http/log.ts';
import { noStore, securityHeaders } from './http/security.ts';
import { validationHook } from './http/validation.ts';
import { exerciseRoutes } from './routes/exercises.ts';
import { metaRoutes } from './routes/meta.ts';
import { providerRoutes } from './routes/providers.ts';
import { runEventRoutes } from './routes/run-events.ts';
import { runRoutes } from './routes/runs.ts';
import { createRunManager, type RunManager } from './runs/manager.ts';
import type { RunnerDeps } from './runs/runner.ts';

/** The live runs of this process; an entry that must cancel them on shutdown creates them and passes them in. */
export const createLiveRuns = (deps: RunnerDeps, timing: LiveTiming): RunManager =>
  createRunManager(deps, {
    keepFinishedMs: timing.keepFinishedMs,
    onFault: (err, runId) => logServerError(err, `Lauf ${runId}`),
  });

/**
 * The API as a Hono app, from its dependencies only: Web-standard Request/Response, no Node APIs, so the
 * Node server and a Workers entry serve the same app. Entries may add routes (static files) afterwards.
 */
export function createApp(deps: AppDeps): OpenAPIHono {
  const timing = { ...DEFAULT_TIMING, ...deps.timing };
  const runs = deps.runs ?? createLiveRuns(deps, timing);
  const routeDeps: RouteDeps = { ...deps, runs, timing };

  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound(notFound);
  app.use('*', securityHeaders());
  app.use('/api/*', noStore, bodyLimit({ maxSize: BODY_LIMIT_BYTES }));

  exerciseRoutes(app, routeDeps);
  providerRoutes(app, routeDeps);
  runRoutes(app, routeDeps);
  runEventRoutes(app, routeDeps);
  metaRoutes(app);
  return app;
}
