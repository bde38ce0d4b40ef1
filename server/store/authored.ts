import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import { authoredExercises, exerciseVersions } from './schema.ts';

/** One saved state of a trainer's exercise: its two files as text. */
export interface ExerciseVersionRecord {
  exerciseId: string;
  version: number;
  prompt: string;
  evals: string;
  savedBy: string | null;
  savedAt: number;
}

export interface AuthoredRecord {
  id: string;
  ownerId: string | null;
  latestVersion: number;
  publishedVersion: number | null;
  createdAt: number;
  updatedAt: number;
}

export type SaveOutcome = { saved: true; version: number } | { saved: false; latestVersion: number };

/**
 * The stamp of trainers' own exercises: it changes with every save and publication, so a process keeps its merged
 * catalogue while it stays the same (server/exercises/source.ts). A scalar subquery, so that the session lookup of a
 * request can bring it along in the same statement (server/store/accounts.ts).
 */
export const AUTHORED_STAMP = sql<string>`(select count(*) || ':' || coalesce(sum(${authoredExercises.revision}), 0) from ${authoredExercises})`;

/** Trainers' own exercises, every saved version kept. */
export interface AuthoredStore {
  /** Changes with every save and publication: whether a merged catalogue is still current. */
  authoredStamp(): Promise<string>;
  getAuthored(id: string): Promise<AuthoredRecord | undefined>;
  /** The published version of every exercise that has one. */
  publishedVersions(): Promise<ExerciseVersionRecord[]>;
  getVersion(id: string, version: number): Promise<ExerciseVersionRecord | undefined>;
  versions(id: string): Promise<Omit<ExerciseVersionRecord, 'prompt' | 'evals'>[]>;
  /** A new exercise at version 1, published at once (nobody works on it yet); false when the id is taken. */
  createAuthored(version: ExerciseVersionRecord & { ownerId: string | null }): Promise<boolean>;
  /**
   * The next version, only if `baseVersion` is still the latest: a second trainer saving the same exercise at the
   * same time is told about the first save instead of overwriting it.
   */
  saveVersion(input: Omit<ExerciseVersionRecord, 'version'> & { baseVersion: number }): Promise<SaveOutcome>;
  publishVersion(id: string, version: number, at: number): Promise<void>;
}

export function createAuthoredStore(db: AnySQLiteDatabase): AuthoredStore {
  const latestVersion = async (id: string) => {
    const [row] = await db
      .select({ latest: authoredExercises.latestVersion })
      .from(authoredExercises)
      .where(eq(authoredExercises.id, id));
    return row?.latest ?? 0;
  };
  // Asked on requests without a session (whose lookup brings the stamp along): prepared once. The subquery runs on
  // the first row; an empty table has none, and its stamp is '0:0'.
  const stampQuery = db.select({ stamp: AUTHORED_STAMP }).from(authoredExercises).limit(1).prepare();
  return {
    async authoredStamp() {
      const [row] = await stampQuery.all();
      return row?.stamp ?? '0:0';
    },

    async getAuthored(id) {
      const [row] = await db.select().from(authoredExercises).where(eq(authoredExercises.id, id));
      if (!row) return undefined;
      const { revision: _revision, ...record } = row;
      return record;
    },

    async publishedVersions() {
      return db
        .select({
          exerciseId: exerciseVersions.exerciseId,
          version: exerciseVersions.version,
          prompt: exerciseVersions.prompt,
          evals: exerciseVersions.evals,
          savedBy: exerciseVersions.savedBy,
          savedAt: exerciseVersions.savedAt,
        })
        .from(authoredExercises)
        .innerJoin(
          exerciseVersions,
          and(
            eq(exerciseVersions.exerciseId, authoredExercises.id),
            eq(exerciseVersions.version, authoredExercises.publishedVersion),
          ),
        )
        .where(isNotNull(authoredExercises.publishedVersion))
        .orderBy(authoredExercises.createdAt, authoredExercises.id);
    },

    async getVersion(id, version) {
      const [row] = await db
        .select()
        .from(exerciseVersions)
        .where(and(eq(exerciseVersions.exerciseId, id), eq(exerciseVersions.version, version)));
      return row;
    },

    async versions(id) {
      return db
        .select({
          exerciseId: exerciseVersions.exerciseId,
          version: exerciseVersions.version,
          savedBy: exerciseVersions.savedBy,
          savedAt: exerciseVersions.savedAt,
        })
        .from(exerciseVersions)
        .where(eq(exerciseVersions.exerciseId, id))
        .orderBy(desc(exerciseVersions.version));
    },

    async createAuthored({ ownerId, ...version }) {
      const created = await db
        .insert(authoredExercises)
        .values({
          id: version.exerciseId,
          ownerId,
          latestVersion: 1,
          publishedVersion: 1,
          revision: 1,
          createdAt: version.savedAt,
          updatedAt: version.savedAt,
        })
        .onConflictDoNothing()
        .returning({ id: authoredExercises.id });
      if (created.length === 0) return false;
      await db.insert(exerciseVersions).values({ ...version, version: 1 });
      return true;
    },

    async saveVersion({ baseVersion, ...input }) {
      const version = baseVersion + 1;
      // The conditional update is the lock: only one save can move the latest version on from `baseVersion`.
      const moved = await db
        .update(authoredExercises)
        .set({
          latestVersion: version,
          revision: sql`${authoredExercises.revision} + 1`,
          updatedAt: input.savedAt,
        })
        .where(and(eq(authoredExercises.id, input.exerciseId), eq(authoredExercises.latestVersion, baseVersion)))
        .returning({ id: authoredExercises.id });
      if (moved.length === 0) return { saved: false, latestVersion: await latestVersion(input.exerciseId) };
      await db.insert(exerciseVersions).values({ ...input, version });
      return { saved: true, version };
    },

    async publishVersion(id, version, at) {
      await db
        .update(authoredExercises)
        .set({ publishedVersion: version, revision: sql`${authoredExercises.revision} + 1`, updatedAt: at })
        .where(eq(authoredExercises.id, id));
    },
  };
}
