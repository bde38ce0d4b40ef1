import { OpenAPIHono } from '@hono/zod-openapi';
import { DEFAULT_TIMING, type App, type AppDeps, type LiveTiming, type RouteDeps } from './http/deps.ts';
import { limitBody } from './http/body-limit.ts';
import { BODY_LIMIT_BYTES, notFound, onError } from './http/errors.ts';
import { logServerError } from './http/log.ts';
import { sameOrigin } from './http/origin.ts';
import { noStore, securityHeaders } from './http/security.ts';
import { validationHook } from './http/validation.ts';
import { authoringToolRoutes } from './routes/authoring-tools.ts';
import { authoringRoutes, TRAINER_EXERCISE_PATHS } from './routes/authoring.ts';
import { entryRoutes } from './routes/entries.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/exports.ts';
import { exerciseRoutes } from './routes/exercises.ts';
import { galleryRoutes } from './routes/gallery.ts';
import { inviteRoutes } from './routes/invites.ts';
import { libraryRoutes } from './routes/library.ts';
import { metaRoutes } from './routes/meta.ts';
import { providerRoutes } from './routes/providers.ts';
import { providerSettingsRoutes } from './routes/provider-settings.ts';
import { roundRoutes } from './routes/rounds.ts';
import { runEventRoutes } from './routes/run-events.ts';
import { runRoutes } from './routes/runs.ts';
import { sessionRoutes } from './routes/session.ts';
import { standingRoutes } from './routes/standings.ts';
import { teamRoutes } from './routes/teams.ts';
import { votingRoutes } from './routes/voting.ts';
import { workshopRoutes } from './routes/workshops.ts';
import { createExerciseSource } from './exercises/source.ts';
import type { Catalogue } from './exercises/catalogue.ts';
import { createRunManager, type RunManager } from './runs/manager.ts';
import type { RunnerDeps } from './runs/runner.ts';
import { requireSession, requireTrainer } from './sessions/guard.ts';
import { resolveViewer } from './sessions/middleware.ts';
import type { AppEnv } from './sessions/viewer.ts';
import { requireOwnWorkshop, requireTrainerOrTeamRoute } from './workshops/access.ts';
import { createActivityHub } from './workshops/activity.ts';

/** The live runs of this process; an entry that must cancel them on shutdown creates them and passes them in. */
export const createLiveRuns = (deps: RunnerDeps, timing: LiveTiming): RunManager =>
  createRunManager(deps, {
    keepFinishedMs: timing.keepFinishedMs,
    onFault: (err, runId) => logServerError(err, `Lauf ${runId}`),
  });

/**
 * The API as a Hono app, from its dependencies only: Web-standard Request/Response, no Node APIs, so the
 * Node server and a Workers entry serve the same app. Entries may add routes (static files) afterwards.
 * Who may do what is middleware: the origin check, the viewer of the session, the session guard, the trainer
 * guard and the workshop ownership check; routes only scope what they read and write to the viewer.
 */
export function createApp(deps: AppDeps): App {
  const timing = { ...DEFAULT_TIMING, ...deps.timing };
  const runs = deps.runs ?? createLiveRuns(deps, timing);
  const activity = deps.activity ?? createActivityHub(deps.store, deps.now, timing.pollMs);
  const exercises = createExerciseSource(deps.catalogue, deps.store, deps.assertions);
  const { catalogue: _library, ...rest } = deps;
  const routeDeps: RouteDeps = { ...rest, exercises, runs, activity, timing, points: new Map() };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(onError);
  app.notFound(notFound);
  app.use('*', securityHeaders());
  app.use('/api/*', noStore, sameOrigin(deps.trustProxy ?? false), limitBody(BODY_LIMIT_BYTES));
  app.use('/api/*', resolveViewer(routeDeps), requireSession, async (c, next) => {
    let current: Promise<Catalogue> | undefined;
    c.set('catalogue', () => (current ??= exercises.current(c.var.authoredStamp)));
    await next();
  });
  for (const path of [
    '/api/provider-settings',
    '/api/provider-settings/*',
    '/api/workshops',
    ...TRAINER_EXERCISE_PATHS,
  ]) {
    app.use(path, requireTrainer);
  }
  app.use('/api/workshops/*', requireTrainerOrTeamRoute);
  app.use('/api/workshops/:id', requireOwnWorkshop(deps.store));
  app.use('/api/workshops/:id/*', requireOwnWorkshop(deps.store));

  sessionRoutes(app, routeDeps);
  inviteRoutes(app, routeDeps);
  workshopRoutes(app, routeDeps);
  teamRoutes(app, routeDeps);
  roundRoutes(app, routeDeps);
  standingRoutes(app, routeDeps);
  entryRoutes(app, routeDeps);
  galleryRoutes(app, routeDeps);
  votingRoutes(app, routeDeps);
  libraryRoutes(app, routeDeps);
  exportRoutes(app, routeDeps);
  eventRoutes(app, routeDeps);
  providerSettingsRoutes(app, routeDeps);
  authoringRoutes(app, routeDeps);
  authoringToolRoutes(app, routeDeps);
  exerciseRoutes(app, routeDeps);
  providerRoutes(app, routeDeps);
  runRoutes(app, routeDeps);
  runEventRoutes(app, routeDeps);
  metaRoutes(app);
  return app;
}
