import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../app.ts';
import { loadCatalogue, type CatalogueFile } from '../exercises/catalogue.ts';
import { formatProblem } from '../exercises/problems.ts';
import { builtinAssertions } from '../grading/builtin.ts';
import { AssertionRegistry } from '../grading/registry.ts';
import { parseProvidersConfig } from '../providers/config.ts';
import type { Env } from '../providers/entries.ts';
import { createProviderRegistry } from '../providers/registry.ts';
import { openD1Store } from '../store/d1.ts';
import { addWebUi } from './web.ts';

/** The Worker's bindings (wrangler.toml) and its vars and secrets. */
export interface WorkerEnv {
  DB: D1Database;
  ASSETS: Fetcher;
  /** The content of a promptathon.config.yaml (optional var or secret). */
  PROMPTATHON_CONFIG?: string;
  /** OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_HOST, endpoint keys, …: read by the provider registry. */
  [name: string]: unknown;
}

const CONFIG_NAME = 'PROMPTATHON_CONFIG';

/** How often event streams look at a live run, and a run at its cancel requests: 20 times a second still streams. */
const CROSS_REQUEST_POLL_MS = 50;

/** Only the text vars and secrets: keys and hosts for the providers (bindings are objects). */
const textVars = (env: WorkerEnv): Env =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

function buildApp(files: readonly CatalogueFile[], env: WorkerEnv): OpenAPIHono {
  // An empty or absent config means all defaults, as on Node without promptathon.config.yaml.
  const config = parseProvidersConfig(env.PROMPTATHON_CONFIG ?? '', CONFIG_NAME);
  const assertions = new AssertionRegistry(builtinAssertions);
  const catalogue = loadCatalogue(files, assertions);
  for (const problem of catalogue.problems) console.warn(`Nicht geladen: ${formatProblem(problem)}`);
  const app = createApp({
    store: openD1Store(env.DB),
    providers: createProviderRegistry({ env: textVars(env), config }),
    assertions,
    catalogue,
    now: Date.now,
    newId: () => crypto.randomUUID(),
    // Isolates cannot see each other: the owner only tells which isolate started a run.
    owner: `worker:${crypto.randomUUID()}`,
    judge: config.judge,
    // A run outlives the POST that started it; its event streams and cancels are other requests.
    defer: (work, c) => c.executionCtx.waitUntil(work),
    timing: { crossRequestPollMs: CROSS_REQUEST_POLL_MS },
  });
  addWebUi(app, env.ASSETS);
  return app;
}

/**
 * The Worker over a catalogue of exercise files. The app is built on the first request (Workers forbid
 * random values at start-up, and env arrives with the request) and then kept for the isolate's lifetime,
 * so that event streams find the live runs of this isolate.
 */
export function createWorker(files: readonly CatalogueFile[]): ExportedHandler<WorkerEnv> {
  let app: OpenAPIHono | undefined;
  return {
    fetch(request, env, ctx) {
      try {
        app ??= buildApp(files, env);
      } catch (err) {
        // A broken PROMPTATHON_CONFIG: say where, as `npm start` does; the next request tries again.
        const message = `Die Sandbox konnte nicht starten: ${err instanceof Error ? err.message : String(err)}`;
        console.error(message);
        return new Response(message, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      }
      return app.fetch(request, env, ctx);
    },
  };
}
