import { and, desc, eq, gt, inArray, isNull, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { ChatResponse } from '../providers/types.ts';
import { runGuardSchema } from '../schema/guard.ts';
import {
  assertionResultSchema,
  caseResultSchema,
  runTargetSchema,
  type CaseResult,
  type RunRecord,
  type RunStatus,
  type RunSummary,
  type RunWithResults,
} from '../schema/run.ts';
import { idChunks } from './chunks.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import type { RunScope, RunSpace } from './records.ts';
import { caseResults, responseCache, runs } from './schema.ts';

/** A stored run with the space it belongs to (who may see it). */
export type StoredRun = RunWithResults & { space: RunSpace };

/**
 * Runs, case results and the response cache. Every case result is written the moment it completes.
 */
export interface RunStore {
  createRun(run: RunRecord, owner: string, space: RunSpace): Promise<void>;
  finishRun(id: string, status: Exclude<RunStatus, 'running'>, finishedAt: number, error?: string): Promise<void>;
  saveCaseResult(result: CaseResult): Promise<void>;
  getRun(id: string): Promise<StoredRun | undefined>;
  /** Several runs with their results at once (exports, the gallery, ballots); unknown ids are left out. */
  getRuns(ids: readonly string[]): Promise<Map<string, RunWithResults>>;
  /** The runs of an exercise in a scope, newest first, with totals. */
  listRuns(exercise: string, scope: RunScope, limit?: number): Promise<RunSummary[]>;
  /** Per exercise, the best score (0..100 points) of the scope's runs that finished as `done`. */
  bestScores(scope: RunScope): Promise<Map<string, number>>;
  /** Runs still marked running, with the process that owns them (for recovery after a crash). */
  runningRuns(): Promise<{ id: string; owner: string }[]>;
  markInterrupted(ids: readonly string[], at: number): Promise<void>;
  /** A provider answer kept for identical later calls. */
  cacheGet(key: string): Promise<ChatResponse | undefined>;
  cachePut(key: string, response: ChatResponse, at: number): Promise<void>;
}

type RunRow = typeof runs.$inferSelect;
type CaseRow = typeof caseResults.$inferSelect;

const targetsSchema = runTargetSchema.array();
const assertionsSchema = assertionResultSchema.array();

function toRecord(row: RunRow): RunRecord {
  return {
    id: row.id,
    exercise: row.exercise,
    exerciseVersion: row.exerciseVersion,
    status: row.status as RunStatus,
    prompt: row.promptSystem === null ? { user: row.promptUser } : { system: row.promptSystem, user: row.promptUser },
    targets: targetsSchema.parse(row.targets),
    cases: row.cases as string[],
    repeat: row.repeat,
    cache: row.cache,
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
    error: row.error,
    ...(row.guard ? { guard: runGuardSchema.parse(row.guard) } : {}),
  };
}

function toResult(row: CaseRow): CaseResult {
  const { id: _id, assertions, skipped, ...rest } = row;
  return { ...rest, skipped: skipped as CaseResult['skipped'], assertions: assertionsSchema.parse(assertions) };
}

/** Which runs a scope holds; its owner (team or trainer) is the placeholder `owner`. */
const OWNER = sql.placeholder('owner');
const SCOPES = {
  team: eq(runs.teamId, OWNER),
  trainer: and(eq(runs.trainerId, OWNER), isNull(runs.teamId)),
  open: and(isNull(runs.teamId), isNull(runs.trainerId)),
};
type ScopeKind = keyof typeof SCOPES;

function scopeParams(scope: RunScope): { kind: ScopeKind; owner: string | null } {
  if ('teamId' in scope) return { kind: 'team', owner: scope.teamId };
  if ('trainerId' in scope) return { kind: 'trainer', owner: scope.trainerId };
  return { kind: 'open', owner: null };
}

/** A query prepared once per kind of scope. */
function perScope<T>(prepare: (inScope: SQL | undefined) => T): Record<ScopeKind, T> {
  return { team: prepare(SCOPES.team), trainer: prepare(SCOPES.trainer), open: prepare(SCOPES.open) };
}

function totalsOf(row: RunRow): RunSummary['totals'] {
  const { resultCount: results, passedCount: passed, scoreSum, costEurSum: costEur } = row;
  return { results, passed, score: results === 0 ? null : (scoreSum / results) * 100, costEur };
}

// The result columns are exactly the fields of a case result (the zod schema is the source of truth).
type ResultColumn = keyof CaseResult;
const RESULT_PLACEHOLDERS = Object.fromEntries(
  Object.keys(caseResultSchema.shape).map((key) => [key, sql.placeholder(key)]),
) as Record<ResultColumn, Placeholder<ResultColumn>>;

export function createRunStore(db: AnySQLiteDatabase): RunStore {
  // The hot paths of a run, prepared once: each result costs one statement execution, not a query build, and so does
  // opening a run's page or event stream.
  const insertResult = db.insert(caseResults).values(RESULT_PLACEHOLDERS).prepare();
  const runById = db
    .select()
    .from(runs)
    .where(eq(runs.id, sql.placeholder('id')))
    .prepare();
  const resultsOfRun = db
    .select()
    .from(caseResults)
    .where(eq(caseResults.runId, sql.placeholder('id')))
    .orderBy(caseResults.id)
    .prepare();
  // Every history and every catalogue a team opens: the runs' totals without reading their results.
  const listed = perScope((inScope) =>
    db
      .select()
      .from(runs)
      .where(and(eq(runs.exercise, sql.placeholder('exercise')), inScope))
      .orderBy(desc(runs.createdAt))
      .limit(sql.placeholder('limit'))
      .prepare(),
  );
  const best = perScope((inScope) =>
    db
      .select({ exercise: runs.exercise, best: sql<number>`max(${runs.scoreSum} / ${runs.resultCount})` })
      .from(runs)
      .where(and(eq(runs.status, 'done'), gt(runs.resultCount, 0), inScope))
      .groupBy(runs.exercise)
      .prepare(),
  );
  return {
    async createRun(run, owner, space) {
      await db.insert(runs).values({
        id: run.id,
        exercise: run.exercise,
        exerciseVersion: run.exerciseVersion,
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
        guard: run.guard ?? null,
        ...space,
      });
    },

    async finishRun(id, status, finishedAt, error) {
      await db
        .update(runs)
        .set({ status, finishedAt, error: error ?? null })
        .where(and(eq(runs.id, id), eq(runs.status, 'running')));
    },

    async saveCaseResult(result) {
      await insertResult.run(result);
    },

    async getRun(id) {
      const [row] = await runById.all({ id });
      if (!row) return undefined;
      const rows = await resultsOfRun.all({ id });
      const { workshopId, teamId, trainerId, participantId } = row;
      return { ...toRecord(row), results: rows.map(toResult), space: { workshopId, teamId, trainerId, participantId } };
    },

    async getRuns(ids) {
      const found = new Map<string, RunWithResults>();
      for (const chunk of idChunks([...new Set(ids)])) {
        const [runRows, resultRows] = await Promise.all([
          db.select().from(runs).where(inArray(runs.id, chunk)),
          db.select().from(caseResults).where(inArray(caseResults.runId, chunk)).orderBy(caseResults.id),
        ]);
        for (const row of runRows) found.set(row.id, { ...toRecord(row), results: [] });
        for (const row of resultRows) found.get(row.runId)?.results.push(toResult(row));
      }
      return found;
    },

    async listRuns(exercise, scope, limit = 100) {
      const { kind, owner } = scopeParams(scope);
      const rows = await listed[kind].all({ exercise, owner, limit });
      return rows.map((row): RunSummary => ({ ...toRecord(row), totals: totalsOf(row) }));
    },

    async bestScores(scope) {
      const { kind, owner } = scopeParams(scope);
      const rows = await best[kind].all({ owner });
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
