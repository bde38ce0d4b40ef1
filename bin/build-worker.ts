// Bundles prompts/ and evals/ into dist/catalogue.json ({ path, text }[]) for the Workers entry, which has no
// file system. Run by wrangler's [build] command, before `tsc` in `npm test`, and by the Workers tests.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCatalogueFiles } from '../server/node/catalogue-files.ts';
import { projectRoot } from '../server/node/paths.ts';

export const catalogueBundle = join(projectRoot, 'dist', 'catalogue.json');

export async function bundleCatalogue(): Promise<void> {
  const files = await readCatalogueFiles(projectRoot);
  await mkdir(dirname(catalogueBundle), { recursive: true });
  // Written beside and swapped in: a watching `wrangler dev` never reads half a file.
  const partial = `${catalogueBundle}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(files));
  await rename(partial, catalogueBundle);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleCatalogue();
