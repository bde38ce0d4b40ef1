// Bundles a TypeScript entry with esbuild when the bundle is missing or older than the sources,
// so `npx promptathon` and `npm start` run plain JavaScript: no TypeScript loader in memory at run time.
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));

/** The newest modification time of the files below `dir`, leaving out folders named in `skip`. */
export function newestMtime(dir, skip = []) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && skip.includes(entry.name)) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path, skip) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Modification time of a file; -1 when it does not exist. */
export function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * The CLI makes its provider calls on its main thread; the server starts a provider thread from a file of its own
 * beside the bundle (server/node/provider-threads.ts), which only the server's bundle gets.
 */
const CLI = 'server/cli/main.ts';

/** Number of builds running in this process: esbuild's service ends with the last. */
let building = 0;

/**
 * Bundles `entry` into `outdir` with its npm packages (only the native addon better-sqlite3 stays outside): Node then
 * loads one file instead of resolving and reading several hundred package files, and only the code that is used, not
 * each package's whole module graph. A `promptathon` call needs about 0.2 s less CPU to start; the server holds 14 MB
 * less at rest (118 instead of 132 MB RSS) and its provider thread loads one file instead of the OpenAI SDK's 299.
 * The CLI's bundle is minified without renaming (V8 keeps the source in memory: 2 MB less; the OpenAI SDK, for one,
 * sends its class name in the User-Agent header); the server's is not, so that a stack trace in its log stays readable.
 */
function build(esbuild, entry, outdir, cli) {
  return esbuild.build({
    entryPoints: {
      main: join(root, entry),
      ...(!cli && { 'provider-thread': join(root, 'server/node/provider-thread.ts') }),
    },
    outdir,
    outExtension: { '.js': '.mjs' },
    // Separate chunks keep dynamic imports lazy (provider SDKs load on first use).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    external: ['better-sqlite3'],
    minifyWhitespace: cli,
    minifySyntax: cli,
    // Bundled CommonJS packages require Node's built-in modules; an ES module has no `require` of its own. Named apart
    // from `createRequire`, which a bundled package (fflate) imports itself.
    banner: {
      js: "import { createRequire as bundleRequire } from 'node:module'; const require = bundleRequire(import.meta.url);",
    },
  });
}

/**
 * Returns the path of the bundle of `entry` (relative to the project root), rebuilt if stale. `cli`: bundled as the
 * CLI is (the default for the CLI's entry).
 */
export async function ensureBuilt(entry, name, { cli = entry === CLI } = {}) {
  const outdir = join(root, 'dist', name);
  const outfile = join(outdir, 'main.mjs');
  const sources = Math.max(
    newestMtime(join(root, 'server')),
    mtime(join(root, 'package-lock.json')),
    mtime(join(root, entry)),
    mtime(fileURLToPath(import.meta.url)), // how bundles are built
    // npm rewrites this file whenever it changes node_modules, whose code a bundle holds.
    mtime(join(root, 'node_modules', '.package-lock.json')),
  );
  if (mtime(outfile) >= sources) return outfile;
  const esbuild = await import('esbuild');
  // Build beside, then swap in: a second process starting at the same moment never sees half a bundle.
  const tmpdir = `${outdir}.tmp-${process.pid}`;
  building++;
  try {
    await build(esbuild, entry, tmpdir, cli);
  } finally {
    // esbuild's service process would otherwise live as long as the server that started it (50 MB).
    if (--building === 0) await esbuild.stop();
  }
  rmSync(outdir, { recursive: true, force: true });
  try {
    renameSync(tmpdir, outdir);
  } catch {
    rmSync(tmpdir, { recursive: true, force: true }); // another process swapped in its identical build first
  }
  return outfile;
}
