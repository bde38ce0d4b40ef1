import type { OpenAPIHono } from '@hono/zod-openapi';
import { createApp } from '../app.ts';
import { loadCatalogue, type CatalogueFile } from '../exercises/catalogue.ts';
import { formatProblem } from '../exercises/problems.ts';
import { builtinAssertions } from '../grading/builtin.ts';
import { AssertionRegistry } from '../grading/registry.ts';
import type { AppDeps } from '../http/deps.ts';
import { parseProvidersConfig } from '../providers/config.ts';
import type { Env } from '../providers/entries.ts';
import { createProviderRegistry } from '../providers/registry.ts';
import { openD1Store } from '../store/d1.ts';

/** The Worker's bindings (wrangler.toml) and its vars and secrets; the run hosts get the same. */
export interface WorkerEnv {
  DB: D1Database;
  ASSETS: Fetcher;
  /** One Durable Object per run (server/workers/run-host.ts), named by the run's id. */
  RUNS: DurableObjectNamespace;
  /** The content of a promptathon.config.yaml (optional var or secret). */
  PROMPTATHON_CONFIG?: string;
  /** OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_HOST, endpoint keys, …: read by the provider registry. */
  [name: string]: unknown;
}

/** What differs between the Worker and a run host: where run ids come from and how a run is kept alive. */
export type AppHost = Pick<AppDeps, 'newId' | 'owner' | 'defer'>;

const CONFIG_NAME = 'PROMPTATHON_CONFIG';

/** Only the text vars and secrets: keys and hosts for the providers (bindings are objects). */
const textVars = (env: WorkerEnv): Env =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** The API over D1, with the providers and catalogue from the files, vars and secrets. */
export function buildApi(files: readonly CatalogueFile[], env: WorkerEnv, host: AppHost): OpenAPIHono {
  // An empty or absent config means all defaults, as on Node without promptathon.config.yaml.
  const config = parseProvidersConfig(env.PROMPTATHON_CONFIG ?? '', CONFIG_NAME);
  const assertions = new AssertionRegistry(builtinAssertions);
  const catalogue = loadCatalogue(files, assertions);
  for (const problem of catalogue.problems) console.warn(`Nicht geladen: ${formatProblem(problem)}`);
  return createApp({
    store: openD1Store(env.DB),
    providers: createProviderRegistry({ env: textVars(env), config }),
    assertions,
    catalogue,
    now: Date.now,
    judge: config.judge,
    ...host,
  });
}

/**
 * Builds the app on first use and keeps it: Workers forbid random values at start-up, and env arrives with the
 * first request. A broken PROMPTATHON_CONFIG is answered with where it is broken, as `npm start` says it; the
 * next request tries again.
 */
export function lazyApp(
  build: (env: WorkerEnv) => OpenAPIHono,
): (env: WorkerEnv, serve: (app: OpenAPIHono) => Promise<Response>) => Promise<Response> {
  let app: OpenAPIHono | undefined;
  return async (env, serve) => {
    try {
      app ??= build(env);
    } catch (err) {
      const message = `Die Sandbox konnte nicht starten: ${err instanceof Error ? err.message : String(err)}`;
      console.error(message);
      return new Response(message, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    return serve(app);
  };
}
