import { and, asc, eq, gt, inArray, max, or, sql, type SQL } from 'drizzle-orm';
import type { AnySQLiteDatabase } from './drizzle-store.ts';
import type { Audience, NewWorkshopEvent, WorkshopEvent } from './records.ts';
import { workshopEvents } from './schema.ts';

/** The log of what happens in a workshop, which live views follow by id. */
export interface WorkshopEventStore {
  appendEvent(event: NewWorkshopEvent): Promise<void>;
  /** The workshop's events after `afterId` that `audience` may see (`trainers`: all of them), oldest first. */
  eventsAfter(workshopId: string, afterId: number, audience: Audience, limit?: number): Promise<WorkshopEvent[]>;
  /** The newest event id of the workshop; with `types`, of an event of one of these types. */
  lastEventId(workshopId: string, types?: readonly string[]): Promise<number>;
}

/** Who sees an event, as a condition on its row; a team's id comes as the placeholder `teamId`. */
const VISIBLE_TO: Record<Audience['to'], SQL | undefined> = {
  trainers: undefined,
  all: eq(workshopEvents.audience, 'all'),
  team: or(
    eq(workshopEvents.audience, 'all'),
    and(eq(workshopEvents.audience, 'team'), eq(workshopEvents.teamId, sql.placeholder('teamId'))),
  ),
};

const audienceOf = (to: string, teamId: string | null): Audience =>
  to === 'team' && teamId ? { to: 'team', teamId } : to === 'all' ? { to: 'all' } : { to: 'trainers' };

export function createWorkshopEventStore(db: AnySQLiteDatabase): WorkshopEventStore {
  // Written and read for every live event, by every open view: prepared once, so that drizzle does not build the
  // same SQL again each time (its garbage showed in the workshop benchmark's allocation profile).
  const append = db
    .insert(workshopEvents)
    .values({
      workshopId: sql.placeholder('workshopId'),
      audience: sql.placeholder('audience'),
      teamId: sql.placeholder('teamId'),
      type: sql.placeholder('type'),
      data: sql.placeholder('data'),
      at: sql.placeholder('at'),
    })
    .prepare();
  const after = (to: Audience['to']) =>
    db
      .select()
      .from(workshopEvents)
      .where(
        and(
          eq(workshopEvents.workshopId, sql.placeholder('workshopId')),
          gt(workshopEvents.id, sql.placeholder('afterId')),
          VISIBLE_TO[to],
        ),
      )
      .orderBy(asc(workshopEvents.id))
      .limit(sql.placeholder('limit'))
      .prepare();
  const eventsAfter = { trainers: after('trainers'), all: after('all'), team: after('team') };
  return {
    async appendEvent({ audience, ...event }) {
      await append.run({ ...event, audience: audience.to, teamId: audience.to === 'team' ? audience.teamId : null });
    },

    async eventsAfter(workshopId, afterId, audience, limit = 200) {
      const teamId = audience.to === 'team' ? audience.teamId : undefined;
      const rows = await eventsAfter[audience.to].all({ workshopId, afterId, limit, teamId });
      return rows.map((row) => ({
        id: row.id,
        type: row.type,
        data: row.data as Record<string, unknown>,
        at: row.at,
        audience: audienceOf(row.audience, row.teamId),
      }));
    },

    async lastEventId(workshopId, types) {
      const [row] = await db
        .select({ id: max(workshopEvents.id) })
        .from(workshopEvents)
        .where(
          and(eq(workshopEvents.workshopId, workshopId), types ? inArray(workshopEvents.type, [...types]) : undefined),
        );
      return row?.id ?? 0;
    },
  };
}
