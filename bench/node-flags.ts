import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The benchmarks run the server and the CLI with the Node flags users get, read from where those are set.
const root = join(import.meta.dirname, '..');
const flagsOf = (commandLine: string): string[] => commandLine.split(/\s+/).filter((arg) => arg.startsWith('--'));

/** The flags of `npm start` (package.json). */
const START_FLAGS = flagsOf(
  (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string } }).scripts.start,
);

/** The flags in the shebang of the `promptathon` bin file. */
export const CLI_FLAGS = flagsOf(readFileSync(join(root, 'bin/promptathon.mjs'), 'utf8').split('\n', 1)[0]!);

/** Those of `npm start` and any more, e.g. BENCH_SERVER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof' for a profile. */
export const serverFlags = (): string[] => [
  ...START_FLAGS,
  ...(process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? []),
];
