import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

// The tests drive the UI as shipped: a fresh production build in web/dist, which the server serves.
export default async function setup(): Promise<void> {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('Chromium fehlt: apt-get update && apt-get install -y chromium');
  }
  await build({ configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
