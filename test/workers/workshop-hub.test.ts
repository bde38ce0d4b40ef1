import { runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { tokenHash } from '../../server/crypto/tokens.ts';
import { openD1Store } from '../../server/store/d1.ts';
import { HUB_SHARDS, hubsOf, streamHub } from '../../server/workers/hubs.ts';
import { HUB_POLL_MS } from '../../server/workers/workshop-hub.ts';
import type { ApiClient } from '../contract/client.ts';
import { TRAINER_PASSWORD } from '../contract/fixture.ts';
import { startRun } from '../contract/runs.ts';
import { signedInDevices } from '../contract/world.ts';

// Through the test Worker, whose WORKSHOPS binding is the WorkshopHub exported next to it (test/workers/worker.ts).
const worker = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`https://sandbox.test${path}`, init));
const workshopWith = (devices: number, team?: string) => signedInDevices(worker, TRAINER_PASSWORD, devices, team);

type Hub = ReturnType<typeof hubsOf>[number];
type Counted = {
  fetch(request: Request): Promise<Response>;
  /** The object's own hub, which its RPC method `look` hands each word to (RPC methods cannot be replaced). */
  activity: { look(...args: unknown[]): void };
  served?: number;
  looks?: number;
};
/** Counts the requests each of the workshop's objects serves, and the words it hears, from now on. */
const count = (hubs: Hub[]) =>
  Promise.all(
    hubs.map((hub) =>
      runInDurableObject(hub, (instance: Counted) => {
        const fetch = instance.fetch.bind(instance);
        const look = instance.activity.look.bind(instance.activity);
        instance.served = 0;
        instance.looks = 0;
        instance.fetch = (request) => (instance.served!++, fetch(request));
        instance.activity.look = (...args) => (instance.looks!++, look(...args));
      }),
    ),
  );
const tally = (hubs: Hub[], what: 'served' | 'looks') =>
  Promise.all(hubs.map((hub) => runInDurableObject(hub, (instance: Counted) => instance[what] ?? 0)));
const served = (hubs: Hub[]) => tally(hubs, 'served');
const teamOf = async (device: ApiClient): Promise<string> => (await device.call('/api/session')).json.team.id;
/** The stream as the web UI opens it for a team: its workshop and team named. */
const teamStream = async (device: ApiClient, workshopId: string) =>
  `/api/events?workshop=${workshopId}&team=${await teamOf(device)}`;
const payloads = (messages: { data?: string }[]) =>
  messages.filter((m) => m.data !== undefined).map((m) => JSON.parse(m.data!));

describe("a workshop's live events on Workers", () => {
  it("go through the team's object of the workshop, which a run's own object tells at once", async () => {
    const { id, clients } = await workshopWith(1);
    const [device] = clients as [ApiClient];
    const hubs = hubsOf(env.WORKSHOPS, id);
    await count(hubs);
    const started = device.stream(await teamStream(device, id), {
      until: (m) => m.some((x) => x.event === 'run-started'),
      // Well before the objects' own poll: only the run host's word can bring the event this soon.
      within: HUB_POLL_MS / 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const counts = await served(hubs);
    expect(counts.reduce((a, b) => a + b)).toBe(1);
    expect(hubs[counts.indexOf(1)]!.id.equals(streamHub(env.WORKSHOPS, id, await teamOf(device)).id)).toBe(true);
    const run = await startRun(device);
    expect(payloads(await started)).toContainEqual(expect.objectContaining({ type: 'run-started', run: run.id }));
  });

  it("spreads a workshop's teams over its objects; what is for all reaches each, a team's event its own and the trainers'", async () => {
    const { trainer, id, clients } = await workshopWith(12);
    const hubs = hubsOf(env.WORKSHOPS, id);
    const teams = await Promise.all(clients.map(teamOf));
    const used = new Set(
      teams.map((team) => hubs.findIndex((hub) => hub.id.equals(streamHub(env.WORKSHOPS, id, team).id))),
    );
    expect(used.size).toBeGreaterThan(1);
    expect(Math.max(...used)).toBeLessThan(HUB_SHARDS);
    // The renamed team sits in another object than the trainers' (the first), so a word to the eight would show.
    const renamed = teams.findIndex((team) => !streamHub(env.WORKSHOPS, id, team).id.equals(hubs[0]!.id));
    const heard = (types: string[]) => (m: { event?: string }[]) =>
      types.every((type) => m.some((x) => x.event === type));
    const both = heard(['workshop-changed', 'team-renamed']);
    const streams = [
      ...clients.map(async (device, i) =>
        device.stream(await teamStream(device, id), {
          until: i === renamed ? both : heard(['workshop-changed']),
          within: HUB_POLL_MS / 2,
        }),
      ),
      // The trainer's, and a device that names no team: both in the trainers' object, which hears of every event.
      trainer.stream(`/api/events?workshop=${id}`, { until: both, within: HUB_POLL_MS / 2 }),
      clients[renamed]!.stream(`/api/events?workshop=${id}`, { until: both, within: HUB_POLL_MS / 2 }),
    ];
    await new Promise((resolve) => setTimeout(resolve, 300));
    // No run: its end would make the first object tell every other of the standings, and so hide a missed word.
    expect((await trainer.request('PUT', `/api/workshops/${id}/announcement`, { text: 'Pause' })).status).toBe(200);
    await count(hubs);
    const rename = await trainer.request('PATCH', `/api/workshops/${id}/teams/${teams[renamed]}`, {
      name: 'Nordlicht',
    });
    expect(rename.status).toBe(204);
    const all = await Promise.all(streams);
    for (const [i, messages] of all.entries()) {
      const types = payloads(messages).map((event: { type: string }) => event.type);
      expect(types).toContain('workshop-changed');
      if (i === renamed || i >= clients.length) expect(types).toContain('team-renamed');
    }
    // The rename went to two objects: the team's and the trainers'.
    const looks = await tally(hubs, 'looks');
    const told = hubs.flatMap((hub, i) => (looks[i]! > 0 ? [hub.id] : []));
    expect(told).toHaveLength(2);
    expect(told[0]!.equals(hubs[0]!.id)).toBe(true);
    expect(told[1]!.equals(streamHub(env.WORKSHOPS, id, teams[renamed]).id)).toBe(true);
  });

  it('answers a forged or foreign cookie at the objects as the Worker would: 401, and the cookie cleared', async () => {
    const { id } = await workshopWith(0);
    for (const cookie of [
      'promptathon_sitzung=abc',
      `promptathon_sitzung=${'A'.repeat(43)}`,
      'promptathon_sitzung=%%',
    ]) {
      const response = await worker(`/api/events?workshop=${id}`, { headers: { cookie } });
      expect(response.status, cookie).toBe(401);
      expect(response.headers.get('set-cookie')).toMatch(/^promptathon_sitzung=;.*Max-Age=0/);
    }
  });

  it('serves a stream without the workshop in the Worker itself, as before', async () => {
    const { id, clients } = await workshopWith(1);
    const hubs = hubsOf(env.WORKSHOPS, id);
    await count(hubs);
    const stream = clients[0]!.stream('/api/events', { within: 300 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await served(hubs)).toEqual(Array(HUB_SHARDS).fill(0));
    await stream;
  });

  it('looks up the sessions of a whole workshop at once within what D1 binds per statement', async () => {
    const { clients } = await workshopWith(1);
    const own = await tokenHash(decodeURIComponent(clients[0]!.cookie!.split('=')[1]!));
    const hashes = Array.from({ length: 250 }, (_, i) => (i === 200 ? own : `unbekannt-${i}`));
    expect(await openD1Store(env.DB).liveSessions(hashes, Date.now())).toEqual(new Set([own]));
  });

  it("coalesces the workshop's nudges from every isolate in its first object: one at once, the rest as one later", async () => {
    const { id } = await workshopWith(0);
    const [first] = hubsOf(env.WORKSHOPS, id);
    await Promise.all(Array.from({ length: 5 }, () => first!.nudge(id, { type: 'leaderboard-changed' })));
    const store = openD1Store(env.DB);
    const nudges = async () =>
      (await store.eventsAfter(id, 0, { to: 'trainers' })).filter((e) => e.type === 'leaderboard-changed');
    expect(await nudges()).toHaveLength(1);
    await expect.poll(nudges, { timeout: 3_000 }).toHaveLength(2);
  });
});
