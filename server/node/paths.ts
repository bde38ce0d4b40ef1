import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runtime data stays in the ignored .data/ folder unless PROMPTATHON_DB says otherwise. */
export function defaultDbFile(env: NodeJS.ProcessEnv): string {
  return env.PROMPTATHON_DB ?? join(projectRoot, '.data', 'promptathon.db');
}
