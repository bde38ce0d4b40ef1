import { describe, expect, it, vi } from 'vitest';
import type { WorkshopEvent } from '../../server/store/records.ts';
import type { WorkshopEventStore } from '../../server/store/workshop-events.ts';
import { EventTail, visible } from '../../server/workshops/event-tail.ts';
import { createActivityHub } from '../../server/workshops/activity.ts';

/** The event log in memory, counting how often it is read. */
function memoryEvents() {
  const rows: (WorkshopEvent & { workshopId: string })[] = [];
  const reads = { count: 0 };
  const store: WorkshopEventStore = {
    async appendEvent({ workshopId, ...event }) {
      rows.push({ ...event, workshopId, id: rows.length + 1 });
    },
    async eventsAfter(workshopId, afterId, audience, limit = 200) {
      reads.count++;
      return rows
        .filter((row) => row.workshopId === workshopId && row.id > afterId && visible(row.audience, audience))
        .slice(0, limit);
    },
    async lastEventId(workshopId) {
      return rows.filter((row) => row.workshopId === workshopId).at(-1)?.id ?? 0;
    },
  };
  return { store, reads };
}

const team = (id: string) => ({ id, name: id });
const signal = () => new AbortController().signal;

describe('the workshop’s live events in one process', () => {
  it('reads the store once for all the readers a publish wakes, and each sees only what is theirs', async () => {
    const { store, reads } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    let sessionChecks = 0;
    const valid = async () => (sessionChecks++, true);
    const readers = Array.from({ length: 60 }, (_, i) =>
      hub.feed('w', { to: 'team', teamId: `t${i % 3}` }, valid).read(0, 5_000, signal()),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = reads.count;
    await hub.publish('w', { to: 'team', teamId: 't1' }, { type: 'team-renamed', team: team('t1') });
    await hub.publish('w', { to: 'all' }, { type: 'leaderboard-changed' });
    const batches = await Promise.all(readers);
    expect(reads.count - before).toBeLessThanOrEqual(2);
    batches.forEach(({ events }, i) => {
      const types = events.map((e) => e.event.type);
      expect(types.at(-1)).toBe('leaderboard-changed');
      expect(types.includes('team-renamed')).toBe(i % 3 === 1);
    });
    expect(sessionChecks).toBe(60); // each reader once at its start, not after every event
  });

  it("wakes only the readers who may see an event: another team's run leaves a reader waiting", async () => {
    const { store, reads } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    const valid = async () => true;
    const woken: string[] = [];
    const follow = (name: string, audience: Parameters<typeof hub.feed>[1]) =>
      hub
        .feed('w', audience, valid)
        .read(0, 5_000, signal())
        .then(({ events }) => (woken.push(name), events));
    const mine = follow('t1', { to: 'team', teamId: 't1' });
    const other = follow('t2', { to: 'team', teamId: 't2' });
    const trainer = follow('trainer', { to: 'trainers' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = reads.count;
    const looks = vi.spyOn(EventTail.prototype, 'after');
    await hub.publish('w', { to: 'team', teamId: 't1' }, { type: 'team-renamed', team: team('t1') });
    expect((await mine).map((e) => e.event.type)).toEqual(['team-renamed']);
    expect((await trainer).map((e) => e.event.type)).toEqual(['team-renamed']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(woken).toEqual(['t1', 'trainer']);
    // Team 2's reader did not even look: it was never woken.
    expect(looks.mock.calls.map(([, audience]) => audience)).toEqual([
      { to: 'team', teamId: 't1' },
      { to: 'trainers' },
    ]);
    looks.mockRestore();
    expect(reads.count - before).toBe(1);
    await hub.publish('w', { to: 'all' }, { type: 'leaderboard-changed' });
    expect((await other).map((e) => e.event.type)).toEqual(['leaderboard-changed']);
  });

  it('looks the session up again at once after a team was removed, and ends the stream then', async () => {
    const { store } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    let removed = false;
    const feed = hub.feed('w', { to: 'team', teamId: 't1' }, async () => !removed);
    await feed.read(0, 1, signal());
    removed = true;
    const reading = feed.read(0, 5_000, signal());
    await hub.publish('w', { to: 'team', teamId: 't1' }, { type: 'team-removed', team: team('t1') });
    const { events, done } = await reading;
    expect(events.map((e) => e.event.type)).toEqual(['team-removed', 'session-ended']);
    expect(done).toBe(true);
  });

  it('tells everyone to look again at most once a second, and never drops the last change', async () => {
    const { store } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    for (let i = 0; i < 20; i++) await hub.nudge('w', { type: 'leaderboard-changed' });
    expect(await store.lastEventId('w')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.lastEventId('w')).toBe(2);
  });
});
