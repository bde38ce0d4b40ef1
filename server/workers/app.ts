import type { Context } from 'hono';
import { ensureFirstTrainer } from '../accounts/first-trainer.ts';
import { createApp } from '../app.ts';
import { createPasswordHasher, WORKERS_MAX_ITERATIONS } from '../crypto/password.ts';
import { createSecretBox } from '../crypto/secret-box.ts';
import { loadCatalogue, type Catalogue, type CatalogueFile } from '../exercises/catalogue.ts';
import { formatProblem } from '../exercises/problems.ts';
import { builtinAssertions } from '../grading/builtin.ts';
import { AssertionRegistry } from '../grading/registry.ts';
import type { App, AppDeps } from '../http/deps.ts';
import { parseProvidersConfig } from '../providers/config.ts';
import type { Env } from '../providers/entries.ts';
import { createLiveProviders } from '../providers/live.ts';
import { openD1Store } from '../store/d1.ts';
import type { Store } from '../store/types.ts';
import { createActivityHub, type ActivityHub, type RemoteHub } from '../workshops/activity.ts';
import { hubsFor } from './hubs.ts';

/** The Worker's bindings (wrangler.toml) and its vars and secrets; the run hosts get the same. */
export interface WorkerEnv {
  DB: D1Database;
  ASSETS: Fetcher;
  /** One Durable Object per run (server/workers/run-host.ts), named by the run's id. */
  RUNS: DurableObjectNamespace;
  /** Eight Durable Objects per workshop (server/workers/workshop-hub.ts), named by its id and their number (hubs.ts). */
  WORKSHOPS: DurableObjectNamespace<WorkshopHubApi>;
  /** The content of a promptathon.config.yaml (optional var or secret). */
  PROMPTATHON_CONFIG?: string;
  /** Secret: creates or resets the first trainer (`trainer`). */
  PROMPTATHON_TRAINER_PASSWORD?: string;
  /** Secret: base64 of 32 bytes; seals the provider keys trainers enter in the UI. */
  PROMPTATHON_SECRET_KEY?: string;
  /** Optional var: the address attendees open, when it is not the Worker's own. */
  PROMPTATHON_PUBLIC_URL?: string;
  /** OPENAI_API_KEY, ANTHROPIC_API_KEY, OLLAMA_HOST, endpoint keys, …: read by the provider registry. */
  [name: string]: unknown;
}

/** What differs between the Worker and a run host: where run ids come from and how a run is kept alive. */
export type AppHost = Pick<AppDeps, 'newId' | 'owner' | 'defer'> & {
  /** Sets up the first trainer from PROMPTATHON_TRAINER_PASSWORD (the Worker does; run hosts need not). */
  bootstrap?: boolean;
  /** The live events over the store; by default each reader polls D1 and every publish tells the workshop's hubs. */
  activity?: (store: Store) => ActivityHub;
};

/** What the Worker and the run hosts call on a workshop's hub object (server/workers/workshop-hub.ts). */
export interface WorkshopHubApi extends Rpc.DurableObjectBranded, RemoteHub {}

const CONFIG_NAME = 'PROMPTATHON_CONFIG';
/** Streams served in the Worker itself (without `?workshop=`) see a workshop event this late at most (they poll D1). */
const ACTIVITY_POLL_MS = 1_000;

/** Only the text vars and secrets: keys and hosts for the providers (bindings are objects). */
const textVars = (env: WorkerEnv): Env =>
  Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));

/** Cloudflare puts the visitor's address in this header; rate limits count by it. */
const clientAddress = (c: Context) => c.req.header('cf-connecting-ip') ?? 'unbekannt';

/** The shipped library as loaded, per isolate: the Worker and the objects in it share one. */
const libraries = new WeakMap<readonly CatalogueFile[], { assertions: AssertionRegistry; catalogue: Catalogue }>();

/**
 * The exercise files, parsed once per isolate. Every run is a new Durable Object that builds its own app, and
 * parsing the library was a fifth of a run's CPU time; the result is never changed (a trainer's own exercises
 * come from D1 per app, server/exercises/source.ts).
 */
function libraryOf(files: readonly CatalogueFile[]) {
  const known = libraries.get(files);
  if (known) return known;
  const assertions = new AssertionRegistry(builtinAssertions);
  const catalogue = loadCatalogue(files, assertions);
  for (const problem of catalogue.problems) console.warn(`Nicht geladen: ${formatProblem(problem)}`);
  libraries.set(files, { assertions, catalogue });
  return { assertions, catalogue };
}

/** The API over D1, with the providers and catalogue from the files, vars and secrets. */
export async function buildApi(
  files: readonly CatalogueFile[],
  env: WorkerEnv,
  { bootstrap, activity, ...host }: AppHost,
): Promise<App> {
  // An empty or absent config means all defaults, as on Node without promptathon.config.yaml.
  const config = parseProvidersConfig(env.PROMPTATHON_CONFIG ?? '', CONFIG_NAME);
  const { assertions, catalogue } = libraryOf(files);
  const store = openD1Store(env.DB);
  const passwords = createPasswordHasher(WORKERS_MAX_ITERATIONS, WORKERS_MAX_ITERATIONS);
  const secrets = env.PROMPTATHON_SECRET_KEY ? await createSecretBox(env.PROMPTATHON_SECRET_KEY) : undefined;
  if (bootstrap) {
    const { setupToken } = await ensureFirstTrainer(
      { store, passwords, now: Date.now, newId: () => crypto.randomUUID() },
      env.PROMPTATHON_TRAINER_PASSWORD,
    );
    if (setupToken) {
      console.warn('Es gibt noch kein Trainerkonto: bitte `npx wrangler secret put PROMPTATHON_TRAINER_PASSWORD`.');
    }
  }
  return createApp({
    store,
    activity:
      activity?.(store) ??
      createActivityHub(store, Date.now, ACTIVITY_POLL_MS, {
        shared: false,
        remote: (workshopId, audience) => hubsFor(env.WORKSHOPS, workshopId, audience),
      }),
    providers: createLiveProviders({ env: textVars(env), config, store, secrets }),
    assertions,
    catalogue,
    now: Date.now,
    judge: config.judge,
    dataGuard: config.data_guard,
    access: 'network',
    passwords,
    secrets,
    clientAddress,
    publicUrl: env.PROMPTATHON_PUBLIC_URL,
    ...host,
  });
}

/**
 * Builds the app on first use and keeps it: Workers forbid random values at start-up, and env arrives with the
 * first request. A broken PROMPTATHON_CONFIG is answered with where it is broken, as `npm start` says it; the
 * next request tries again.
 */
export function lazyApp(
  build: (env: WorkerEnv) => Promise<App>,
): (env: WorkerEnv, serve: (app: App) => Promise<Response>) => Promise<Response> {
  let app: Promise<App> | undefined;
  return async (env, serve) => {
    let ready: App;
    try {
      ready = await (app ??= build(env).catch((err: unknown) => {
        app = undefined;
        throw err;
      }));
    } catch (err) {
      const message = `Die Sandbox konnte nicht starten: ${err instanceof Error ? err.message : String(err)}`;
      console.error(message);
      return new Response(message, { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    }
    return serve(ready);
  };
}
