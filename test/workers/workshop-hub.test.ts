import { runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { tokenHash } from '../../server/crypto/tokens.ts';
import { openD1Store } from '../../server/store/d1.ts';
import { HUB_POLL_MS } from '../../server/workers/workshop-hub.ts';
import { TRAINER_PASSWORD } from '../contract/fixture.ts';
import { startRun } from '../contract/runs.ts';
import { signedInTeam } from '../contract/world.ts';

// Through the test Worker, whose WORKSHOPS binding is the WorkshopHub exported next to it (test/workers/worker.ts).
const worker = (path: string, init?: RequestInit) =>
  exports.default.fetch(new Request(`https://sandbox.test${path}`, init));
const api = await signedInTeam(worker, TRAINER_PASSWORD);
const workshopId: string = (await api.call('/api/session')).json.workshop.id;
const hub = () => env.WORKSHOPS.get(env.WORKSHOPS.idFromName(workshopId));
type Counted = { fetch(request: Request): Promise<Response>; served?: number };
/** Counts the requests a hub object serves from now on. */
const count = (object: ReturnType<typeof hub>) =>
  runInDurableObject(object, (instance: Counted) => {
    const fetch = instance.fetch.bind(instance);
    instance.served = 0;
    instance.fetch = (request) => (instance.served!++, fetch(request));
  });
const served = (object: ReturnType<typeof hub>) => runInDurableObject(object, (instance: Counted) => instance.served);

describe("a workshop's live events on Workers", () => {
  it("are served by the workshop's object, which a run's own object tells of the run at once", async () => {
    await count(hub());
    const started = api.stream(`/api/events?workshop=${workshopId}`, {
      until: (m) => m.some((x) => x.event === 'run-started'),
      // Well before the hub's own poll: only the run host's word can bring the event this soon.
      within: HUB_POLL_MS / 2,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await served(hub())).toBe(1);
    const run = await startRun(api);
    const events = (await started).filter((m) => m.data !== undefined).map((m) => JSON.parse(m.data!));
    expect(events).toContainEqual(expect.objectContaining({ type: 'run-started', run: run.id }));
  });

  it('serves a stream without the workshop in the Worker itself, as before', async () => {
    const other = await signedInTeam(worker, TRAINER_PASSWORD);
    const otherWorkshop: string = (await other.call('/api/session')).json.workshop.id;
    const otherHub = env.WORKSHOPS.get(env.WORKSHOPS.idFromName(otherWorkshop));
    await count(otherHub);
    const stream = other.stream('/api/events', { within: 300 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await served(otherHub)).toBe(0);
    await stream;
  });

  it('looks up the sessions of a whole workshop at once within what D1 binds per statement', async () => {
    const own = await tokenHash(decodeURIComponent(api.cookie!.split('=')[1]!));
    const hashes = Array.from({ length: 250 }, (_, i) => (i === 200 ? own : `unbekannt-${i}`));
    expect(await openD1Store(env.DB).liveSessions(hashes, Date.now())).toEqual(new Set([own]));
  });

  it("coalesces the workshop's nudges from every isolate: one at once, the rest as one a second later", async () => {
    // A workshop of its own: no run has nudged it yet.
    const team = await signedInTeam(worker, TRAINER_PASSWORD);
    const id: string = (await team.call('/api/session')).json.workshop.id;
    const object = env.WORKSHOPS.get(env.WORKSHOPS.idFromName(id));
    await Promise.all(Array.from({ length: 5 }, () => object.nudge(id, { type: 'leaderboard-changed' })));
    const store = openD1Store(env.DB);
    const nudges = async () =>
      (await store.eventsAfter(id, 0, { to: 'trainers' })).filter((e) => e.type === 'leaderboard-changed');
    expect(await nudges()).toHaveLength(1);
    await expect.poll(nudges, { timeout: 3_000 }).toHaveLength(2);
  });
});
