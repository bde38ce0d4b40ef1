import type { RunEvent } from '../schema/run.ts';

/**
 * An event with its sequence number (the SSE `id`): 1-based within a run for run events, the log's id for
 * workshop events.
 */
export interface SequencedEvent<E extends { type: string } = RunEvent> {
  id: number;
  event: E;
}

export interface EventBatch<E extends { type: string } = RunEvent> {
  events: SequencedEvent<E>[];
  /** Nothing follows these events (the run has finished, the session has ended). */
  done: boolean;
}

/** Where a stream's events come from: a run's live log in this process, or the store. */
export interface EventFeed<E extends { type: string } = RunEvent> {
  /** The events after sequence number `after`; waits up to `waitMs` (or until `signal` aborts) for the first one. */
  read(after: number, waitMs: number, signal: AbortSignal): Promise<EventBatch<E>>;
}

/** What a reader of a run's events gets to see; undefined drops the event (e.g. deltas of hidden cases). */
export type EventView = (event: RunEvent) => RunEvent | undefined;

type Immediate = (callback: () => void) => unknown;
const setImmediateIfAny = (globalThis as { setImmediate?: Immediate }).setImmediate;

/** Who waits for a turn, first come first served. */
const turns: (() => void)[] = [];
const takeTurn = () => {
  turns.shift()!();
  if (turns.length > 0) setImmediateIfAny!(takeTurn);
};

/**
 * Resolves once the work already queued has run (Node: after pending I/O callbacks; elsewhere a zero
 * timeout). A reader woken by the first of a burst of events then takes the whole burst in one go.
 *
 * On Node one waiter goes on per turn of the event loop: hundreds of streams woken by one burst then write one
 * at a time, and requests that arrive meanwhile get in between instead of waiting behind all of them.
 */
export const nextTurn = (): Promise<void> =>
  new Promise((resolve) => {
    if (!setImmediateIfAny) setTimeout(resolve, 0);
    else if (turns.push(resolve) === 1) setImmediateIfAny(takeTurn);
  });
