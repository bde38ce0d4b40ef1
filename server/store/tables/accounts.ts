import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { participants, teams, workshops } from './workshops.ts';

export const trainers = sqliteTable('trainers', {
  id: text('id').primaryKey(),
  /** Lower case; what the trainer types to log in. */
  login: text('login').notNull().unique(),
  name: text('name').notNull(),
  /** A PHC string: algorithm, parameters, salt and hash together (server/auth/password.ts). */
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at').notNull(),
});

/** One-time links: the first trainer's set-up, and co-trainers invited to a workshop. Only a hash is kept. */
export const invites = sqliteTable('invites', {
  tokenHash: text('token_hash').primaryKey(),
  kind: text('kind').notNull(),
  /** The workshop a co-trainer is invited to (null for the set-up of the first trainer). */
  workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
  createdBy: text('created_by').references(() => trainers.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/**
 * Server-side sessions; the cookie holds a random token, the table only its SHA-256 hash (a copy of the
 * database lets nobody in). Team sessions name their workshop and team, so removing either ends them at once.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    role: text('role').notNull(),
    trainerId: text('trainer_id').references(() => trainers.id, { onDelete: 'cascade' }),
    workshopId: text('workshop_id').references(() => workshops.id, { onDelete: 'cascade' }),
    teamId: text('team_id').references(() => teams.id, { onDelete: 'cascade' }),
    participantId: text('participant_id').references(() => participants.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
  },
  (t) => [index('sessions_team').on(t.teamId), index('sessions_trainer').on(t.trainerId)],
);

/** Failed logins and join codes per client address, for the rate limits (kept 10 minutes). */
export const failures = sqliteTable(
  'failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind').notNull(),
    client: text('client').notNull(),
    at: integer('at').notNull(),
  },
  (t) => [index('failures_kind_client_at').on(t.kind, t.client, t.at)],
);
