import { sql } from 'drizzle-orm';
import type { PiiKind } from '../pii/types.ts';
import type { RunGuard } from '../schema/guard.ts';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import { runs } from './schema.ts';

export type GuardCounts = Pick<RunGuard, 'replaced' | 'confirmed'>;

interface Row {
  team: string;
  part: keyof GuardCounts;
  kind: PiiKind;
  n: number;
}

/**
 * What the data guard replaced and was told to send, by team, added up by SQLite (JSON1, also on D1): the dashboard
 * asks after every run, and a workshop's runs are thousands.
 */
export async function guardCountsByTeam(db: AnySQLiteDatabase, workshopId: string): Promise<Map<string, GuardCounts>> {
  const part = (name: keyof GuardCounts) => sql`
    select ${runs.teamId} as team, ${name} as part, j.key as kind, sum(j.value) as n
    from ${runs}, json_each(${runs.guard}, ${`$.${name}`}) as j
    where ${runs.workshopId} = ${workshopId} and ${runs.guard} is not null and ${runs.teamId} is not null
    group by 1, 3`;
  const rows = await db.all<Row>(sql`${part('replaced')} union all ${part('confirmed')}`);
  const byTeam = new Map<string, GuardCounts>();
  for (const { team, part, kind, n } of rows) {
    const counts = byTeam.get(team) ?? byTeam.set(team, { replaced: {}, confirmed: {} }).get(team)!;
    counts[part][kind] = n;
  }
  return byTeam;
}
