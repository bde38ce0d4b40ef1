import { defineConfig } from 'drizzle-kit';

// Migrations are shared by the SQLite store and D1 (`wrangler d1 migrations apply` reads the same folder).
export default defineConfig({
  dialect: 'sqlite',
  schema: './server/store/schema.ts',
  out: './server/store/migrations',
});
