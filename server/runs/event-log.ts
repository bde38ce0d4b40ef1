import type { CaseRef, RunEvent } from '../schema/run.ts';
import { nextTurn, type EventBatch, type EventFeed, type SequencedEvent } from './feed.ts';
import { pause } from './pause.ts';

const sameCase = (a: CaseRef, b: CaseRef) =>
  a.caseId === b.caseId && a.provider === b.provider && a.repeat === b.repeat;

/**
 * The events of one live run, kept in memory in order. Readers pull from their own position, so a slow
 * reader only falls behind in the log: it never holds up the run or the other readers.
 *
 * A finished case's text deltas are dropped: its `case-finished` carries the whole text, so a reader that comes
 * (back) later sees that text at once, and a log holds what is live, not every fragment. Ids stay as they were.
 */
export class EventLog implements EventFeed {
  private entries: SequencedEvent[] = [];
  private lastId = 0;
  private readonly waiting = new Set<() => void>();
  private finished = false;

  get closed(): boolean {
    return this.finished;
  }

  /** Adds an event; `run-finished` is the last one the log takes. */
  append(event: RunEvent): void {
    if (this.finished) return;
    if (event.type === 'case-finished') {
      this.entries = this.entries.filter((e) => e.event.type !== 'delta' || !sameCase(e.event, event.result));
    }
    this.entries.push({ id: ++this.lastId, event });
    if (event.type === 'run-finished') this.finished = true;
    for (const wake of this.waiting) wake();
    this.waiting.clear();
  }

  async read(after: number, waitMs: number, signal: AbortSignal): Promise<EventBatch> {
    if (after >= this.lastId && !this.finished) await this.wait(waitMs, signal);
    return { events: this.entries.slice(this.firstAfter(after)), done: this.finished };
  }

  /** The index of the first entry with an id above `after` (ids ascend). */
  private firstAfter(after: number): number {
    let [low, high] = [0, this.entries.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.entries[middle]!.id <= after) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Waits until an append wakes this reader (or the time is up). */
  private async wait(waitMs: number, signal: AbortSignal): Promise<void> {
    const { done, wake } = pause(waitMs, signal);
    this.waiting.add(wake);
    await done;
    this.waiting.delete(wake);
    // Deltas of one network chunk arrive one microtask apart: collect them into one batch. Other events go
    // out at once (a run's last events are followed by synchronous database work that would delay them).
    if (this.entries.at(-1)?.event.type === 'delta') await nextTurn();
  }
}
