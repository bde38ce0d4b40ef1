import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { RunStatus } from '../schema/run.ts';
import { idChunks } from './chunks.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import { caseResults, entries, runs } from './schema.ts';

/** A team's attempt at an exercise with what the ranking needs of it. */
export interface AttemptRecord {
  run: string;
  teamId: string;
  exercise: string;
  status: RunStatus;
  createdAt: number;
  finishedAt: number | null;
  /**
   * Per case id: the mean score (0..1) over the attempt's models and repeats. Fixed once read: the leaderboard keeps
   * points by it.
   */
  scores: ReadonlyMap<string, number>;
  outputTokens: number;
}

/** What an attempt scored: its case results, summed up. */
export type RunPoints = Pick<AttemptRecord, 'scores' | 'outputTokens'>;

/** An attempt without its points. */
export type AttemptRun = Omit<AttemptRecord, keyof RunPoints>;

const attemptColumns = {
  run: runs.id,
  teamId: runs.teamId,
  exercise: runs.exercise,
  status: runs.status,
  createdAt: runs.createdAt,
  finishedAt: runs.finishedAt,
};

type AttemptRow = Omit<AttemptRun, 'teamId' | 'status'> & { teamId: string | null; status: string };
const toAttemptRun = (row: AttemptRow): AttemptRun => ({
  ...row,
  teamId: row.teamId ?? '',
  status: row.status as RunStatus,
});

export interface ChosenEntry {
  teamId: string;
  exercise: string;
  run: string;
}

/** The entries teams chose, and the attempts of a workshop's teams that rankings and the dashboard are made of. */
export interface EntryStore {
  chooseEntry(entry: ChosenEntry & { workshopId: string; at: number }): Promise<void>;
  clearEntry(teamId: string, exercise: string): Promise<void>;
  chosenEntries(workshopId: string, teamId?: string): Promise<ChosenEntry[]>;
  /** Every attempt of the workshop's teams (or of one team), running ones too, oldest first, without points. */
  attemptRuns(workshopId: string, teamId?: string): Promise<AttemptRun[]>;
  /** These attempts as they are now (a live board catching up on the runs that changed); unknown ids are left out. */
  attemptRunsById(runIds: readonly string[]): Promise<AttemptRun[]>;
  /** The points of each of these runs (case results so far); a run without results has none. */
  runPoints(runIds: readonly string[]): Promise<Map<string, RunPoints>>;
}

export function createEntryStore(db: AnySQLiteDatabase): EntryStore {
  return {
    async chooseEntry({ workshopId, teamId, exercise, run, at }) {
      await db
        .insert(entries)
        .values({ workshopId, teamId, exercise, runId: run, chosenAt: at })
        .onConflictDoUpdate({ target: [entries.teamId, entries.exercise], set: { runId: run, chosenAt: at } });
    },

    async clearEntry(teamId, exercise) {
      await db.delete(entries).where(and(eq(entries.teamId, teamId), eq(entries.exercise, exercise)));
    },

    async chosenEntries(workshopId, teamId) {
      return db
        .select({ teamId: entries.teamId, exercise: entries.exercise, run: entries.runId })
        .from(entries)
        .where(and(eq(entries.workshopId, workshopId), teamId === undefined ? undefined : eq(entries.teamId, teamId)));
    },

    async attemptRuns(workshopId, teamId) {
      const rows = await db
        .select(attemptColumns)
        .from(runs)
        .where(
          and(eq(runs.workshopId, workshopId), teamId === undefined ? isNotNull(runs.teamId) : eq(runs.teamId, teamId)),
        )
        .orderBy(runs.createdAt, runs.id);
      return rows.map(toAttemptRun);
    },

    async attemptRunsById(runIds) {
      const found: AttemptRun[] = [];
      for (const chunk of idChunks(runIds)) {
        const rows = await db
          .select(attemptColumns)
          .from(runs)
          .where(and(inArray(runs.id, chunk), isNotNull(runs.teamId)));
        found.push(...rows.map(toAttemptRun));
      }
      return found;
    },

    async runPoints(runIds) {
      const points = new Map(runIds.map((id) => [id, { scores: new Map<string, number>(), outputTokens: 0 }]));
      for (const chunk of idChunks(runIds)) {
        const rows = await db
          .select({
            run: caseResults.runId,
            caseId: caseResults.caseId,
            score: sql<number>`avg(${caseResults.score})`,
            outputTokens: sql<number>`sum(${caseResults.outputTokens})`,
          })
          .from(caseResults)
          .where(inArray(caseResults.runId, chunk))
          .groupBy(caseResults.runId, caseResults.caseId);
        for (const { run, caseId, score, outputTokens } of rows) {
          const attempt = points.get(run)!;
          attempt.scores.set(caseId, score);
          attempt.outputTokens += outputTokens;
        }
      }
      return points;
    },
  };
}
