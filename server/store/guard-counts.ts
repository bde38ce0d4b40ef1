import { eq } from 'drizzle-orm';
import type { PiiKind } from '../pii/types.ts';
import type { RunGuard } from '../schema/guard.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import { teamGuardCounts, teams } from './schema.ts';

export type GuardCounts = Pick<RunGuard, 'replaced' | 'confirmed'>;

/**
 * What the data guard replaced and was told to send, by team: the counts a trigger adds up as runs start (the
 * dashboard asks after every run, and a workshop's runs are thousands).
 */
export async function guardCountsByTeam(db: AnySQLiteDatabase, workshopId: string): Promise<Map<string, GuardCounts>> {
  const rows = await db
    .select({
      team: teamGuardCounts.teamId,
      part: teamGuardCounts.part,
      kind: teamGuardCounts.kind,
      n: teamGuardCounts.n,
    })
    .from(teamGuardCounts)
    .innerJoin(teams, eq(teams.id, teamGuardCounts.teamId))
    .where(eq(teams.workshopId, workshopId));
  const byTeam = new Map<string, GuardCounts>();
  for (const { team, part, kind, n } of rows) {
    const counts = byTeam.get(team) ?? byTeam.set(team, { replaced: {}, confirmed: {} }).get(team)!;
    counts[part as keyof GuardCounts][kind as PiiKind] = n;
  }
  return byTeam;
}
