import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDDEN_REASON } from '../../server/http/redact.ts';
import type { CaseResult } from '../../server/schema/run.ts';
import { OPEN_SPACE } from '../../server/store/records.ts';
import { openSqliteStore, type SqliteStore } from '../../server/store/sqlite.ts';
import { EXERCISE_ID, SECRETS, startRequest } from '../contract/fixture.ts';
import { runEvents } from '../contract/sse.ts';
import { startTestServer, type TestServer } from './setup.ts';
import { runRecord } from '../fakes/run-record.ts';

let server: TestServer;
let otherProcess: SqliteStore;
beforeAll(async () => {
  // Finished logs are forgotten at once; idle streams ping and the store is polled often.
  server = await startTestServer({ timing: { keepFinishedMs: 0, heartbeatMs: 60, pollMs: 20 } });
  otherProcess = openSqliteStore(server.dbFile);
});
afterAll(async () => {
  otherProcess.close();
  await server.stop();
});

describe('events of runs that are not live here', () => {
  it('replays a finished run from the store once its log is forgotten', async () => {
    const { json: run } = await server.post('/api/runs', startRequest());
    // Live or (if it already ended) from the store: either way, it ends with the run.
    const first = runEvents(await server.events(run.id));

    const stored = runEvents(await server.events(run.id));
    expect(stored.map((e) => e.type)).toEqual([
      'run-started',
      'case-finished',
      'case-finished',
      'case-finished',
      'case-finished',
      'run-finished',
    ]);
    expect(stored.map((e) => e.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(stored[5]).toEqual({ id: 6, type: 'run-finished', runId: run.id, status: 'done', error: null });
    const firstResults = first.filter((e) => e.type === 'case-finished').map((e) => e.result);
    const storedResults = stored.filter((e) => e.type === 'case-finished').map((e) => e.result);
    expect(storedResults).toEqual(expect.arrayContaining(firstResults));
    // A resume names an id of the live log, which numbered deltas too: every result comes again, numbered on.
    const resumed = runEvents(await server.events(run.id, { query: '?after=40' }));
    expect(resumed.map((e) => [e.id, e.type])).toEqual(stored.map((e, i) => [41 + i, e.type]));
  });

  it('follows a run of another process by polling the store, with heartbeats', async () => {
    const run = runRecord({
      id: 'anderer-prozess-1',
      exercise: EXERCISE_ID,
      prompt: { user: 'Bestätige Antrag {{nummer}}.' },
      cases: ['offen-1', 'geheim-fall'],
      createdAt: Date.now(),
    });
    await otherProcess.createRun(run, 'node:1', OPEN_SPACE);
    const following = server.events(run.id);
    await sleep(200);
    const cancel = await server.post(`/api/runs/${run.id}/cancel`, undefined);
    expect(cancel.status).toBe(409);
    expect(cancel.json.error.message).toContain('anderen Prozess');

    const result: CaseResult = {
      runId: run.id,
      caseId: 'geheim-fall',
      provider: 'demo:basis',
      repeat: 0,
      output: 'Ihr Antrag GEHEIM-4711 ist eingegangen.',
      inputTokens: 10,
      outputTokens: 8,
      costEur: 0,
      latencyMs: 5,
      finishReason: 'stop',
      score: 1,
      pass: true,
      assertions: [{ type: 'contains', weight: 1, pass: true, score: 1, reason: 'enthält "GEHEIM-4711"' }],
      error: null,
      skipped: null,
      cached: false,
      finishedAt: Date.now(),
    };
    await otherProcess.saveCaseResult(result);
    await sleep(100);
    await otherProcess.finishRun(run.id, 'done', Date.now());

    const messages = await following;
    expect(messages.some((m) => m.comment === 'ping')).toBe(true);
    const events = runEvents(messages);
    expect(events.map((e) => e.type)).toEqual(['run-started', 'case-finished', 'run-finished']);
    expect(events[0].run.cases).toEqual(['offen-1', 'verborgen-1']);
    expect(events[1].result).toMatchObject({ caseId: 'verborgen-1', output: '', score: 1 });
    expect(events[1].result.assertions[0].reason).toBe(HIDDEN_REASON);

    const all = server.transcript.join('\n');
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });
});
