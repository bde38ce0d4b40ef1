import type { RunEvent } from '../schema/run.ts';
import type { Store, StoredRun } from '../store/types.ts';
import { pause, type EventFeed, type EventView } from './feed.ts';

/** The events a stored run stands for: its start, one per finished case, and its end once it has one. */
function storedEvents(run: StoredRun): RunEvent[] {
  const { results, space: _space, ...record } = run;
  return [
    { type: 'run-started', run: record },
    ...results.map((result): RunEvent => ({ type: 'case-finished', result })),
    ...(run.status === 'running'
      ? []
      : [{ type: 'run-finished', runId: run.id, status: run.status, error: run.error } satisfies RunEvent]),
  ];
}

/**
 * The events of a run that is not live in this process: finished long ago, or running in another process
 * or isolate. While it is running elsewhere, the store is polled every `pollMs` (no deltas then).
 */
export function storedFeed(store: Store, runId: string, view: EventView, pollMs: number): EventFeed {
  return {
    async read(after, waitMs, signal) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const run = await store.getRun(runId);
        const events = run ? storedEvents(run).flatMap((e) => view(e) ?? []) : [];
        const done = run?.status !== 'running';
        const fresh = events.slice(after).map((event, i) => ({ id: after + i + 1, event }));
        const left = deadline - Date.now();
        if (fresh.length > 0 || done || signal.aborted || left <= 0) return { events: fresh, done };
        await pause(Math.min(pollMs, left), signal).done;
      }
    },
  };
}
