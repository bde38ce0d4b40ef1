import { and, asc, eq, gt, inArray, max, or, type SQL } from 'drizzle-orm';
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

function visibleTo(audience: Audience): SQL | undefined {
  if (audience.to === 'trainers') return undefined;
  const all = eq(workshopEvents.audience, 'all');
  if (audience.to === 'all') return all;
  return or(all, and(eq(workshopEvents.audience, 'team'), eq(workshopEvents.teamId, audience.teamId)));
}

const audienceOf = (to: string, teamId: string | null): Audience =>
  to === 'team' && teamId ? { to: 'team', teamId } : to === 'all' ? { to: 'all' } : { to: 'trainers' };

export function createWorkshopEventStore(db: AnySQLiteDatabase): WorkshopEventStore {
  return {
    async appendEvent({ audience, ...event }) {
      await db.insert(workshopEvents).values({
        ...event,
        audience: audience.to,
        teamId: audience.to === 'team' ? audience.teamId : null,
      });
    },

    async eventsAfter(workshopId, afterId, audience, limit = 200) {
      const rows = await db
        .select()
        .from(workshopEvents)
        .where(and(eq(workshopEvents.workshopId, workshopId), gt(workshopEvents.id, afterId), visibleTo(audience)))
        .orderBy(asc(workshopEvents.id))
        .limit(limit);
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
