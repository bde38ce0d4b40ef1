import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Node flags `npm start` gives the server (package.json), so that the benchmark measures it as users run it. */
const START_FLAGS = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(' ')
  .filter((arg) => arg.startsWith('--'));

/** Those of `npm start` and any more, e.g. BENCH_SERVER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof' for a profile. */
export const serverFlags = (): string[] => [
  ...START_FLAGS,
  ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
];
