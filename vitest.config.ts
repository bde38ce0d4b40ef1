import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser tests need Chromium and a fresh UI build: `npm run test:browser` (vitest.browser.config.ts).
    exclude: ['test/browser/**', 'test/workers/**', 'node_modules/**'],
    globalSetup: ['test/global-setup.ts'],
    // Tests start real servers and child processes; a loaded 2-core CI machine needs headroom.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
