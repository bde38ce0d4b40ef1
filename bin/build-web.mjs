// Builds the web UI (web/dist) with Vite when it is missing or older than its sources (`npm start`, the Worker's
// build). Apart from bin/build.mjs, so that a `promptathon` call does not load node:child_process for nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { mtime, newestMtime, root } from './build.mjs';

/** Exits on a failed build. */
export function ensureWebBuilt() {
  const web = join(root, 'web');
  const viteConfig = join(web, 'vite.config.ts');
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
  // In a process of its own: a build in the server's process left it 220 MB larger for as long as it ran (350 MB
  // instead of 130 MB idle after the first start of a fresh clone), as Vite's garbage and native bundler stay.
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const { status } = spawnSync(process.execPath, [vite, 'build', '--config', viteConfig, '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (status !== 0) {
    // Vite has printed the details; a stale or missing UI must not start as if all were well.
    console.error('Die Weboberfläche konnte nicht gebaut werden (Einzelheiten stehen oben).');
    process.exit(1);
  }
}
