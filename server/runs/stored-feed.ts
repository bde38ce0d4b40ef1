import type { RunEvent } from '../schema/run.ts';
import type { Store, StoredRun } from '../store/types.ts';
import type { EventFeed, EventView } from './feed.ts';
import { pause } from './pause.ts';

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
  let followed = false;
  return {
    async read(after, waitMs, signal) {
      const deadline = Date.now() + waitMs;
      for (;;) {
        const run = await store.getRun(runId);
        const events = run ? storedEvents(run).flatMap((e) => view(e) ?? []) : [];
        const done = run?.status !== 'running';
        // A client resuming a run that had finished before it came back had its ids from a live log, which numbers
        // deltas too: they say nothing about which results it has. It gets them all again (results are keyed by
        // case), numbered on from its own. A stream that followed the run here has this numbering already.
        const resumed = done && !followed && after > 0;
        followed = true;
        const fresh = (resumed ? events : events.slice(after)).map((event, i) => ({ id: after + i + 1, event }));
        const left = deadline - Date.now();
        if (fresh.length > 0 || done || signal.aborted || left <= 0) return { events: fresh, done };
        await pause(Math.min(pollMs, left), signal).done;
      }
    },
  };
}
