import { and, asc, count, eq, gte, isNull, min, sql } from 'drizzle-orm';
import type { DataGuardPolicy, DataGuardReplacement } from '../schema/guard.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import { guardCountsByTeam } from './guard-counts.ts';
import type { Announcement } from '../schema/round.ts';
import type {
  AttendeeRecord,
  CountdownRecord,
  GalleryRecord,
  LibraryRecord,
  ParticipantRecord,
  SpendRecord,
  TeamRecord,
  TeamStats,
  VotingRecord,
  WorkshopRecord,
} from './records.ts';
import { participants, runs, teams, trainers, workshops, workshopTrainers } from './schema.ts';

/** Workshops, their trainers, teams and participants, and what the teams spent. */
export interface WorkshopStore {
  /** False when the join code is taken (the caller draws another). */
  insertWorkshop(workshop: WorkshopRecord, trainerId: string): Promise<boolean>;
  updateWorkshop(id: string, patch: Partial<Omit<WorkshopRecord, 'id' | 'code' | 'createdAt'>>): Promise<void>;
  deleteWorkshop(id: string): Promise<void>;
  getWorkshop(id: string): Promise<WorkshopRecord | undefined>;
  workshopByCode(code: string): Promise<WorkshopRecord | undefined>;
  /** The workshops a trainer runs, newest first, with their number of teams. */
  workshopsOf(trainerId: string): Promise<(WorkshopRecord & { teamCount: number })[]>;
  hasWorkshops(): Promise<boolean>;
  trainersOf(workshopId: string): Promise<{ id: string; name: string }[]>;
  isTrainerOf(workshopId: string, trainerId: string): Promise<boolean>;
  addTrainer(workshopId: string, trainerId: string): Promise<void>;

  getTeam(teamId: string): Promise<TeamRecord | undefined>;
  /** The teams still in the workshop, oldest first, with members, runs and spend. */
  teamStats(workshopId: string): Promise<TeamStats[]>;
  /** The teams still in the workshop, oldest first. */
  activeTeams(workshopId: string): Promise<{ id: string; name: string }[]>;
  /** The team whose name has this key, created with `team` when there is none yet. */
  findOrCreateTeam(team: TeamRecord & { key: string; createdAt: number }): Promise<Pick<TeamRecord, 'id' | 'name'>>;
  /** False when another team of the workshop has that name. */
  renameTeam(teamId: string, name: string, key: string): Promise<boolean>;
  /** Takes the team out of the workshop: its name is free again, its runs stay for the records. */
  removeTeam(teamId: string, at: number): Promise<void>;
  insertParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(id: string): Promise<(ParticipantRecord & { removedAt: number | null }) | undefined>;
  removeParticipant(id: string, at: number): Promise<void>;
  /** Everyone who ever joined the workshop, in joining order, with their team's name. */
  attendees(workshopId: string): Promise<AttendeeRecord[]>;

  spend(teamId: string): Promise<SpendRecord>;
  /** Runs the team started since `since`, and when the oldest of them started. */
  runsSince(teamId: string, since: number): Promise<{ count: number; oldest: number | null }>;
}

type WorkshopRow = typeof workshops.$inferSelect;

export const toWorkshop = (row: WorkshopRow): WorkshopRecord => ({
  ...row,
  exercises: row.exercises as string[],
  released: row.released as string[],
  locked: row.locked as string[],
  revealed: row.revealed as string[],
  countdown: row.countdown as CountdownRecord | null,
  announcement: row.announcement as Announcement | null,
  gallery: row.gallery as GalleryRecord | null,
  voting: row.voting as VotingRecord | null,
  library: row.library as LibraryRecord | null,
  models: row.models as string[] | null,
  dataGuard: row.dataGuard as DataGuardPolicy,
  dataGuardInHouse: row.dataGuardInHouse,
  dataGuardReplacement: row.dataGuardReplacement as DataGuardReplacement,
});

/** Tokens count against the token budget only where no price made them cost EUR. */

export function createWorkshopStore(db: AnySQLiteDatabase): WorkshopStore {
  // Asked on a trainer's every request about a workshop: prepared once.
  const trainerOf = db
    .select({ id: workshopTrainers.trainerId })
    .from(workshopTrainers)
    .where(
      and(
        eq(workshopTrainers.workshopId, sql.placeholder('workshopId')),
        eq(workshopTrainers.trainerId, sql.placeholder('trainerId')),
      ),
    )
    .prepare();
  return {
    async insertWorkshop(workshop, trainerId) {
      const inserted = await db
        .insert(workshops)
        .values(workshop)
        .onConflictDoNothing()
        .returning({ id: workshops.id });
      if (inserted.length === 0) return false;
      await db.insert(workshopTrainers).values({ workshopId: workshop.id, trainerId });
      return true;
    },

    async updateWorkshop(id, patch) {
      if (Object.keys(patch).length > 0) await db.update(workshops).set(patch).where(eq(workshops.id, id));
    },

    async deleteWorkshop(id) {
      await db.delete(workshops).where(eq(workshops.id, id));
    },

    async getWorkshop(id) {
      const [row] = await db.select().from(workshops).where(eq(workshops.id, id));
      return row && toWorkshop(row);
    },

    async workshopByCode(code) {
      const [row] = await db.select().from(workshops).where(eq(workshops.code, code));
      return row && toWorkshop(row);
    },

    async workshopsOf(trainerId) {
      const rows = await db
        .select({
          workshop: workshops,
          teamCount: sql<number>`(select count(*) from ${teams} where ${teams.workshopId} = ${workshops.id} and ${teams.removedAt} is null)`,
        })
        .from(workshopTrainers)
        .innerJoin(workshops, eq(workshops.id, workshopTrainers.workshopId))
        .where(eq(workshopTrainers.trainerId, trainerId))
        .orderBy(sql`${workshops.date} desc`, sql`${workshops.createdAt} desc`);
      return rows.map(({ workshop, teamCount }) => ({ ...toWorkshop(workshop), teamCount }));
    },

    async hasWorkshops() {
      const [row] = await db.select({ id: workshops.id }).from(workshops).limit(1);
      return row !== undefined;
    },

    async trainersOf(workshopId) {
      return db
        .select({ id: trainers.id, name: trainers.name })
        .from(workshopTrainers)
        .innerJoin(trainers, eq(trainers.id, workshopTrainers.trainerId))
        .where(eq(workshopTrainers.workshopId, workshopId))
        .orderBy(asc(trainers.createdAt));
    },

    async isTrainerOf(workshopId, trainerId) {
      const [row] = await trainerOf.all({ workshopId, trainerId });
      return row !== undefined;
    },

    async addTrainer(workshopId, trainerId) {
      await db.insert(workshopTrainers).values({ workshopId, trainerId }).onConflictDoNothing();
    },

    async getTeam(teamId) {
      const [row] = await db.select().from(teams).where(eq(teams.id, teamId));
      return row && { id: row.id, workshopId: row.workshopId, name: row.name, removedAt: row.removedAt };
    },

    async teamStats(workshopId) {
      const [teamRows, memberRows, guardBy] = await Promise.all([
        db
          .select()
          .from(teams)
          .where(and(eq(teams.workshopId, workshopId), isNull(teams.removedAt)))
          .orderBy(asc(teams.createdAt)),
        db
          .select()
          .from(participants)
          .where(and(eq(participants.workshopId, workshopId), isNull(participants.removedAt)))
          .orderBy(asc(participants.joinedAt)),
        guardCountsByTeam(db, workshopId),
      ]);
      return teamRows.map((team) => ({
        id: team.id,
        name: team.name,
        createdAt: team.createdAt,
        members: memberRows
          .filter((m) => m.teamId === team.id)
          .map(({ id, name, joinedAt }) => ({ id, name, joinedAt })),
        runs: team.runs,
        spent: { eur: team.spentEur, tokens: team.unpricedTokens },
        lastRunAt: team.lastRunAt,
        guard: guardBy.get(team.id) ?? { replaced: {}, confirmed: {} },
      }));
    },

    async activeTeams(workshopId) {
      return db
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(eq(teams.workshopId, workshopId), isNull(teams.removedAt)))
        .orderBy(asc(teams.createdAt));
    },

    async findOrCreateTeam({ key, ...team }) {
      // Two people naming the same new team at once: one insert wins, both get that team.
      await db
        .insert(teams)
        .values({ id: team.id, workshopId: team.workshopId, name: team.name, nameKey: key, createdAt: team.createdAt })
        .onConflictDoNothing();
      const [row] = await db
        .select({ id: teams.id, name: teams.name })
        .from(teams)
        .where(and(eq(teams.workshopId, team.workshopId), eq(teams.nameKey, key)));
      if (!row) throw new Error('Das Team konnte nicht angelegt werden.');
      return row;
    },

    async renameTeam(teamId, name, key) {
      const [team] = await db.select({ workshopId: teams.workshopId }).from(teams).where(eq(teams.id, teamId));
      if (!team) return true;
      const [other] = await db
        .select({ id: teams.id })
        .from(teams)
        .where(and(eq(teams.workshopId, team.workshopId), eq(teams.nameKey, key)));
      if (other && other.id !== teamId) return false;
      await db.update(teams).set({ name, nameKey: key }).where(eq(teams.id, teamId));
      return true;
    },

    async removeTeam(teamId, at) {
      await db.update(teams).set({ removedAt: at, nameKey: null }).where(eq(teams.id, teamId));
      await db
        .update(participants)
        .set({ removedAt: at })
        .where(and(eq(participants.teamId, teamId), isNull(participants.removedAt)));
    },

    async insertParticipant(participant) {
      await db.insert(participants).values(participant);
    },

    async getParticipant(id) {
      const [row] = await db.select().from(participants).where(eq(participants.id, id));
      return row;
    },

    async removeParticipant(id, at) {
      await db.update(participants).set({ removedAt: at }).where(eq(participants.id, id));
    },

    async attendees(workshopId) {
      return db
        .select({
          id: participants.id,
          name: participants.name,
          joinedAt: participants.joinedAt,
          teamId: participants.teamId,
          teamName: teams.name,
        })
        .from(participants)
        .innerJoin(teams, eq(teams.id, participants.teamId))
        .where(eq(participants.workshopId, workshopId))
        .orderBy(asc(participants.joinedAt), asc(participants.id));
    },

    async spend(teamId) {
      const [row] = await db
        .select({ eur: teams.spentEur, tokens: teams.unpricedTokens })
        .from(teams)
        .where(eq(teams.id, teamId));
      return { eur: row?.eur ?? 0, tokens: row?.tokens ?? 0 };
    },

    async runsSince(teamId, since) {
      const [row] = await db
        .select({ n: count(), oldest: min(runs.createdAt) })
        .from(runs)
        .where(and(eq(runs.teamId, teamId), gte(runs.createdAt, since)));
      return { count: row?.n ?? 0, oldest: row?.oldest ?? null };
    },
  };
}
