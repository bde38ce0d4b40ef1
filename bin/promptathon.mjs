#!/usr/bin/env -S node --max-semi-space-size=1 --heap-growing-percent=20 --interrupt-budget=2000000
// An eval waits on the network nearly all the time and lasts seconds; these V8 flags trade peak speed for memory
// (measured with `npm run bench`: peak 89 MB instead of 115 MB with the former flags and 138 MB with none, and a
// little faster, as the optimizing compilers no longer compete with the eval for the CPU):
// - a small young generation, and an old one that grows by 20 %, keep the heap close to what is live;
// - TurboFan optimizes only code that stays hot 30 times as long as by default: in a short run its background
//   compiles cost more than they earn, a long run still gets them (without this flag: 90-91 instead of 86 MB).
// Any V8 flag makes Node compile its own modules from source rather than from its code cache (undici, which the SDKs
// load for `Headers`: 65 instead of 32 ms); setting the flags only after that brought the first call 13 ms earlier,
// within the noise of the whole run.
// `node bin/promptathon.mjs` skips these flags and still works.
import { pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

const { main } = await import(pathToFileURL(await ensureBuilt('server/cli/main.ts', 'cli')).href);
process.exitCode = await main(process.argv.slice(2));
