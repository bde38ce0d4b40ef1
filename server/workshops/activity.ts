import type { EventFeed } from '../runs/feed.ts';
import { logServerError } from '../http/log.ts';
import { pause } from '../runs/pause.ts';
import type { WorkshopLiveEvent } from '../schema/workshop.ts';
import { createSessionRecheck } from '../sessions/recheck.ts';
import type { AccountStore } from '../store/accounts.ts';
import type { Audience, WorkshopEvent } from '../store/records.ts';
import type { WorkshopEventStore } from '../store/workshop-events.ts';
import { EventTail, visible } from './event-tail.ts';

type Published = Exclude<WorkshopLiveEvent, { type: 'session-ended' }>;
type Nudge = Extract<Published, { type: 'leaderboard-changed' }>;

/** Events after which a reader's session may have ended: it is looked up again at once. */
const ENDS_SESSIONS = new Set(['team-removed', 'participant-removed']);
/** Otherwise a reader's session is looked up this often (a logout on another device ends the stream by then). */
export const SESSION_RECHECK_MS = 10_000;
export const COALESCE_MS = 1_000;

/**
 * The events of workshops, kept in the store so that every process and isolate sees them: readers in this
 * process are woken at once, others find new events on their next look (every `pollMs`).
 */
export interface ActivityHub {
  publish(workshopId: string, audience: Audience, event: Published): Promise<void>;
  /**
   * Publishes an event that only says "look again" to everyone, at most once per COALESCE_MS per workshop and
   * type: the first at once, those that follow within the interval as one at its end. Three hundred devices then
   * get one `leaderboard-changed` a second while runs finish, not one per run.
   */
  nudge(workshopId: string, event: Nudge): Promise<void>;
  /**
   * The workshop's events that `audience` may see, from after `after` on, for the session of `tokenHash` (live as
   * the feed is made). The session is looked up again after events that may end sessions and every
   * SESSION_RECHECK_MS; once it is gone, the feed ends with `session-ended`.
   */
  feed(workshopId: string, audience: Audience, tokenHash: string): EventFeed<WorkshopLiveEvent>;
  /**
   * An event for `audience` was stored elsewhere (another isolate): the readers here who may see it look now, not
   * at their next poll.
   */
  look(workshopId: string, audience: Audience): void;
}

/** A hub of the workshop in another isolate (on Workers: one of its Durable Objects), as publishers reach it. */
export interface RemoteHub {
  look(workshopId: string, audience: Audience): Promise<void> | void;
  nudge(workshopId: string, event: Nudge): Promise<void>;
}

export interface ActivityOptions {
  /**
   * false where one request must not resume another's work: a Worker isolate serves many requests, and workerd
   * refuses I/O (the next query) in a request woken from another. Readers then neither wake each other nor share
   * one read of the store per workshop (`EventTail`); each polls the store itself. Inside a Durable Object all
   * requests share one I/O context, so its readers can share (server/workers/workshop-hub.ts).
   */
  shared?: boolean;
  /**
   * The hubs elsewhere where the workshop's readers of an audience's events are (on Workers: some of its hub
   * objects), told of every such event published here. An unshared hub leaves its nudges to the first of those for
   * everyone, which coalesces them for the whole workshop (the interval would outlive the request here).
   */
  remote?: (workshopId: string, audience: Audience) => RemoteHub[];
}

export function createActivityHub(
  store: WorkshopEventStore & Pick<AccountStore, 'liveSessions'>,
  now: () => number,
  pollMs: number,
  { shared = true, remote }: ActivityOptions = {},
): ActivityHub {
  const sessionLive = shared
    ? createSessionRecheck(store, now)
    : async (tokenHash: string) => (await store.liveSessions([tokenHash], now())).has(tokenHash);
  /** Readers waiting in this process, per workshop: how to wake each, and what it may see. */
  const waiting = new Map<string, Map<() => void, Audience>>();
  const tails = new Map<string, EventTail>();
  const clock = () => performance.now();
  /** When the newest publish in this process was stored, per workshop: a woken reader needs the store as of then. */
  const published = new Map<string, number>();

  /** Wakes the workshop's waiting readers that may see an event for `audience`. */
  const wake = (workshopId: string, audience: Audience) => {
    published.set(workshopId, clock());
    for (const [wakeOne, reader] of waiting.get(workshopId) ?? []) if (visible(audience, reader)) wakeOne();
  };

  const wait = async (workshopId: string, audience: Audience, ms: number, signal: AbortSignal) => {
    const { done, wake } = pause(ms, signal);
    const readers = waiting.get(workshopId) ?? new Map();
    waiting.set(workshopId, readers.set(wake, audience));
    await done;
    readers.delete(wake);
    if (readers.size === 0) waiting.delete(workshopId);
  };

  /** The workshop's tail, joined by one more reader; undefined where readers do not share. */
  const join = (workshopId: string, after: number): EventTail | undefined => {
    if (!shared) return undefined;
    const tail = tails.get(workshopId) ?? new EventTail(store, workshopId, after, clock);
    tails.set(workshopId, tail);
    tail.readers++;
    return tail;
  };
  const leave = (workshopId: string, tail: EventTail | undefined) => {
    if (tail && --tail.readers === 0) tails.delete(workshopId);
  };

  const read = async (workshopId: string, tail: EventTail | undefined, after: number, audience: Audience) => {
    if (!tail?.covers(after)) return store.eventsAfter(workshopId, after, audience);
    // A reader that polls takes a load up to a poll old; one woken by a publish needs one that began after it.
    await tail.refresh(Math.max(clock() - pollMs, published.get(workshopId) ?? -Infinity));
    return tail.after(after, audience);
  };

  const unreachable = (err: unknown) =>
    logServerError(err, 'Live-Ereignisse: das Objekt des Workshops antwortet nicht');

  /** Per workshop and type, while a nudge's interval runs: whether another asked to go out at its end. */
  const nudged = new Map<string, { again: boolean }>();

  const hub: ActivityHub = {
    async publish(workshopId, audience, { type, ...data }) {
      await store.appendEvent({ workshopId, audience, type, data, at: now() });
      // Only those who may see it: a team's run wakes its members and the trainers, not three hundred devices.
      if (shared) wake(workshopId, audience);
      // A remote hub that misses the word still finds the event on its next poll.
      const tell = (other: RemoteHub) => Promise.resolve(other.look(workshopId, audience)).catch(unreachable);
      await Promise.all(remote?.(workshopId, audience).map(tell) ?? []);
    },

    look(workshopId, audience) {
      if (shared) wake(workshopId, audience);
    },

    async nudge(workshopId, event) {
      if (!shared) {
        // Better one nudge too many than none: unreachable, the remote hub does not coalesce this one.
        const coordinator = remote?.(workshopId, { to: 'all' })[0];
        if (coordinator) {
          await coordinator
            .nudge(workshopId, event)
            .catch((err: unknown) => (unreachable(err), hub.publish(workshopId, { to: 'all' }, event)));
        } else await hub.publish(workshopId, { to: 'all' }, event);
        return;
      }
      const key = `${workshopId}\u0000${event.type}`;
      const interval = nudged.get(key);
      if (interval) {
        interval.again = true;
        return;
      }
      const state = { again: false };
      nudged.set(key, state);
      const end = setTimeout(() => {
        nudged.delete(key);
        // A lost nudge costs a view one reload: the next change (or its own timer) brings it up to date.
        if (state.again) hub.nudge(workshopId, event).catch(() => {});
      }, COALESCE_MS);
      (end as { unref?: () => void }).unref?.();
      await hub.publish(workshopId, { to: 'all' }, event);
    },

    feed(workshopId, audience, tokenHash) {
      // The caller has just looked the session up (the route's sign-in check); the first look is due in a while.
      let checkedAt = clock();
      /** Set by a routine look that found the session gone; the next read ends the feed. */
      let gone = false;
      const sessionEnded = async (rows: WorkshopEvent[]) => {
        if (rows.some((row) => ENDS_SESSIONS.has(row.type))) {
          checkedAt = clock();
          return !(await sessionLive(tokenHash));
        }
        // The routine look does not hold up what goes out now (batched, it may wait for its window): it ends the
        // feed at the next read. A look that fails is tried again after the next interval.
        if (!gone && clock() - checkedAt >= SESSION_RECHECK_MS) {
          checkedAt = clock();
          sessionLive(tokenHash).then(
            (live) => (gone ||= !live),
            () => {},
          );
        }
        return gone;
      };
      return {
        async read(after, waitMs, signal) {
          const deadline = Date.now() + waitMs;
          const tail = join(workshopId, after);
          try {
            for (;;) {
              const rows = await read(workshopId, tail, after, audience);
              const events = rows.map((row) => ({
                id: row.id,
                event: { type: row.type, ...row.data } as WorkshopLiveEvent,
              }));
              // What ended the session (the team removed, say) still goes out, then the end.
              if (await sessionEnded(rows)) {
                const last = events.at(-1)?.id ?? after;
                return { events: [...events, { id: last, event: { type: 'session-ended' } }], done: true };
              }
              const left = deadline - Date.now();
              if (events.length > 0 || signal.aborted || left <= 0) return { events, done: false };
              await wait(workshopId, audience, Math.min(pollMs, left), signal);
            }
          } finally {
            leave(workshopId, tail);
          }
        },
      };
    },
  };
  return hub;
}
