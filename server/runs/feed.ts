import type { RunEvent } from '../schema/run.ts';

/** A run event with its 1-based sequence number within the run (the SSE `id`). */
export interface SequencedEvent {
  id: number;
  event: RunEvent;
}

export interface EventBatch {
  events: SequencedEvent[];
  /** Nothing follows these events: the run has finished and its last event is in this batch or an earlier one. */
  done: boolean;
}

/** Where a run's events come from: the live log of this process, or the store. */
export interface EventFeed {
  /** The events after sequence number `after`; waits up to `waitMs` (or until `signal` aborts) for the first one. */
  read(after: number, waitMs: number, signal: AbortSignal): Promise<EventBatch>;
}

/** What a reader of a run's events gets to see; undefined drops the event (e.g. deltas of hidden cases). */
export type EventView = (event: RunEvent) => RunEvent | undefined;

/**
 * Resolves after `ms`, when `signal` aborts, or when the returned wake function is called, whichever comes
 * first; never rejects (a reader that stops waiting just looks again).
 */
export function pause(ms: number, signal: AbortSignal): { done: Promise<void>; wake: () => void } {
  let wake = () => {};
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(() => wake(), ms);
    wake = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', wake);
      resolve();
    };
    signal.addEventListener('abort', wake, { once: true });
    if (signal.aborted) wake();
  });
  return { done, wake };
}

type Immediate = (callback: () => void) => unknown;
const setImmediateIfAny = (globalThis as { setImmediate?: Immediate }).setImmediate;

/**
 * Resolves once the work already queued has run (Node: after pending I/O callbacks; elsewhere a zero
 * timeout). A reader woken by the first of a burst of events then takes the whole burst in one go.
 */
export const nextTurn = (): Promise<void> =>
  new Promise((resolve) => (setImmediateIfAny ? setImmediateIfAny(resolve) : setTimeout(resolve, 0)));
