import type { CaseResult, RunRecord, RunStatus, RunSummary, RunWithResults } from '../schema/run.ts';
import type { ChatResponse } from '../providers/types.ts';

/**
 * Persistence for runs, case results and the response cache. Async so that SQLite (Node) and
 * D1 (Workers) share it; every case result is written the moment it completes.
 */
export interface Store {
  createRun(run: RunRecord, owner: string): Promise<void>;
  finishRun(id: string, status: Exclude<RunStatus, 'running'>, finishedAt: number, error?: string): Promise<void>;
  saveCaseResult(result: CaseResult): Promise<void>;
  getRun(id: string): Promise<RunWithResults | undefined>;
  listRuns(exercise: string, limit?: number): Promise<RunSummary[]>;
  /** Per exercise, the best score (0..100 points) of its runs that finished as `done`. */
  bestScores(): Promise<Map<string, number>>;
  /** Runs still marked running, with the process that owns them (for recovery after a crash). */
  runningRuns(): Promise<{ id: string; owner: string }[]>;
  markInterrupted(ids: readonly string[], at: number): Promise<void>;
  /** A provider answer kept for identical later calls. */
  cacheGet(key: string): Promise<ChatResponse | undefined>;
  cachePut(key: string, response: ChatResponse, at: number): Promise<void>;
}
