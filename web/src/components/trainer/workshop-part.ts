import type { WorkshopLiveEvent } from '../../api/types.ts';

/** The workshop as one answer brought it, and how many of its announced changes that answer includes. */
export interface WorkshopRead<T> {
  value: T;
  asOf: number;
}

/**
 * The workshop beside a live view's own data (title, round, settings). Only `workshop-changed` changes those, so the
 * view reads it again after that event and on a full reload, not after every run that starts or ends: in a busy
 * workshop those come several times a second, and each read of the workshop costs the server its teams' figures too.
 */
export class WorkshopPart<T> {
  /** Changes announced so far; a full reload counts as one. */
  private changes = 0;
  private shown?: WorkshopRead<T>;

  constructor(private readonly load: () => Promise<T>) {}

  /** Takes in a live event the view sees (before its reload). */
  note(event: WorkshopLiveEvent): void {
    if (event.type === 'workshop-changed') this.changes++;
  }

  /**
   * The workshop for a reload: the one that shows if no change was announced since it was read, else read anew.
   * Counting, not a flag: an answer still on its way when a change comes does not make the change look seen.
   */
  async read(full: boolean): Promise<WorkshopRead<T>> {
    if (full) this.changes++;
    const asOf = this.changes;
    if (this.shown && this.shown.asOf >= asOf) return this.shown;
    return { value: await this.load(), asOf };
  }

  /** Keeps what a shown answer brought; returns the workshop. */
  show(read: WorkshopRead<T>): T {
    this.shown = read;
    return read.value;
  }
}
