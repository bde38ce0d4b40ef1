import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { trainers } from './accounts.ts';

/**
 * Exercises trainers wrote in the app (the shipped library stays files). Teams see the published version; every
 * save makes a new version, kept with its exact files, so exports and runs can name what they used.
 */
export const authoredExercises = sqliteTable('authored_exercises', {
  /** The exercise id (`[a-z0-9-]{3,64}`), never one of the library's. */
  id: text('id').primaryKey(),
  ownerId: text('owner_id').references(() => trainers.id, { onDelete: 'set null' }),
  latestVersion: integer('latest_version').notNull(),
  /** What workshops and teams get; null until the first publication. */
  publishedVersion: integer('published_version'),
  /** Goes up with every save and publication: the version of the merged catalogue that processes keep. */
  revision: integer('revision').notNull(),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
});

export const exerciseVersions = sqliteTable(
  'exercise_versions',
  {
    exerciseId: text('exercise_id')
      .notNull()
      .references(() => authoredExercises.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The two files as text, exactly as exported. */
    prompt: text('prompt').notNull(),
    evals: text('evals').notNull(),
    savedBy: text('saved_by').references(() => trainers.id, { onDelete: 'set null' }),
    savedAt: integer('saved_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.exerciseId, t.version] })],
);
