// The tables from the same drizzle-kit migrations `wrangler d1 migrations apply` uses (read in the config).
// Applying is idempotent, so running this before every test file is fine.
import { applyD1Migrations } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
