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

/** Returns the path of the bundle of `entry` (relative to the project root), rebuilt if stale. */
export async function ensureBuilt(entry, name) {
  const outdir = join(root, 'dist', name);
  const outfile = join(outdir, 'main.mjs');
  const sources = Math.max(
    newestMtime(join(root, 'server')),
    mtime(join(root, 'package-lock.json')),
    mtime(join(root, entry)),
  );
  if (mtime(outfile) >= sources) return outfile;
  const { build } = await import('esbuild');
  // Build beside, then swap in: a second process starting at the same moment never sees half a bundle.
  const tmpdir = `${outdir}.tmp-${process.pid}`;
  await build({
    entryPoints: { main: join(root, entry) },
    outdir: tmpdir,
    outExtension: { '.js': '.mjs' },
    // Separate chunks keep dynamic imports lazy (provider SDKs load on first use).
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
  rmSync(outdir, { recursive: true, force: true });
  try {
    renameSync(tmpdir, outdir);
  } catch {
    rmSync(tmpdir, { recursive: true, force: true }); // another process swapped in its identical build first
  }
  return outfile;
}
