import { runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { tokenHash } from '../../server/crypto/tokens.ts';
import { openD1Store } from '../../server/store/d1.ts';
import { HUB_SHARDS, hubFor, hubsOf } from '../../server/workers/hubs.ts';
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
type Counted = { fetch(request: Request): Promise<Response>; served?: number };
/** Counts the requests each of the workshop's objects serves from now on. */
const count = (hubs: Hub[]) =>
  Promise.all(
    hubs.map((hub) =>
      runInDurableObject(hub, (instance: Counted) => {
        const fetch = instance.fetch.bind(instance);
        instance.served = 0;
        instance.fetch = (request) => (instance.served!++, fetch(request));
      }),
    ),
  );
const served = (hubs: Hub[]) =>
  Promise.all(hubs.map((hub) => runInDurableObject(hub, (instance: Counted) => instance.served ?? 0)));
const hubOf = (device: ApiClient, workshopId: string) => hubFor(env.WORKSHOPS, workshopId, device.cookie!);
const payloads = (messages: { data?: string }[]) =>
  messages.filter((m) => m.data !== undefined).map((m) => JSON.parse(m.data!));

describe("a workshop's live events on Workers", () => {
  it("go through the device's object of the workshop, which a run's own object tells at once", async () => {
    const { id, clients } = await workshopWith(1);
    const [device] = clients as [ApiClient];
    const hubs = hubsOf(env.WORKSHOPS, id);
    await count(hubs);
    const started = device.stream(`/api/events?workshop=${id}`, {
      until: (m) => m.some((x) => x.event === 'run-started'),
      // Well before the objects' own poll: only the run host's word can bring the event this soon.
      within: HUB_POLL_MS / 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const counts = await served(hubs);
    expect(counts.reduce((a, b) => a + b)).toBe(1);
    expect(hubs[counts.indexOf(1)]!.id.equals(hubOf(device, id).id)).toBe(true);
    const run = await startRun(device);
    expect(payloads(await started)).toContainEqual(expect.objectContaining({ type: 'run-started', run: run.id }));
  });

  it("spreads a workshop's devices over its objects; what is for all, or for a team, reaches each at once", async () => {
    const { trainer, id, clients } = await workshopWith(12, 'Nord');
    const hubs = hubsOf(env.WORKSHOPS, id);
    const used = new Set(clients.map((device) => hubs.findIndex((hub) => hub.id.equals(hubOf(device, id).id))));
    expect(used.size).toBeGreaterThan(1);
    expect(Math.max(...used)).toBeLessThan(HUB_SHARDS);
    const streams = clients.map((device) =>
      device.stream(`/api/events?workshop=${id}`, {
        until: (m) => m.some((x) => x.event === 'team-renamed') && m.some((x) => x.event === 'workshop-changed'),
        within: HUB_POLL_MS / 2,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    // No run: its end would make the first object tell every other of the standings, and so hide a missed word.
    expect((await trainer.request('PUT', `/api/workshops/${id}/announcement`, { text: 'Pause' })).status).toBe(200);
    const team: string = (await clients[0]!.call('/api/session')).json.team.id;
    const renamed = await trainer.request('PATCH', `/api/workshops/${id}/teams/${team}`, { name: 'Nordlicht' });
    expect(renamed.status).toBe(204);
    for (const messages of await Promise.all(streams)) {
      const types = payloads(messages).map((event: { type: string }) => event.type);
      expect(types).toEqual(expect.arrayContaining(['workshop-changed', 'team-renamed']));
    }
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
