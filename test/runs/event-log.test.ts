import { describe, expect, it } from 'vitest';
import { EventLog } from '../../server/runs/event-log.ts';
import type { RunEvent } from '../../server/schema/run.ts';

const ref = (caseId: string) => ({ caseId, provider: 'demo:basis', repeat: 0 });
const delta = (caseId: string, text: string): RunEvent => ({ type: 'delta', ...ref(caseId), text });
const finished = (caseId: string, output: string) =>
  ({ type: 'case-finished', result: { ...ref(caseId), output } }) as unknown as RunEvent;
const types = (events: { event: RunEvent }[]) =>
  events.map(({ event }) => (event.type === 'delta' ? `delta ${event.caseId} ${event.text}` : event.type));

describe('a run event log', () => {
  it("drops a finished case's deltas, keeps every id, and gives a late reader the rest", async () => {
    const log = new EventLog();
    const signal = new AbortController().signal;
    log.append({ type: 'case-started', ...ref('a') }); // 1
    log.append({ type: 'case-started', ...ref('b') }); // 2
    log.append(delta('a', 'Sehr ')); // 3
    log.append(delta('b', 'Guten ')); // 4
    log.append(delta('a', 'geehrte')); // 5
    const early = await log.read(3, 0, signal); // a reader that saw the first fragment
    expect(types(early.events)).toEqual(['delta b Guten ', 'delta a geehrte']);
    log.append(finished('a', 'Sehr geehrte')); // 6

    const all = await log.read(0, 0, signal);
    expect(all.events.map(({ id }) => id)).toEqual([1, 2, 4, 6]);
    expect(types(all.events)).toEqual(['case-started', 'case-started', 'delta b Guten ', 'case-finished']);
    // Resuming inside the dropped fragments: what follows, with the whole text in the result.
    expect((await log.read(3, 0, signal)).events.map(({ id }) => id)).toEqual([4, 6]);
    expect((await log.read(5, 0, signal)).events.map(({ id }) => id)).toEqual([6]);

    log.append(delta('b', 'Tag')); // 7
    expect(types((await log.read(4, 0, signal)).events)).toEqual(['case-finished', 'delta b Tag']);
    log.append({ type: 'run-finished', runId: 'r', status: 'done', error: null }); // 8
    const last = await log.read(7, 0, signal);
    expect(last).toEqual({ events: [{ id: 8, event: expect.objectContaining({ type: 'run-finished' }) }], done: true });
  });

  it('wakes a waiting reader with the next event', async () => {
    const log = new EventLog();
    const reading = log.read(0, 10_000, new AbortController().signal);
    log.append({ type: 'case-started', ...ref('a') });
    expect((await reading).events).toHaveLength(1);
  });
});
