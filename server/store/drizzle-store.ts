import { and, desc, eq, inArray, sql, type Placeholder } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { ChatResponse } from '../providers/types.ts';
import {
  assertionResultSchema,
  caseResultSchema,
  runTargetSchema,
  type CaseResult,
  type RunRecord,
  type RunStatus,
  type RunSummary,
} from '../schema/run.ts';
import * as schema from './schema.ts';
import type { Store } from './types.ts';

type RunRow = typeof schema.runs.$inferSelect;
type CaseRow = typeof schema.caseResults.$inferSelect;

// Works over any drizzle SQLite database: better-sqlite3 (sync, awaited) and D1 (async) alike.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySQLiteDatabase = BaseSQLiteDatabase<'sync' | 'async', any, typeof schema>;

const targetsSchema = runTargetSchema.array();
const assertionsSchema = assertionResultSchema.array();

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    exercise: row.exercise,
    status: row.status as RunStatus,
    prompt: row.promptSystem === null ? { user: row.promptUser } : { system: row.promptSystem, user: row.promptUser },
    targets: targetsSchema.parse(row.targets),
    cases: row.cases as string[],
    repeat: row.repeat,
    cache: row.cache,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    error: row.error,
  };
}

function toResult(row: CaseRow): CaseResult {
  const { id: _id, assertions, ...rest } = row;
  return { ...rest, assertions: assertionsSchema.parse(assertions) };
}

// The result columns are exactly the fields of a case result (the zod schema is the source of truth).
type ResultColumn = keyof CaseResult;
const RESULT_PLACEHOLDERS = Object.fromEntries(
  Object.keys(caseResultSchema.shape).map((key) => [key, sql.placeholder(key)]),
) as Record<ResultColumn, Placeholder<ResultColumn>>;

export function createDrizzleStore(db: AnySQLiteDatabase): Store {
  const { runs, caseResults, responseCache } = schema;
  let insertResult: { run(values: Record<string, unknown>): unknown } | undefined;
  return {
    async createRun(run, owner) {
      await db.insert(runs).values({
        id: run.id,
        exercise: run.exercise,
        status: run.status,
        promptSystem: run.prompt.system ?? null,
        promptUser: run.prompt.user,
        targets: run.targets,
        cases: run.cases,
        repeat: run.repeat,
        cache: run.cache,
        owner,
        createdAt: run.createdAt,
        finishedAt: run.finishedAt,
        error: run.error,
      });
    },

    async finishRun(id, status, finishedAt, error) {
      await db
        .update(runs)
        .set({ status, finishedAt, error: error ?? null })
        .where(and(eq(runs.id, id), eq(runs.status, 'running')));
    },

    async saveCaseResult(result) {
      // The hot path of a run: prepared once, so each result costs one statement execution, not a query build.
      insertResult ??= db.insert(caseResults).values(RESULT_PLACEHOLDERS).prepare();
      await insertResult.run(result);
    },

    async getRun(id) {
      const [row] = await db.select().from(runs).where(eq(runs.id, id));
      if (!row) return undefined;
      const rows = await db.select().from(caseResults).where(eq(caseResults.runId, id)).orderBy(caseResults.id);
      return { ...toRecord(row), results: rows.map(toResult) };
    },

    async listRuns(exercise, limit = 100) {
      const rows = await db
        .select({
          run: runs,
          results: sql<number>`count(${caseResults.id})`,
          passed: sql<number>`coalesce(sum(${caseResults.pass}), 0)`,
          score: sql<number | null>`avg(${caseResults.score})`,
          costEur: sql<number>`coalesce(sum(${caseResults.costEur}), 0)`,
        })
        .from(runs)
        .leftJoin(caseResults, eq(caseResults.runId, runs.id))
        .where(eq(runs.exercise, exercise))
        .groupBy(runs.id)
        .orderBy(desc(runs.createdAt))
        .limit(limit);
      return rows.map(({ run, results, passed, score, costEur }): RunSummary => ({
        ...toRecord(run),
        totals: { results, passed, score: score === null ? null : score * 100, costEur },
      }));
    },

    async bestScores() {
      const perRun = db
        .select({ exercise: runs.exercise, score: sql<number>`avg(${caseResults.score})`.as('score') })
        .from(runs)
        .innerJoin(caseResults, eq(caseResults.runId, runs.id))
        .where(eq(runs.status, 'done'))
        .groupBy(runs.id)
        .as('per_run');
      const rows = await db
        .select({ exercise: perRun.exercise, best: sql<number>`max(${perRun.score})` })
        .from(perRun)
        .groupBy(perRun.exercise);
      return new Map(rows.map((r) => [r.exercise, r.best * 100]));
    },

    async runningRuns() {
      return db.select({ id: runs.id, owner: runs.owner }).from(runs).where(eq(runs.status, 'running'));
    },

    async markInterrupted(ids, at) {
      if (ids.length === 0) return;
      await db
        .update(runs)
        .set({ status: 'interrupted', finishedAt: at })
        .where(and(inArray(runs.id, [...ids]), eq(runs.status, 'running')));
    },

    async cacheGet(key) {
      const [row] = await db.select().from(responseCache).where(eq(responseCache.key, key));
      return row ? (row.response as ChatResponse) : undefined;
    },

    async cachePut(key, response, at) {
      await db
        .insert(responseCache)
        .values({ key, response, createdAt: at })
        .onConflictDoUpdate({ target: responseCache.key, set: { response, createdAt: at } });
    },
  };
}
