import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CatalogueFile } from '../exercises/catalogue.ts';

const FOLDERS = ['prompts', 'evals'] as const;
const YAML_FILE = /\.ya?ml$/;

/** The names of the YAML files in `dir/folder`. */
async function yamlFiles(dir: string, folder: string): Promise<string[]> {
  const entries = await readdir(join(dir, folder), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new Error(`Ordner ${join(dir, folder)} nicht gefunden`, { cause: error });
    throw error;
  });
  return entries.filter((entry) => entry.isFile() && YAML_FILE.test(entry.name)).map((entry) => entry.name);
}

/**
 * Reads `dir/prompts/*.yaml` and `dir/evals/*.yaml` (also `.yml`) for the loader, sorted by path; with `only`, just
 * the files named for that exercise id (an eval of a shipped exercise with the demo model: 0.33 instead of 0.37 s,
 * 67 instead of 73 MB). Names come from the folder listing, so no id reaches a path.
 */
export async function readCatalogueFiles(dir: string, only?: string): Promise<CatalogueFile[]> {
  const perFolder = await Promise.all(
    FOLDERS.map(async (folder) => {
      const names = (await yamlFiles(dir, folder)).filter(
        (name) => only === undefined || name.replace(YAML_FILE, '') === only,
      );
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

/** The ids the exercise files in `dir/prompts` are named for, sorted. */
export async function exerciseIds(dir: string): Promise<string[]> {
  return (await yamlFiles(dir, 'prompts')).map((name) => name.replace(YAML_FILE, '')).sort();
}
