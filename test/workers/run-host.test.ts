import { abortAllDurableObjects, runDurableObjectAlarm, runInDurableObject } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { RUN_ID_HEADER } from '../../server/workers/run-host.ts';
import { startRequest, TRAINER_PASSWORD } from '../contract/fixture.ts';
import { startRun } from '../contract/runs.ts';
import { runEvents } from '../contract/sse.ts';
import { signedInTeam } from '../contract/world.ts';

// Through the test Worker, whose RUNS binding is the RunHost exported next to it (test/workers/worker.ts), as a team.
const api = await signedInTeam(
  (path, init) => exports.default.fetch(new Request(`https://sandbox.test${path}`, init)),
  TRAINER_PASSWORD,
);
const host = (runId: string) => env.RUNS.get(env.RUNS.idFromName(runId));
const storedStatus = async (runId: string): Promise<string> => (await api.call(`/api/runs/${runId}`)).json.status;
/** What the run's object keeps in its own storage: the run it is running, if any. */
const marker = (runId: string) => runInDurableObject(host(runId), (_, state) => state.storage.get('running'));

describe('a run on Workers', () => {
  it('runs in its own Durable Object, which keeps it going with nobody following and then forgets it', async () => {
    const run = await startRun(api);
    expect(await marker(run.id)).toBe(run.id);
    await expect.poll(() => storedStatus(run.id), { timeout: 10_000 }).toBe('done');
    await expect.poll(() => marker(run.id)).toBeUndefined();
  });

  it('takes no run id from outside: the Worker names the run, whatever the request says', async () => {
    const started = await api.call('/api/runs', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [RUN_ID_HEADER]: 'selbst-gewaehlt' },
      body: JSON.stringify(startRequest()),
    });
    expect(started.status).toBe(201);
    expect(started.json.id).not.toBe('selbst-gewaehlt');
    expect((await api.call('/api/runs/selbst-gewaehlt')).status).toBe(404);
  });

  it('takes its event stream and cancel to the run in that object', async () => {
    const run = await startRun(api, { repeat: 20 });
    const live = await api.events(run.id, { until: (m) => m.some((x) => x.event === 'delta') });
    // Deltas exist only in the live log of the object running the run, never in the database.
    expect(live.some((m) => m.event === 'delta')).toBe(true);
    expect((await api.post(`/api/runs/${run.id}/cancel`, undefined)).status).toBe(202);
    expect(runEvents(await api.events(run.id)).at(-1)).toMatchObject({ type: 'run-finished', status: 'cancelled' });
    expect(await storedStatus(run.id)).toBe('cancelled');
  });

  it('is marked interrupted, with its finished cases, when its object was cut off mid-run', async () => {
    const run = await startRun(api, { repeat: 20 });
    await api.events(run.id, { until: (m) => m.some((x) => x.event === 'case-finished') });
    await abortAllDurableObjects();
    expect(await storedStatus(run.id)).toBe('running');
    // The next request to the run's object finds the run it was running, without a live run.
    const events = runEvents(await api.events(run.id));
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'interrupted' });
    expect(events.filter((e) => e.type === 'case-finished').length).toBeGreaterThan(0);
    expect(await marker(run.id)).toBeUndefined();
  });

  it('is marked interrupted by the keep-alive alarm when nobody asks for it after the cut', async () => {
    const run = await startRun(api, { repeat: 20 });
    await abortAllDurableObjects();
    expect(await runDurableObjectAlarm(host(run.id))).toBe(true);
    expect(await storedStatus(run.id)).toBe('interrupted');
  });
});
