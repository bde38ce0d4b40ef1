import { defineConfig } from 'vitest/config';

// `npm run test:browser`: Chromium (playwright-core, /usr/bin/chromium) against the real Node server and the built UI.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['test/browser/global-setup.ts'],
    // One Chromium at a time: the files are heavy, and a loaded CI machine must not time out.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
