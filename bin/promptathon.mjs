#!/usr/bin/env -S node --max-semi-space-size=2 --optimize-for-size
// An eval waits on the network nearly all the time and holds little long-lived data: a small young
// generation and V8's size-over-speed mode keep peak memory about 25 MB lower at the same wall time
// (measured by `npm run bench`). `node bin/promptathon.mjs` skips these flags and still works.
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

const { main } = await import(pathToFileURL(await ensureBuilt('server/cli/main.ts', 'cli')).href);
process.exitCode = await main(process.argv.slice(2));
