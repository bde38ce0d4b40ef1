import { ensureBuilt } from '../bin/build.mjs';

// Tests that spawn the CLI run in parallel; build its bundle once before any of them starts.
export default async function setup(): Promise<void> {
  await ensureBuilt('server/cli/main.ts', 'cli');
}
