// The Workers bench's pieces of workerd: the bundle, the catalogue, the migrations and the process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { readCatalogueFiles } from '../../server/node/catalogue-files.ts';
import { projectRoot } from '../../server/node/paths.ts';
import { cpuSeconds } from '../proc.ts';
import { writeBenchSuite } from '../suite.ts';

/** The workerd process miniflare started (a child of this process), for its CPU time. */
export function workerdPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[1]) === process.pid && stat.includes('(workerd)')) return Number(entry);
    } catch {
      // gone meanwhile
    }
  }
  throw new Error('Kein workerd-Prozess gefunden');
}

/** User and system CPU time of a process so far, in ms (all its threads). */
export const cpuMs = (pid: number) => cpuSeconds(pid) * 1000;

/** The library and the bench's 5-case exercise, as the Worker's catalogue. */
export async function catalogue(dir: string, cases: number) {
  await writeBenchSuite(dir, cases);
  const bench = await readCatalogueFiles(dir);
  return [...(await readCatalogueFiles(projectRoot)), ...bench];
}

/** The bench Worker bundled as wrangler bundles the real one (esbuild, workerd conditions, minified). */
export async function bundle(files: unknown): Promise<string> {
  const result = await build({
    entryPoints: [join(projectRoot, 'test/workers/bench-worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2024',
    external: ['cloudflare:*'],
    minify: true,
    define: { BENCH_CATALOGUE: JSON.stringify(files) },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

/** The statements of the migrations, in order, as `wrangler d1 migrations apply` runs them. */
export function migrationStatements(): string[] {
  const dir = join(projectRoot, 'server/store/migrations');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort()
    .flatMap((name) => readFileSync(join(dir, name), 'utf8').split('--> statement-breakpoint'))
    .map((sql) => sql.trim())
    .filter(Boolean);
}

/** The bench Worker in workerd with a local D1 and Durable Objects under `dir`, as wrangler.toml configures them. */
export function startBenchWorker(dir: string, script: string, bindings: Record<string, string>): Miniflare {
  return new Miniflare({
    modules: [{ type: 'ESModule', path: 'bench-worker.js', contents: script }],
    compatibilityDate: /compatibility_date\s*=\s*"([^"]+)"/.exec(
      readFileSync(join(projectRoot, 'wrangler.toml'), 'utf8'),
    )![1]!,
    d1Databases: { __D1_BETA__DB: 'promptathon-bench' },
    d1Persist: join(dir, 'd1'),
    durableObjects: {
      RUNS: { className: 'RunHost', useSQLite: true },
      WORKSHOPS: { className: 'WorkshopHub', useSQLite: true },
    },
    durableObjectsPersist: join(dir, 'do'),
    bindings,
    // The web UI is not part of this measurement.
    serviceBindings: { ASSETS: () => new Response('Nicht gefunden', { status: 404 }) },
  });
}
