import { DurableObject } from 'cloudflare:workers';
import type { CatalogueFile } from '../exercises/catalogue.ts';
import type { Audience } from '../store/records.ts';
import { openD1Store } from '../store/d1.ts';
import { createActivityHub, type ActivityHub } from '../workshops/activity.ts';
import { buildApi, lazyApp, type WorkerEnv, type WorkshopHubApi } from './app.ts';
import { hubsFor } from './hubs.ts';

/**
 * Every publish (in the Worker or a run host) tells the hubs at once; their poll of D1 only catches a word that got
 * lost, so it can be rarer than the Worker's own (one read per object every 5 s, not per device every second).
 */
export const HUB_POLL_MS = 5_000;

/**
 * The Durable Object class that serves the live event streams (`GET /api/events?workshop=<id>&team=<id>`) of some
 * of one workshop's teams, or of its trainers (streamHub in hubs.ts), with the same app as the Worker. Inside one object all requests share an
 * I/O context, so its streams share one activity hub as on Node: one read of D1 per event and per poll for all of
 * them instead of one per device every second, their sessions looked up together, and a publish elsewhere (the
 * Worker, a run host) wakes at once only the streams that may see it (`look`). The workshop's first object also
 * coalesces its nudges (`leaderboard-changed` at most once a second), which needs a timer beyond one request.
 */
export function createWorkshopHub(files: readonly CatalogueFile[]) {
  return class WorkshopHub extends DurableObject<WorkerEnv> implements WorkshopHubApi {
    private readonly activity: ActivityHub;
    private readonly serve = lazyApp((env) =>
      buildApi(files, env, {
        // The hub streams and nudges: nothing here makes ids or runs.
        newId: () => crypto.randomUUID(),
        owner: `workshop-hub:${this.ctx.id.toString()}`,
        activity: () => this.activity,
      }),
    );

    constructor(ctx: DurableObjectState, env: WorkerEnv) {
      super(ctx, env);
      // The coalesced nudges go out from here (the first object): the other objects of the workshop hear of them.
      const others = (workshopId: string, audience: Audience) =>
        hubsFor(env.WORKSHOPS, workshopId, audience).filter((hub) => !hub.id.equals(ctx.id));
      this.activity = createActivityHub(openD1Store(env.DB), Date.now, HUB_POLL_MS, { remote: others });
    }

    override fetch(request: Request): Promise<Response> {
      return this.serve(this.env, async (app) => app.fetch(request, this.env));
    }

    look(workshopId: string, audience: Audience): void {
      this.activity.look(workshopId, audience);
    }

    nudge(...args: Parameters<ActivityHub['nudge']>): Promise<void> {
      return this.activity.nudge(...args);
    }
  };
}
