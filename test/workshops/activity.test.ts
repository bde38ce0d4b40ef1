import { describe, expect, it, vi } from 'vitest';
import type { WorkshopEvent } from '../../server/store/records.ts';
import type { AccountStore } from '../../server/store/accounts.ts';
import type { WorkshopEventStore } from '../../server/store/workshop-events.ts';
import { EventTail, visible } from '../../server/workshops/event-tail.ts';
import { createActivityHub, SESSION_RECHECK_MS } from '../../server/workshops/activity.ts';

/** The event log in memory, counting how often it is read, and sessions: live unless ended. */
function memoryEvents() {
  const rows: (WorkshopEvent & { workshopId: string })[] = [];
  const reads = { count: 0 };
  const sessions = { ended: new Set<string>(), lookups: 0, asked: 0 };
  const store: WorkshopEventStore & Pick<AccountStore, 'liveSessions'> = {
    async liveSessions(tokenHashes) {
      sessions.lookups++;
      sessions.asked += tokenHashes.length;
      return new Set(tokenHashes.filter((hash) => !sessions.ended.has(hash)));
    },
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
  return { store, reads, sessions };
}

const team = (id: string) => ({ id, name: id });
const signal = () => new AbortController().signal;

describe('the workshop’s live events in one process', () => {
  it('reads the store once for all the readers a publish wakes, and each sees only what is theirs', async () => {
    const { store, reads, sessions } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    const readers = Array.from({ length: 60 }, (_, i) =>
      hub.feed('w', { to: 'team', teamId: `t${i % 3}` }, `s${i}`).read(0, 5_000, signal()),
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
    expect(sessions.asked).toBe(0); // not after every event (and not at the start: the route has just checked)
  });

  it("wakes only the readers who may see an event: another team's run leaves a reader waiting", async () => {
    const { store, reads } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    const woken: string[] = [];
    const follow = (name: string, audience: Parameters<typeof hub.feed>[1]) =>
      hub
        .feed('w', audience, name)
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
    const { store, sessions } = memoryEvents();
    const hub = createActivityHub(store, Date.now, 60_000);
    const feed = hub.feed('w', { to: 'team', teamId: 't1' }, 's1');
    await feed.read(0, 1, signal());
    sessions.ended.add('s1');
    const reading = feed.read(0, 5_000, signal());
    await hub.publish('w', { to: 'team', teamId: 't1' }, { type: 'team-removed', team: team('t1') });
    const { events, done } = await reading;
    expect(events.map((e) => e.event.type)).toEqual(['team-removed', 'session-ended']);
    expect(done).toBe(true);
  });

  it('looks a session up again every SESSION_RECHECK_MS with no event, and ends the stream once it is gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    try {
      const { store, sessions } = memoryEvents();
      const hub = createActivityHub(store, Date.now, 1_000);
      const feed = hub.feed('w', { to: 'trainers' }, 's1');
      const quiet = feed.read(0, SESSION_RECHECK_MS / 2, signal());
      await vi.advanceTimersByTimeAsync(SESSION_RECHECK_MS / 2);
      expect(await quiet).toEqual({ events: [], done: false });
      expect(sessions.asked).toBe(0);
      // Logged out on another device: no event says so.
      sessions.ended.add('s1');
      const ending = feed.read(0, SESSION_RECHECK_MS * 2, signal());
      await vi.advanceTimersByTimeAsync(SESSION_RECHECK_MS / 2 + 1_000);
      expect(await ending).toEqual({ events: [{ id: 0, event: { type: 'session-ended' } }], done: true });
      expect(sessions.asked).toBe(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('looks up the sessions of all the streams an event wakes, when due, with one question and no delay', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    try {
      const { store, sessions } = memoryEvents();
      const hub = createActivityHub(store, Date.now, 60_000);
      const feeds = Array.from({ length: 50 }, (_, i) => hub.feed('w', { to: 'team', teamId: 't1' }, `s${i}`));
      await vi.advanceTimersByTimeAsync(SESSION_RECHECK_MS);
      sessions.ended.add('s7');
      const reading = feeds.map((feed) => feed.read(0, 30_000, signal()));
      await hub.publish('w', { to: 'all' }, { type: 'leaderboard-changed' });
      // The event goes out to all at once: the looks, due now, do not hold it up.
      for (const { events, done } of await Promise.all(reading)) {
        expect(events.map((e) => e.event.type)).toEqual(['leaderboard-changed']);
        expect(done).toBe(false);
      }
      await vi.advanceTimersByTimeAsync(1_000);
      expect(sessions.lookups).toBe(1);
      expect(sessions.asked).toBe(50);
      // The stream whose session is gone ends at its next read, the others go on.
      expect(await feeds[7]!.read(1, 30_000, signal())).toEqual({
        events: [{ id: 1, event: { type: 'session-ended' } }],
        done: true,
      });
      const other = feeds[8]!.read(1, 500, signal());
      await vi.advanceTimersByTimeAsync(500);
      expect(await other).toEqual({ events: [], done: false });
    } finally {
      vi.useRealTimers();
    }
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

describe('the workshop’s live events across isolates (Workers)', () => {
  it("wakes the hub's readers who may see an event stored elsewhere at once, with one read for all", async () => {
    const { store, reads } = memoryEvents();
    // The hub (the workshop's Durable Object) polls only once a minute here: a woken reader cannot have polled.
    const hub = createActivityHub(store, Date.now, 60_000);
    const elsewhere = createActivityHub(store, Date.now, 60_000, { shared: false, remote: () => [hub] });
    const looks = vi.spyOn(EventTail.prototype, 'after');
    const stop = new AbortController();
    const follow = (teamId: string) => hub.feed('w', { to: 'team', teamId }, teamId).read(0, 30_000, stop.signal);
    const told = Array.from({ length: 10 }, () => follow('t1'));
    const others = Array.from({ length: 10 }, () => follow('t2'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = reads.count;
    looks.mockClear();
    await elsewhere.publish('w', { to: 'team', teamId: 't1' }, { type: 'team-renamed', team: team('t1') });
    const batches = await Promise.race([
      Promise.all(told),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('nicht geweckt')), 5_000)),
    ]);
    for (const { events } of batches) expect(events.map((e) => e.event.type)).toEqual(['team-renamed']);
    expect(reads.count - before).toBe(1);
    // Team 2's readers were not woken: thousands of devices on one hub wake only for what is theirs.
    expect(looks.mock.calls.every(([, audience]) => audience.to === 'team' && audience.teamId === 't1')).toBe(true);
    looks.mockRestore();
    stop.abort();
    for (const { events } of await Promise.all(others)) expect(events).toEqual([]);
  });

  it('leaves the nudges to the first of several hubs, which sends them at most once a second to all', async () => {
    const { store } = memoryEvents();
    // Two hubs of one workshop, each with its share of the devices; the first coalesces the nudges.
    const second = createActivityHub(store, Date.now, 60_000);
    const first = createActivityHub(store, Date.now, 60_000, { remote: () => [second] });
    const elsewhere = createActivityHub(store, Date.now, 60_000, { shared: false, remote: () => [first, second] });
    const stop = new AbortController();
    const readers = [first, second].map((hub, i) =>
      hub.feed('w', { to: 'team', teamId: `t${i}` }, `s${i}`).read(0, 30_000, stop.signal),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (let i = 0; i < 20; i++) await elsewhere.nudge('w', { type: 'leaderboard-changed' });
    expect(await store.lastEventId('w')).toBe(1);
    // Both hubs' readers hear of it at once, not at their poll a minute later.
    for (const { events } of await Promise.all(readers)) {
      expect(events.map((e) => e.event.type)).toEqual(['leaderboard-changed']);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await store.lastEventId('w')).toBe(2);
    // A team's event reaches its member on either hub.
    const member = second.feed('w', { to: 'team', teamId: 't1' }, 's1').read(2, 30_000, stop.signal);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await elsewhere.publish('w', { to: 'team', teamId: 't1' }, { type: 'team-renamed', team: team('t1') });
    expect((await member).events.map((e) => e.event.type)).toEqual(['team-renamed']);
    stop.abort();
  });

  it('stores events and nudges even when the hub cannot be reached, and wakes no reader in its own isolate', async () => {
    const { store, reads } = memoryEvents();
    const unreachable = async () => {
      throw new Error('Objekt nicht erreichbar');
    };
    const remote = { look: vi.fn(unreachable), nudge: vi.fn(unreachable) };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const hub = createActivityHub(store, Date.now, 60_000, { shared: false, remote: () => [remote] });
    let answered = false;
    const reader = hub
      .feed('w', { to: 'trainers' }, 's1')
      .read(0, 500, signal())
      .finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    await hub.publish('w', { to: 'all' }, { type: 'workshop-changed' });
    await hub.nudge('w', { type: 'leaderboard-changed' });
    hub.look('w', { to: 'all' });
    expect(remote.look).toHaveBeenCalledWith('w', { to: 'all' });
    expect(remote.nudge).toHaveBeenCalledWith('w', { type: 'leaderboard-changed' });
    expect(await store.lastEventId('w')).toBe(2);
    // The operator sees it, once for each word that did not arrive: the event, the nudge, the nudge published here.
    expect(logged.mock.calls.map(([line]) => String(line).split('\n')[0])).toEqual(
      Array(3).fill(
        '[promptathon] Live-Ereignisse: das Objekt des Workshops antwortet nicht: Error: Objekt nicht erreichbar',
      ),
    );
    logged.mockRestore();
    // Unshared, the reader was woken neither by publish nor by look: it finds the events when its wait is over.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(answered).toBe(false);
    expect((await reader).events.map((e) => e.event.type)).toEqual(['workshop-changed', 'leaderboard-changed']);
    expect(reads.count).toBe(2);
  });
});
