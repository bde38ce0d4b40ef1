// One schema for both SQLite (Node) and D1 (Workers); migrations are generated from it by drizzle-kit.
// One file per concept under tables/.
export * from './tables/accounts.ts';
export * from './tables/exercises.ts';
export * from './tables/providers.ts';
export * from './tables/runs.ts';
export * from './tables/workshops.ts';
