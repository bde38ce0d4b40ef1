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
  // The UI also bundles code from server/ (the template tokenizer); Vite builds in a second or two.
  const sources = Math.max(
    newestMtime(web, ['dist', 'node_modules']),
    newestMtime(join(root, 'server')),
    mtime(join(root, 'package-lock.json')),
  );
  if (mtime(join(web, 'dist', 'index.html')) >= sources) return;
  console.log('Die Weboberfläche wird gebaut …');
  const { build } = await import('vite');
  try {
    await build({ configFile: viteConfig, logLevel: 'warn' });
  } catch {
    // Vite has printed the details; a stale or missing UI must not start as if all were well.
    console.error('Die Weboberfläche konnte nicht gebaut werden (Einzelheiten stehen oben).');
    process.exit(1);
  }
}

await ensureWebBuilt();
await import(pathToFileURL(await ensureBuilt('server/node.ts', 'server')).href);
