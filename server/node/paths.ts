import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder with package.json above this module: the same from the sources and from a bundle in dist/. */
function findProjectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json nicht gefunden');
    dir = parent;
  }
  return dir;
}

export const projectRoot = findProjectRoot();

export const migrationsFolder = join(projectRoot, 'server', 'store', 'migrations');

/** Runtime data stays in the ignored .data/ folder unless PROMPTATHON_DB says otherwise. */
export function defaultDbFile(env: NodeJS.ProcessEnv): string {
  return env.PROMPTATHON_DB ?? join(projectRoot, '.data', 'promptathon.db');
}
