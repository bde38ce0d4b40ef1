import { DurableObject } from 'cloudflare:workers';
import type { CatalogueFile } from '../exercises/catalogue.ts';
import { openD1Store } from '../store/d1.ts';
import { buildApi, lazyApp, type WorkerEnv } from './app.ts';

/** The header in which the Worker names the run of a request it forwards (a run host has no public address). */
export const RUN_ID_HEADER = 'x-promptathon-run';

/** Storage key: set while this object runs its run, so that a fresh instance can tell the run was cut off. */
const RUNNING_KEY = 'running';

/**
 * An alarm is an event that keeps a Durable Object in memory: "Alarms also provide a mechanism to guarantee that
 * operations within a Durable Object will complete without relying on incoming requests to keep the Durable
 * Object alive" (developers.cloudflare.com/durable-objects/api/alarms). Idle objects are evicted after some
 * 70–140 s; every 20 s stays well inside that. `ctx.waitUntil` alone keeps it alive only from compatibility
 * date 2026-10-01 on (changelog "Pending I/O operations allow Durable Objects to continue long-running work").
 */
const KEEP_ALIVE_MS = 20_000;

/**
 * The Durable Object class that runs one run (named by its id) and serves its start, event stream and cancel
 * with the same app as the Worker. All requests to one object share its I/O context, so the event streams and
 * cancels reach the live run directly.
 */
export function createRunHost(files: readonly CatalogueFile[]) {
  return class RunHost extends DurableObject<WorkerEnv> {
    private runId = '';
    /** Only the instance that started the run knows it is live; a restarted one starts with false. */
    private running = false;
    private readonly serve = lazyApp((env) =>
      buildApi(files, env, {
        newId: () => this.runId,
        owner: `run-host:${this.ctx.id.toString()}`,
        defer: (work) => this.ctx.waitUntil(this.keepAlive(work)),
      }),
    );

    override async fetch(request: Request): Promise<Response> {
      this.runId = request.headers.get(RUN_ID_HEADER) ?? '';
      await this.recover();
      return this.serve(this.env, async (app) => app.fetch(request, this.env));
    }

    override async alarm(): Promise<void> {
      if (this.running) await this.ctx.storage.setAlarm(Date.now() + KEEP_ALIVE_MS);
      else await this.recover();
    }

    private async keepAlive(work: Promise<void>): Promise<void> {
      this.running = true;
      await this.ctx.storage.put(RUNNING_KEY, this.runId);
      await this.ctx.storage.setAlarm(Date.now() + KEEP_ALIVE_MS);
      await work;
      this.running = false;
      await this.ctx.storage.delete(RUNNING_KEY);
      await this.ctx.storage.deleteAlarm();
    }

    /** A run marked running that this instance does not run was cut off with its instance: its cases stay. */
    private async recover(): Promise<void> {
      if (this.running) return;
      const cutOff = await this.ctx.storage.get<string>(RUNNING_KEY);
      if (cutOff === undefined) return;
      await openD1Store(this.env.DB).markInterrupted([cutOff], Date.now());
      await this.ctx.storage.delete(RUNNING_KEY);
    }
  };
}
