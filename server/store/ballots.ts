import { and, eq, isNull } from 'drizzle-orm';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import type { BallotRecord, VoteChoiceRecord } from './records.ts';
import { ballots } from './schema.ts';

/** The pairs shown to attendees in blind votes, and their votes. */
export interface BallotStore {
  /** False when this attendee already got that pair (two tabs asking at once). */
  insertBallot(ballot: BallotRecord): Promise<boolean>;
  getBallot(id: string): Promise<BallotRecord | undefined>;
  /** The pair an attendee was shown and has not voted on yet, if any. */
  pendingBallot(participantId: string, exercise: string): Promise<BallotRecord | undefined>;
  /** Every pair shown for an exercise of the workshop, voted or not, oldest first. */
  ballotsOf(workshopId: string, exercise: string): Promise<BallotRecord[]>;
  /** False when the ballot was voted on already: one vote per attendee and pair. */
  castVote(id: string, choice: VoteChoiceRecord, at: number): Promise<boolean>;
}

type BallotRow = typeof ballots.$inferSelect;

const toBallot = (row: BallotRow): BallotRecord => ({ ...row, choice: row.choice as VoteChoiceRecord | null });

export function createBallotStore(db: AnySQLiteDatabase): BallotStore {
  return {
    async insertBallot(ballot) {
      const inserted = await db.insert(ballots).values(ballot).onConflictDoNothing().returning({ id: ballots.id });
      return inserted.length > 0;
    },

    async getBallot(id) {
      const [row] = await db.select().from(ballots).where(eq(ballots.id, id));
      return row && toBallot(row);
    },

    async pendingBallot(participantId, exercise) {
      const [row] = await db
        .select()
        .from(ballots)
        .where(and(eq(ballots.participantId, participantId), eq(ballots.exercise, exercise), isNull(ballots.choice)))
        .orderBy(ballots.createdAt)
        .limit(1);
      return row && toBallot(row);
    },

    async ballotsOf(workshopId, exercise) {
      const rows = await db
        .select()
        .from(ballots)
        .where(and(eq(ballots.workshopId, workshopId), eq(ballots.exercise, exercise)))
        .orderBy(ballots.createdAt, ballots.id);
      return rows.map(toBallot);
    },

    async castVote(id, choice, at) {
      const updated = await db
        .update(ballots)
        .set({ choice, votedAt: at })
        .where(and(eq(ballots.id, id), isNull(ballots.choice)))
        .returning({ id: ballots.id });
      return updated.length > 0;
    },
  };
}
