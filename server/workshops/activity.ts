import { pause, type EventFeed } from '../runs/feed.ts';
import type { WorkshopLiveEvent } from '../schema/workshop.ts';
import type { Audience } from '../store/records.ts';
import type { WorkshopEventStore } from '../store/workshop-events.ts';

type Published = Exclude<WorkshopLiveEvent, { type: 'session-ended' }>;

/**
 * The events of workshops, kept in the store so that every process and isolate sees them: readers in this
 * process are woken at once, others find new events on their next look (every `pollMs`).
 */
export interface ActivityHub {
  publish(workshopId: string, audience: Audience, event: Published): Promise<void>;
  /**
   * The workshop's events that `audience` may see, from after `after` on. `stillValid` is asked on every look;
   * once it says no, the feed ends with `session-ended`.
   */
  feed(workshopId: string, audience: Audience, stillValid: () => Promise<boolean>): EventFeed<WorkshopLiveEvent>;
}

/**
 * `wakeReaders: false` where one request must not resume another's work: a Worker isolate serves many requests,
 * and workerd refuses I/O (the next query) in a request woken from another. Readers then only poll.
 */
export function createActivityHub(
  store: WorkshopEventStore,
  now: () => number,
  pollMs: number,
  { wakeReaders = true } = {},
): ActivityHub {
  const waiting = new Map<string, Set<() => void>>();

  const wake = (workshopId: string) => {
    if (!wakeReaders) return;
    for (const wakeOne of waiting.get(workshopId) ?? []) wakeOne();
    waiting.delete(workshopId);
  };

  const wait = async (workshopId: string, ms: number, signal: AbortSignal) => {
    const { done, wake: wakeOne } = pause(ms, signal);
    const set = waiting.get(workshopId) ?? new Set();
    waiting.set(workshopId, set.add(wakeOne));
    await done;
    set.delete(wakeOne);
  };

  return {
    async publish(workshopId, audience, { type, ...data }) {
      await store.appendEvent({ workshopId, audience, type, data, at: now() });
      wake(workshopId);
    },

    feed(workshopId, audience, stillValid) {
      return {
        async read(after, waitMs, signal) {
          const deadline = Date.now() + waitMs;
          for (;;) {
            const rows = await store.eventsAfter(workshopId, after, audience);
            const events = rows.map((row) => ({
              id: row.id,
              event: { type: row.type, ...row.data } as WorkshopLiveEvent,
            }));
            // What ended the session (the team removed, say) still goes out, then the end.
            if (!(await stillValid())) {
              const last = events.at(-1)?.id ?? after;
              return { events: [...events, { id: last, event: { type: 'session-ended' } }], done: true };
            }
            const left = deadline - Date.now();
            if (events.length > 0 || signal.aborted || left <= 0) return { events, done: false };
            await wait(workshopId, Math.min(pollMs, left), signal);
          }
        },
      };
    },
  };
}
