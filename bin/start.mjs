#!/usr/bin/env -S node --max-semi-space-size=4
// `npm start`: builds what is missing or stale (the web UI with Vite, the server with esbuild), then runs the
// server. Vite loads only when the UI needs a build, so a normal start stays light. The young generation of 2 x 4 MB
// (as in package.json's `start`) is one reason a 300-person workshop fits in 250 MB (see server/node/serve.ts).
import { pathToFileURL } from 'node:url';
import { ensureWebBuilt } from './build-web.mjs';
import { ensureBuilt } from './build.mjs';

ensureWebBuilt();
await import(pathToFileURL(await ensureBuilt('server/node.ts', 'server')).href);
