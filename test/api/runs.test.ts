import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_ERROR } from '../../server/http/redact.ts';
import { EXERCISE_ID, SECRETS } from '../contract/fixture.ts';
import { startRun } from '../contract/runs.ts';
import { runEvents } from '../contract/sse.ts';
import { startTestServer, type TestServer } from './setup.ts';

// What needs Node around the server: raw sockets and a fake provider. The rest: test/contract (both runtimes).
let server: TestServer;
beforeAll(async () => {
  // The first call to the fake endpoint fails with a 500 (no retries): that case errors, the run goes on.
  server = await startTestServer({ fake: { faults: ['500'] } });
});
afterAll(() => server.stop());

describe('a run over HTTP', () => {
  it('does not let a client that stops reading hold up the run or other clients', async () => {
    const run = await startRun(server, { repeat: 10 });
    // A raw connection that asks for the stream and then never reads from it.
    const stalled = connect(Number(new URL(server.url).port), '127.0.0.1');
    stalled.write(`GET /api/runs/${run.id}/events HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    stalled.pause();
    try {
      const events = runEvents(await server.events(run.id));
      expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'done' });
      expect(events.filter((e) => e.type === 'case-finished')).toHaveLength(40);
    } finally {
      stalled.destroy();
    }
  });

  it('keeps going when a provider call fails: that case has an error, the others pass', async () => {
    const run = await startRun(server, { targets: [{ provider: 'local:modell' }], cases: ['offen-1', 'offen-2'] });
    const events = runEvents(await server.events(run.id));
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'done' });
    const results = events.filter((e) => e.type === 'case-finished').map((e) => e.result);
    expect(results).toHaveLength(2);
    const [failed, ok] = [results.filter((r) => r.error), results.filter((r) => !r.error)];
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ score: 0, pass: false });
    expect(failed[0].error).toMatch(/500|Fehler|error/i);
    expect(ok[0]).toMatchObject({ pass: true });
  });

  it('never sends what only hidden cases hold, in any response or stream', async () => {
    // The fake endpoint echoes the prompt: hidden vars reach the model's answer and must stop at the server.
    const run = await startRun(server, {
      targets: [{ provider: 'local:modell' }, { provider: 'openai:gpt-4o-mini' }],
    });
    await server.events(run.id);
    await server.call(`/api/runs/${run.id}`);
    await server.call(`/api/exercises/${EXERCISE_ID}/runs`);
    const all = server.transcript.join('\n');
    expect(all).toContain('verborgen-1');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });
});

describe('provider errors of hidden cases', () => {
  it('are redacted like their output: the message may quote the hidden input', async () => {
    // Every call fails, and the provider's message quotes what only a hidden case holds.
    const failing = await startTestServer({
      fake: { faults: Array(8).fill('500'), errorMessage: 'Ungültige Eingabe: GEHEIM-4711' },
    });
    try {
      const run = await startRun(failing, { targets: [{ provider: 'local:modell' }] });
      const events = runEvents(await failing.events(run.id));
      const results = events.filter((e) => e.type === 'case-finished').map((e) => e.result);
      for (const result of results.filter((r) => r.caseId.startsWith('verborgen-'))) {
        expect(result.error).toBe(HIDDEN_ERROR);
      }
      expect(results.find((r) => r.caseId === 'offen-1')!.error).toContain('GEHEIM-4711');
      // Only hidden cases: the run's own error says no call worked, without quoting any of them.
      const hidden = await startRun(failing, {
        targets: [{ provider: 'local:modell' }],
        cases: ['verborgen-1', 'verborgen-2'],
      });
      const end = runEvents(await failing.events(hidden.id)).at(-1);
      expect(end).toMatchObject({ status: 'failed' });
      expect(end.error).not.toContain('GEHEIM');
      expect(end.error).toMatch(/^Kein Aufruf war erfolgreich/);
    } finally {
      await failing.stop();
    }
  });
});
