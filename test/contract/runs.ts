import { describe, expect, it } from 'vitest';
import { HIDDEN_LABEL, HIDDEN_REASON } from '../../server/http/redact.ts';
import type { ApiClient } from './client.ts';
import { EXERCISE_ID, startRequest } from './fixture.ts';
import { runEvents } from './sse.ts';

type Sequenced = { id: number; type: string };
const withoutDeltas = <E extends Sequenced>(events: E[]) => events.filter((e) => e.type !== 'delta');

/** Ids go up with every event and never repeat (a finished case's fragments leave gaps). */
function expectAscendingIds(events: Sequenced[]): void {
  events.slice(1).forEach((event, i) => expect(event.id).toBeGreaterThan(events[i]!.id));
}

/** Starts a run (the starter on the demo model unless `overrides` say otherwise) and returns its record. */
export async function startRun(api: ApiClient, overrides: Record<string, unknown> = {}) {
  const response = await api.post('/api/runs', startRequest(overrides));
  expect(response.status, response.text).toBe(201);
  return response.json;
}

/** Runs on the demo model: start, live events to the end, stored results, history, resume, cancel. */
export function runContract(api: ApiClient): void {
  const start = (overrides?: Record<string, unknown>) => startRun(api, overrides);

  describe('a run', () => {
    it('starts, streams its events in order to the end, and is stored', async () => {
      const run = await start();
      expect(run).toMatchObject({ exercise: EXERCISE_ID, status: 'running' });
      expect(run.cases).toEqual(['offen-1', 'verborgen-1', 'offen-2', 'verborgen-2']);

      const events = runEvents(await api.events(run.id));
      expectAscendingIds(events);
      expect(events[0]).toMatchObject({ id: 1, type: 'run-started', run: { id: run.id } });
      expect(events.at(-1)).toEqual({
        id: events.at(-1)!.id,
        type: 'run-finished',
        runId: run.id,
        status: 'done',
        error: null,
      });
      const finished = events.filter((e) => e.type === 'case-finished');
      expect(finished.map((e) => e.result.caseId).sort()).toEqual(['offen-1', 'offen-2', 'verborgen-1', 'verborgen-2']);
      // Visible cases stream their text; hidden ones only start and finish. A case that finished before the reader
      // got to its fragments has them replaced by its result: what a reader sees of a case is a start of its text.
      for (const { result } of finished) {
        const text = events.filter((e) => e.type === 'delta' && e.caseId === result.caseId).map((e) => e.text);
        if (result.caseId.startsWith('verborgen')) expect(text).toEqual([]);
        else expect(result.output.startsWith(text.join(''))).toBe(true);
      }
      expect(events.filter((e) => e.type === 'case-started')).toHaveLength(4);

      const stored = await api.call(`/api/runs/${run.id}`);
      expect(stored.status).toBe(200);
      expect(stored.json).toMatchObject({ id: run.id, status: 'done', cases: run.cases });
      const hidden = stored.json.results.find((r: { caseId: string }) => r.caseId === 'verborgen-1');
      expect(hidden).toMatchObject({ output: '', pass: true, score: 1 });
      expect(hidden.outputTokens).toBeGreaterThan(0);
      expect(hidden.assertions).toEqual([
        { type: 'contains', label: HIDDEN_LABEL, weight: 1, pass: true, score: 1, reason: HIDDEN_REASON },
      ]);
      const visible = stored.json.results.find((r: { caseId: string }) => r.caseId === 'offen-1');
      expect(visible.output).toContain('A-100');
    });

    it('runs only the chosen cases, hidden ones by placeholder', async () => {
      const run = await start({ cases: ['verborgen-2', 'offen-1'] });
      expect(run.cases).toEqual(['offen-1', 'verborgen-2']);
      const events = runEvents(await api.events(run.id));
      expect(events.filter((e) => e.type === 'case-finished')).toHaveLength(2);
    });

    it('lists the attempt history newest first, with totals and the best score on the card', async () => {
      const { status, json } = await api.call(`/api/exercises/${EXERCISE_ID}/runs`);
      expect(status).toBe(200);
      expect(json.length).toBeGreaterThanOrEqual(2);
      expect(json[0].createdAt).toBeGreaterThanOrEqual(json[1].createdAt);
      expect(json[0]).toMatchObject({ cases: ['offen-1', 'verborgen-2'], totals: { results: 2 } });
      const [card] = (await api.call('/api/exercises')).json;
      expect(card.bestScore).toBe(Math.max(...json.map((r: { totals: { score: number } }) => r.totals.score)));
    });

    it('resumes with Last-Event-ID mid-run and gets exactly the missing events', async () => {
      const run = await start({ repeat: 10 });
      const complete = api.events(run.id);
      const firstPart = await api.events(run.id, { until: (m) => m.filter((x) => x.data).length >= 5 });
      const lastId = firstPart.filter((m) => m.data).at(-1)!.id!;
      expect((await api.call(`/api/runs/${run.id}`)).json.status).toBe('running');
      const rest = runEvents(await api.events(run.id, { headers: { 'Last-Event-ID': lastId } }));
      const all = runEvents(await complete);
      const missed = all.filter((e) => e.id > Number(lastId));
      // Every event after the last one it had, under the same id; of the text fragments, those of cases still
      // running when it came back (a finished case's result carries its whole text).
      expect(withoutDeltas(rest)).toEqual(withoutDeltas(missed));
      expectAscendingIds([...runEvents(firstPart), ...rest]);
      const outputs = new Map(
        missed.flatMap((e) => (e.type === 'case-finished' ? [[e.result.caseId, e.result.output]] : [])),
      );
      for (const delta of rest.filter((e) => e.type === 'delta'))
        expect(outputs.get(delta.caseId)).toContain(delta.text);
      // ?after does the same for clients that cannot send the header.
      const viaQuery = runEvents(await api.events(run.id, { query: `?after=${lastId}` }));
      expect(withoutDeltas(viaQuery)).toEqual(withoutDeltas(rest));
    });

    it('cancels a running run', async () => {
      const run = await start({ repeat: 20 });
      await api.events(run.id, { until: (m) => m.some((x) => x.event === 'case-finished') });
      const cancel = await api.post(`/api/runs/${run.id}/cancel`, undefined);
      expect(cancel.status).toBe(202);
      expect(cancel.json).toEqual({ status: 'cancelling' });
      const events = runEvents(await api.events(run.id));
      expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'cancelled' });
      expect(events.filter((e) => e.type === 'case-finished').length).toBeLessThan(80);
      expect((await api.call(`/api/runs/${run.id}`)).json.status).toBe('cancelled');
      const again = await api.post(`/api/runs/${run.id}/cancel`, undefined);
      expect(again.status).toBe(409);
      expect(again.json.error.field).toBe('id');
    });
  });
}
