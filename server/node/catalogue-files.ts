import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueFile } from '../exercises/catalogue.ts';

const FOLDERS = ['prompts', 'evals'] as const;
const YAML_FILE = /\.ya?ml$/;

/** Reads `dir/prompts/*.yaml` and `dir/evals/*.yaml` (also `.yml`) for the loader, sorted by path. */
export async function readCatalogueFiles(dir: string): Promise<CatalogueFile[]> {
  const perFolder = await Promise.all(
    FOLDERS.map(async (folder) => {
      const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch(
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') throw new Error(`Ordner ${join(dir, folder)} nicht gefunden`, { cause: error });
          throw error;
        },
      );
      const names = entries.filter((entry) => entry.isFile() && YAML_FILE.test(entry.name)).map((entry) => entry.name);
      return Promise.all(
        names.map(async (name) => ({
          path: `${folder}/${name}`,
          text: await readFile(join(dir, folder, name), 'utf8'),
        })),
      );
    }),
  );
  return perFolder.flat().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
