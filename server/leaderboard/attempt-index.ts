import type { AttemptRun } from '../store/entries.ts';
import type { Store } from '../store/types.ts';

type IndexStore = Pick<Store, 'attemptRuns' | 'attemptRunsById' | 'eventsAfter' | 'lastEventId'>;

/** The workshop events that follow every change of an attempt: its start and its end. */
const RUN_EVENTS = ['run-started', 'run-finished'];
/** Events read per catch-up; a reader further behind reads the workshop whole again. */
const PAGE = 500;
/**
 * The whole workshop is read again at least this often: a run whose end went out without its event (the process
 * died between the two, a cut-off run marked interrupted) shows as it is after this long at the latest.
 */
export const FULL_READ_MS = 60_000;

const byStart = (a: AttemptRun, b: AttemptRun) => a.createdAt - b.createdAt || (a.run < b.run ? -1 : 1);

/**
 * The attempts of one workshop, kept up to date from its event log: every start and end of a run is followed by an
 * event, so a live board reads the runs named in the events since its last look, not the workshop's whole history
 * (on Workers, D1 rows read; on Node, the main thread's time). Works across processes and isolates, as the events
 * and runs come from the store.
 */
export class AttemptIndex {
  private readonly runs = new Map<string, AttemptRun>();
  private list: AttemptRun[] = [];
  private sorted = true;
  /** The newest workshop event the index has caught up with. */
  private seen = 0;
  private readAt = -Infinity;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: IndexStore,
    private readonly workshopId: string,
    private readonly clock: () => number,
  ) {}

  /** The workshop's attempts (teams' runs, running ones too) as the store holds them now, oldest first. */
  attempts(): Promise<AttemptRun[]> {
    // One catch-up at a time: two overlapping ones would read the same events twice.
    const next = this.queue.catch(() => {}).then(() => this.catchUp());
    this.queue = next;
    return next;
  }

  private async catchUp(): Promise<AttemptRun[]> {
    if (this.clock() - this.readAt >= FULL_READ_MS) await this.readAll();
    else {
      const events = await this.store.eventsAfter(this.workshopId, this.seen, { to: 'trainers' }, PAGE);
      if (events.length === PAGE) await this.readAll();
      else {
        const changed = new Set(events.flatMap((e) => (RUN_EVENTS.includes(e.type) ? [String(e.data.run)] : [])));
        // A run's events come after its rows are written, so what is read now is at least as new as the event.
        for (const run of await this.store.attemptRunsById([...changed])) this.put(run);
        this.seen = events.at(-1)?.id ?? this.seen;
      }
    }
    if (!this.sorted) this.list.sort(byStart);
    this.sorted = true;
    // A copy: the next catch-up changes the list while a caller may still be reading it.
    return [...this.list];
  }

  private async readAll(): Promise<void> {
    // The event id first: whatever happens while the runs are read is applied again on the next catch-up.
    const seen = await this.store.lastEventId(this.workshopId);
    const runs = await this.store.attemptRuns(this.workshopId);
    this.runs.clear();
    for (const run of runs) this.runs.set(run.run, run);
    this.list = runs;
    this.sorted = true;
    this.seen = seen;
    this.readAt = this.clock();
  }

  private put(run: AttemptRun): void {
    const known = this.runs.get(run.run);
    this.runs.set(run.run, run);
    if (known) this.list[this.list.indexOf(known)] = run;
    else {
      this.list.push(run);
      this.sorted = false;
    }
  }
}

/** One index per workshop, made on first use. */
export function createAttemptIndexes(store: IndexStore, clock: () => number) {
  const indexes = new Map<string, AttemptIndex>();
  return (workshopId: string): AttemptIndex =>
    indexes.get(workshopId) ?? indexes.set(workshopId, new AttemptIndex(store, workshopId, clock)).get(workshopId)!;
}
