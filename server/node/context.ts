import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalogue } from '../exercises/catalogue.ts';
import { builtinAssertions } from '../grading/builtin.ts';
import { AssertionRegistry } from '../grading/registry.ts';
import { parseProvidersConfig, providersConfigSchema, type ProvidersConfig } from '../providers/config.ts';
import { createProviderRegistry } from '../providers/registry.ts';
import type { RunnerDeps } from '../runs/runner.ts';
import { queuedStore } from '../store/queued.ts';
import type { SqliteStore } from '../store/sqlite.ts';
import { readCatalogueFiles } from './catalogue-files.ts';
import { httpFetch } from './http-fetch.ts';
import { defaultDbFile, projectRoot } from './paths.ts';
import { processOwner, recoverOrphanedRuns } from './recover.ts';

export interface NodeContextOptions {
  /** Folder holding prompts/ and evals/ (default: the project root). */
  dir?: string;
  /** Config file; default `promptathon.config.yaml` in the project root, if present. */
  configFile?: string;
  dbFile?: string;
  env?: NodeJS.ProcessEnv;
  /** Calls in flight per provider (CLI --concurrency); a provider's own `concurrency` in the config file wins. */
  concurrency?: number;
  /** Only this exercise's files (`promptathon eval`): the catalogue then holds it and its problems, or nothing. */
  exercise?: string;
  /** Open the store only once the first provider request is on its way, or something needs it (`promptathon eval`). */
  storeLater?: boolean;
}

export const CONFIG_FILE_NAME = 'promptathon.config.yaml';

async function readConfig(file: string | undefined, env: NodeJS.ProcessEnv): Promise<ProvidersConfig> {
  const path = file ?? env.PROMPTATHON_CONFIG ?? join(projectRoot, CONFIG_FILE_NAME);
  const explicit = file !== undefined || env.PROMPTATHON_CONFIG !== undefined;
  try {
    return parseProvidersConfig(await readFile(path, 'utf8'), path);
  } catch (err) {
    if (!explicit && (err as NodeJS.ErrnoException).code === 'ENOENT') return providersConfigSchema.parse({});
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`Konfigurationsdatei ${path} nicht gefunden`);
    throw err;
  }
}

/** What the CLI and the Node server share: config, providers, assertion types, the exercise catalogue. */
export async function loadNodeSetup(options: NodeContextOptions = {}) {
  const env = options.env ?? process.env;
  const fromFile = await readConfig(options.configFile, env);
  const config = options.concurrency ? { ...fromFile, concurrency: options.concurrency } : fromFile;
  const providers = createProviderRegistry({ env, config, fetch: httpFetch });
  const assertions = new AssertionRegistry(builtinAssertions);
  const catalogue = loadCatalogue(await readCatalogueFiles(options.dir ?? projectRoot, options.exercise), assertions);
  return { env, config, providers, assertions, catalogue };
}

/** The store, migrated, with orphaned runs recovered; its code (drizzle, better-sqlite3) loads only now. */
async function openStore(file: string): Promise<SqliteStore> {
  const { openSqliteStore } = await import('../store/sqlite.ts');
  let store: SqliteStore;
  try {
    store = openSqliteStore(file);
  } catch (err) {
    throw new Error(`Die Datenbank ${file} lässt sich nicht öffnen: ${err instanceof Error ? err.message : err}`);
  }
  await recoverOrphanedRuns(store, Date.now());
  return store;
}

const REQUEST_START = 'http.client.request.start';

/**
 * The store, opening once the first provider request has started (node:http announces it; the open waits for the
 * event loop's next check phase, after the requests' sockets were served) or when a call needs its answer first. An
 * eval spends its first seconds waiting for answers: the open then costs it no time.
 */
function openAfterFirstRequest(file: string): SqliteStore {
  const { store, open } = queuedStore(() => {
    unsubscribe(REQUEST_START, onRequest);
    return openStore(file);
  });
  const onRequest = () => {
    unsubscribe(REQUEST_START, onRequest);
    setImmediate(open);
  };
  subscribe(REQUEST_START, onRequest);
  return store;
}

/** The setup plus the store and the runner's dependencies. */
export async function createNodeContext(options: NodeContextOptions = {}) {
  const { env, config, providers, assertions, catalogue } = await loadNodeSetup(options);
  const file = options.dbFile ?? defaultDbFile(env);
  const store = options.storeLater ? openAfterFirstRequest(file) : await openStore(file);
  const runner: RunnerDeps = {
    store,
    providers,
    assertions,
    now: Date.now,
    newId: () => crypto.randomUUID(),
    owner: processOwner,
    judge: config.judge,
    dataGuard: config.data_guard,
  };
  return { config, providers, assertions, catalogue, store, runner };
}
export type NodeContext = Awaited<ReturnType<typeof createNodeContext>>;
