// What the Worker serves besides its code (wrangler.toml [build]): the web UI when stale, and the exercise
// catalogue as dist/catalogue.json ({ path, text }[]), which server/worker.ts imports (a Worker has no files).
// `--catalogue`: the catalogue only (before `tsc` in `npm test`, which type-checks that import).
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCatalogueFiles } from '../server/node/catalogue-files.ts';
import { projectRoot } from '../server/node/paths.ts';
import { ensureWebBuilt } from './build-web.mjs';

export const catalogueBundle = join(projectRoot, 'dist', 'catalogue.json');

export async function bundleCatalogue(): Promise<void> {
  const files = await readCatalogueFiles(projectRoot);
  await mkdir(dirname(catalogueBundle), { recursive: true });
  // Written beside and swapped in: a watching `wrangler dev` never reads half a file.
  const partial = `${catalogueBundle}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(files));
  await rename(partial, catalogueBundle);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!process.argv.includes('--catalogue')) ensureWebBuilt();
  await bundleCatalogue();
}
