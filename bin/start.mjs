#!/usr/bin/env node
// `npm start`: builds what is missing or stale (the web UI with Vite, the server with esbuild), then runs the
// server. Vite loads only when the UI needs a build, so a normal start stays light.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, mtime, newestMtime, root } from './build.mjs';

const web = join(root, 'web');
const viteConfig = join(web, 'vite.config.ts');

async function ensureWebBuilt() {
  if (!existsSync(viteConfig)) {
    console.log('Hinweis: web/vite.config.ts fehlt noch, die Weboberfläche wird nicht gebaut.');
    return;
  }
  const sources = Math.max(newestMtime(web, ['dist', 'node_modules']), mtime(join(root, 'package-lock.json')));
  if (mtime(join(web, 'dist', 'index.html')) >= sources) return;
  console.log('Die Weboberfläche wird gebaut …');
  const { build } = await import('vite');
  await build({ configFile: viteConfig, logLevel: 'warn' });
}

await ensureWebBuilt();
await import(pathToFileURL(await ensureBuilt('server/node.ts', 'server')).href);
