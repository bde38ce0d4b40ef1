#!/usr/bin/env node
// `npm start`: builds what is missing or stale (the web UI with Vite, the server with esbuild), then runs the
// server. Vite loads only when the UI needs a build, so a normal start stays light.
import { pathToFileURL } from 'node:url';
import { ensureWebBuilt } from './build-web.mjs';
import { ensureBuilt } from './build.mjs';

ensureWebBuilt();
await import(pathToFileURL(await ensureBuilt('server/node.ts', 'server')).href);
