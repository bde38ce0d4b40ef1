import { and, count, eq, gt, inArray, lt, min, sql, type SQL } from 'drizzle-orm';
import { idChunks } from './chunks.ts';
import { AUTHORED_STAMP } from './authored.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import type { InviteKind, InviteRecord, NewSession, SessionRecord, SessionSelector, TrainerRecord } from './records.ts';
import { failures, invites, participants, sessions, teams, trainers, workshops } from './schema.ts';
import { toWorkshop } from './workshops.ts';

/** Trainer accounts, one-time links, sessions and the failure counts behind the rate limits. */
export interface AccountStore {
  findTrainer(login: string): Promise<TrainerRecord | undefined>;
  countTrainers(): Promise<number>;
  /** False when the login is taken. */
  insertTrainer(trainer: TrainerRecord, createdAt: number): Promise<boolean>;
  setPasswordHash(trainerId: string, passwordHash: string): Promise<void>;

  insertInvite(invite: InviteRecord): Promise<void>;
  findInvite(tokenHash: string, now: number): Promise<InviteRecord | undefined>;
  /** Uses the link up: true for exactly one caller, however many try at once. */
  consumeInvite(tokenHash: string): Promise<boolean>;
  deleteInvites(kind: InviteKind): Promise<void>;

  insertSession(session: NewSession): Promise<void>;
  /**
   * The live session of a token hash, with its trainer or its workshop, team and participant, and the stamp of
   * trainers' own exercises (AUTHORED_STAMP) read in the same statement: a request needs both, and on D1 every
   * statement is a round trip.
   */
  findSession(tokenHash: string, now: number): Promise<{ session: SessionRecord; authoredStamp: string } | undefined>;
  /** Which of these token hashes findSession would still find: many sessions asked at once (open event streams). */
  liveSessions(tokenHashes: readonly string[], now: number): Promise<Set<string>>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteSessions(selector: SessionSelector): Promise<void>;
  deleteExpiredSessions(now: number): Promise<void>;

  /** Failures of a kind from a client since a time, and when the oldest of them was. */
  countFailures(kind: string, client: string, since: number): Promise<{ count: number; oldest: number | null }>;
  /** Records a failure and forgets those before `forgetBefore`. */
  addFailure(kind: string, client: string, at: number, forgetBefore: number): Promise<void>;
}

const toInvite = (row: typeof invites.$inferSelect): InviteRecord => ({ ...row, kind: row.kind as InviteKind });

export function createAccountStore(db: AnySQLiteDatabase): AccountStore {
  /**
   * Sessions with who they belong to, and the stamp of trainers' own exercises (an uncorrelated subquery: SQLite
   * works it out once per statement, however many rows).
   */
  const sessionRows = (where: SQL | undefined) =>
    db
      .select({
        session: sessions,
        trainer: trainers,
        workshop: workshops,
        team: teams,
        participant: participants,
        authoredStamp: AUTHORED_STAMP,
      })
      .from(sessions)
      .leftJoin(trainers, eq(trainers.id, sessions.trainerId))
      .leftJoin(workshops, eq(workshops.id, sessions.workshopId))
      .leftJoin(teams, eq(teams.id, sessions.teamId))
      .leftJoin(participants, eq(participants.id, sessions.participantId))
      .where(where);
  // Asked on every request: prepared once, so that neither drizzle nor SQLite builds it again each time.
  const sessionQuery = sessionRows(
    and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql.placeholder('now'))),
  ).prepare();
  type SessionRow = Awaited<ReturnType<typeof sessionQuery.all>>[number];

  const toSession = ({ session, trainer, workshop, team, participant }: SessionRow): SessionRecord | undefined => {
    const base = { tokenHash: session.tokenHash, expiresAt: session.expiresAt };
    if (session.role === 'trainer' && trainer) {
      return { ...base, role: 'trainer', trainer: { id: trainer.id, login: trainer.login, name: trainer.name } };
    }
    // A removed team or participant has no sessions left; checked again here so that a late write cannot revive one.
    if (session.role === 'team' && workshop && team && participant && !team.removedAt && !participant.removedAt) {
      return {
        ...base,
        role: 'team',
        workshop: toWorkshop(workshop),
        team: { id: team.id, name: team.name },
        participant: { id: participant.id, name: participant.name },
      };
    }
    return undefined;
  };

  return {
    async findTrainer(login) {
      const [row] = await db.select().from(trainers).where(eq(trainers.login, login));
      return row && { id: row.id, login: row.login, name: row.name, passwordHash: row.passwordHash };
    },

    async countTrainers() {
      const [row] = await db.select({ n: count() }).from(trainers);
      return row?.n ?? 0;
    },

    async insertTrainer(trainer, createdAt) {
      const inserted = await db
        .insert(trainers)
        .values({ ...trainer, createdAt })
        .onConflictDoNothing()
        .returning({ id: trainers.id });
      return inserted.length === 1;
    },

    async setPasswordHash(trainerId, passwordHash) {
      await db.update(trainers).set({ passwordHash }).where(eq(trainers.id, trainerId));
    },

    async insertInvite(invite) {
      await db.insert(invites).values(invite);
    },

    async findInvite(tokenHash, now) {
      const [row] = await db
        .select()
        .from(invites)
        .where(and(eq(invites.tokenHash, tokenHash), gt(invites.expiresAt, now)));
      return row && toInvite(row);
    },

    async consumeInvite(tokenHash) {
      const deleted = await db.delete(invites).where(eq(invites.tokenHash, tokenHash)).returning();
      return deleted.length === 1;
    },

    async deleteInvites(kind) {
      await db.delete(invites).where(eq(invites.kind, kind));
    },

    async insertSession(session) {
      await db.insert(sessions).values(session);
    },

    async findSession(tokenHash, now) {
      const [row] = await sessionQuery.all({ tokenHash, now });
      const session = row && toSession(row);
      return session && { session, authoredStamp: row.authoredStamp };
    },

    async liveSessions(tokenHashes, now) {
      const live = new Set<string>();
      for (const chunk of idChunks([...new Set(tokenHashes)])) {
        const rows = await sessionRows(and(inArray(sessions.tokenHash, chunk), gt(sessions.expiresAt, now)));
        for (const row of rows) if (toSession(row)) live.add(row.session.tokenHash);
      }
      return live;
    },

    async deleteSession(tokenHash) {
      await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    },

    async deleteSessions(selector) {
      const where: SQL =
        'trainerId' in selector
          ? eq(sessions.trainerId, selector.trainerId)
          : 'teamId' in selector
            ? eq(sessions.teamId, selector.teamId)
            : eq(sessions.participantId, selector.participantId);
      await db.delete(sessions).where(where);
    },

    async deleteExpiredSessions(now) {
      await db.delete(sessions).where(lt(sessions.expiresAt, now));
      await db.delete(invites).where(lt(invites.expiresAt, now));
    },

    async countFailures(kind, client, since) {
      const [row] = await db
        .select({ n: count(), oldest: min(failures.at) })
        .from(failures)
        .where(and(eq(failures.kind, kind), eq(failures.client, client), gt(failures.at, since)));
      return { count: row?.n ?? 0, oldest: row?.oldest ?? null };
    },

    async addFailure(kind, client, at, forgetBefore) {
      await db.delete(failures).where(lt(failures.at, forgetBefore));
      await db.insert(failures).values({ kind, client, at });
    },
  };
}
