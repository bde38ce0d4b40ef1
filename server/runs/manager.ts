import type { LoadedExercise } from '../exercises/catalogue.ts';
import type { RunEvent, RunRecord, RunRequest, RunStatus } from '../schema/run.ts';
import { EventLog } from './event-log.ts';
import type { EventFeed, EventView } from './feed.ts';
import { startRun, type RunHandle, type RunnerDeps, type RunOptions } from './runner.ts';

interface LiveRun {
  log: EventLog;
  /** Set once startRun has returned (events may arrive before that). */
  handle?: RunHandle;
}

export type CancelOutcome = 'cancelling' | 'finished' | 'not-live';

export interface StartedRun {
  run: RunRecord;
  /** Resolves (never rejects) with the final status once the run has stored its end: what Workers keep alive. */
  settled: Promise<RunStatus>;
}

export interface RunManager {
  /** Starts a run with live deltas; every event goes through `view` before it is kept for readers. */
  start(
    loaded: LoadedExercise,
    request: RunRequest,
    view: EventView,
    options?: Pick<RunOptions, 'space' | 'budget' | 'guard'>,
  ): Promise<StartedRun>;
  /** The live event log of a run started in this process, while it is kept. */
  feed(runId: string): EventFeed | undefined;
  cancel(runId: string): CancelOutcome;
  /** Cancels every running run and waits until each has stored its end. */
  shutdown(): Promise<void>;
}

export interface RunManagerOptions {
  /** How long a finished run's log stays in memory. */
  keepFinishedMs: number;
  /** Calls in flight per run. */
  concurrency?: number;
  /** Told about a run that failed outside the runner's own handling (a broken store). */
  onFault?: (err: unknown, runId: string) => void;
}

/** Keeps the runs started in this process: their event logs for live views and resumes, and their handles. */
export function createRunManager(deps: RunnerDeps, options: RunManagerOptions): RunManager {
  const live = new Map<string, LiveRun>();
  /** Finished runs in the order they finished, with the time: the oldest are forgotten first. */
  const finished = new Map<string, number>();

  // Finished logs are forgotten lazily, on the next use of the manager: no timers to clean up on any runtime.
  const forgetOld = () => {
    const cutoff = deps.now() - options.keepFinishedMs;
    for (const [id, at] of finished) {
      if (at > cutoff) break;
      finished.delete(id);
      live.delete(id);
    }
  };
  const markFinished = (id: string) => finished.set(id, deps.now());

  return {
    async start(loaded, request, view, runOptions = {}) {
      forgetOld();
      let entry: LiveRun | undefined;
      const onEvent = (event: RunEvent) => {
        if (event.type === 'run-started') {
          entry = { log: new EventLog() };
          live.set(event.run.id, entry);
        }
        const shown = view(event);
        if (shown) entry?.log.append(shown);
        if (event.type === 'run-finished' && entry) markFinished(event.runId);
      };
      const handle = await startRun(deps, loaded, request, {
        ...runOptions,
        deltas: true,
        oneWaiting: true,
        onEvent,
        concurrency: options.concurrency,
      });
      const started = entry as LiveRun | undefined;
      if (started) started.handle = handle;
      const settled = handle.done.then(
        (record): RunStatus => record.status,
        (err: unknown): RunStatus => {
          options.onFault?.(err, handle.run.id);
          // Readers must not wait for an end that will never come.
          const error = 'Der Lauf wurde wegen eines internen Fehlers beendet.';
          if (started && !started.log.closed) {
            started.log.append({ type: 'run-finished', runId: handle.run.id, status: 'failed', error });
            markFinished(handle.run.id);
          }
          return 'failed';
        },
      );
      return { run: handle.run, settled };
    },

    feed(runId) {
      forgetOld();
      return live.get(runId)?.log;
    },

    cancel(runId) {
      forgetOld();
      const run = live.get(runId);
      if (!run) return 'not-live';
      if (run.log.closed) return 'finished';
      run.handle?.cancel();
      return 'cancelling';
    },

    async shutdown() {
      const running = [...live.values()].filter((run) => !run.log.closed);
      for (const run of running) run.handle?.cancel();
      await Promise.allSettled(running.map((run) => run.handle?.done));
    },
  };
}
