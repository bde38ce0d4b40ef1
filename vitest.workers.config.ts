import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { stringify } from 'yaml';
import { defineConfig } from 'vitest/config';
import { contractConfig, OPENAI_KEY, TRAINER_PASSWORD } from './test/contract/fixture.ts';

// `vitest run --config vitest.workers.config.ts`: the Worker inside workerd (wrangler.toml: compatibility date,
// D1, assets), with the contract's settings and key as bindings. The other tests: vitest.config.ts.
export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      main: './test/workers/worker.ts',
      wrangler: { configPath: './wrangler.toml' },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations('server/store/migrations'),
          PROMPTATHON_CONFIG: stringify(contractConfig),
          OPENAI_API_KEY: OPENAI_KEY,
          PROMPTATHON_TRAINER_PASSWORD: TRAINER_PASSWORD,
          // A fixed test key (base64 of 32 bytes) that seals the provider keys trainers store.
          PROMPTATHON_SECRET_KEY: 'dGVzdC1zY2hsdWVzc2VsLWZ1ZXItZGllLXdvcmtlciE=',
        },
      },
    }),
  ],
  test: {
    include: ['test/workers/**/*.test.ts'],
    globalSetup: ['test/workers/global-setup.ts'],
    setupFiles: ['test/workers/apply-migrations.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
}));
