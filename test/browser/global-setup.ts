import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build of the UI that the test servers serve. */
    webDir: string;
  }
}

// The tests drive the UI as shipped: a fresh production build, in a folder of this run's own (so that runs side
// by side, or a developer's web/dist, are left alone).
export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('/usr/bin/chromium')) {
    throw new Error('Chromium fehlt: apt-get update && apt-get install -y chromium');
  }
  const webDir = mkdtempSync(join(tmpdir(), 'promptathon-web-'));
  await build({
    configFile: fileURLToPath(new URL('../../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
    build: { outDir: webDir, emptyOutDir: true },
  });
  project.provide('webDir', webDir);
  return () => rmSync(webDir, { recursive: true, force: true });
}
