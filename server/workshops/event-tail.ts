import type { Audience, WorkshopEvent } from '../store/records.ts';
import type { WorkshopEventStore } from '../store/workshop-events.ts';

/** How many recent events a tail keeps; a reader further behind reads the store itself. */
const KEEP = 1000;
const PAGE = 500;

/** Whether `audience` may see an event published to `to`. */
export function visible(to: Audience, audience: Audience): boolean {
  if (audience.to === 'trainers' || to.to === 'all') return true;
  return audience.to === 'team' && to.to === 'team' && to.teamId === audience.teamId;
}

/**
 * The recent events of one workshop in this process, read from the store once for all of its live readers: a
 * publish wakes hundreds of streams, and each of them asking the store again would cost a query per reader.
 */
export class EventTail {
  private events: WorkshopEvent[] = [];
  /** Every event after `from` up to `last` is in `events`. */
  private from: number;
  private last: number;
  private fresh: Promise<void> = Promise.resolve();
  /** When the newest load (finished or still running) started, on `clock`. */
  private freshAsOf = -Infinity;
  readers = 0;

  constructor(
    private readonly store: WorkshopEventStore,
    private readonly workshopId: string,
    after: number,
    private readonly clock: () => number,
  ) {
    this.from = after;
    this.last = after;
  }

  /** Whether the tail holds everything after `after`. */
  covers(after: number): boolean {
    return after >= this.from;
  }

  /**
   * Waits until the tail holds what the store held at `asOf` or later: a load started since then is awaited,
   * else one more starts (after the one running, so that loads never overlap).
   */
  refresh(asOf: number): Promise<void> {
    if (this.freshAsOf >= asOf) return this.fresh;
    this.freshAsOf = this.clock();
    this.fresh = this.fresh.catch(() => {}).then(() => this.load());
    return this.fresh;
  }

  /** The events after `after` that `audience` may see, oldest first. */
  after(after: number, audience: Audience): WorkshopEvent[] {
    const start = this.events.findIndex((event) => event.id > after);
    if (start < 0) return [];
    return this.events.slice(start).filter((event) => visible(event.audience, audience));
  }

  private async load(): Promise<void> {
    for (;;) {
      const rows = await this.store.eventsAfter(this.workshopId, this.last, { to: 'trainers' }, PAGE);
      this.events.push(...rows);
      this.last = rows.at(-1)?.id ?? this.last;
      if (this.events.length > KEEP) {
        const dropped = this.events.splice(0, this.events.length - KEEP);
        this.from = dropped.at(-1)!.id;
      }
      if (rows.length < PAGE) return;
    }
  }
}
