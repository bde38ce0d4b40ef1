import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCatalogue } from '../exercises/catalogue.ts';
import { builtinAssertions } from '../grading/builtin.ts';
import { AssertionRegistry } from '../grading/registry.ts';
import { parseProvidersConfig, providersConfigSchema, type ProvidersConfig } from '../providers/config.ts';
import { createProviderRegistry } from '../providers/registry.ts';
import type { RunnerDeps } from '../runs/runner.ts';
import { openSqliteStore } from '../store/sqlite.ts';
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

/** The setup plus the store (migrated, orphaned runs recovered) and the runner's dependencies. */
export async function createNodeContext(options: NodeContextOptions = {}) {
  const { env, config, providers, assertions, catalogue } = await loadNodeSetup(options);
  const store = openSqliteStore(options.dbFile ?? defaultDbFile(env));
  await recoverOrphanedRuns(store, Date.now());
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
