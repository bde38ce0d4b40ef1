import type { RunEvent } from '../schema/run.ts';
import { nextTurn, pause, type EventBatch, type EventFeed } from './feed.ts';

/**
 * The events of one live run, kept in memory in order. Readers pull from their own position, so a slow
 * reader only falls behind in the log: it never holds up the run or the other readers.
 */
export class EventLog implements EventFeed {
  private readonly events: RunEvent[] = [];
  private readonly waiting = new Set<() => void>();
  private finished = false;

  get closed(): boolean {
    return this.finished;
  }

  /** Adds an event; `run-finished` is the last one the log takes. */
  append(event: RunEvent): void {
    if (this.finished) return;
    this.events.push(event);
    if (event.type === 'run-finished') this.finished = true;
    for (const wake of this.waiting) wake();
    this.waiting.clear();
  }

  async read(after: number, waitMs: number, signal: AbortSignal): Promise<EventBatch> {
    if (after >= this.events.length && !this.finished) await this.wait(waitMs, signal);
    const events = this.events.slice(after).map((event, i) => ({ id: after + i + 1, event }));
    return { events, done: this.finished };
  }

  /** Waits until an append wakes this reader (or the time is up). */
  private async wait(waitMs: number, signal: AbortSignal): Promise<void> {
    const { done, wake } = pause(waitMs, signal);
    this.waiting.add(wake);
    await done;
    this.waiting.delete(wake);
    // Deltas of one network chunk arrive one microtask apart: collect them into one batch. Other events go
    // out at once (a run's last events are followed by synchronous database work that would delay them).
    if (this.events.at(-1)?.type === 'delta') await nextTurn();
  }
}
