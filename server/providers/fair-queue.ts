/**
 * Whose call is waiting: a run (`started` counts its calls that got a slot, the queue keeps it) of a group
 * (a team; the open sandbox and the CLI are one group). `opened` orders the runs of a group by age.
 */
export interface Lane {
  readonly group: string;
  readonly opened: number;
  started: number;
}

let lanesOpened = 0;

/** A new run's lane in `group`, younger than every lane opened before it. */
export const openLane = (group: string): Lane => ({ group, opened: lanesOpened++, started: 0 });

/** Whether `a` goes before `b` in their group: a run yet to start first, then the older run. */
const goesFirst = (a: Lane, b: Lane): boolean =>
  (a.started === 0) !== (b.started === 0) ? a.started === 0 : a.opened < b.opened;

interface Waiter {
  lane: Lane;
  grant: () => void;
}

/**
 * The calls waiting for a provider, served fairly: groups take turns (round robin), so a team that presses
 * "Ausführen" waits for one call of each other waiting team, not for every call queued before it. Within a
 * group a run that has not started goes first, so every run shows a first result soon; after that the oldest run
 * goes first, so a team's runs end in the order they were started instead of all at once at the end (and fewer
 * runs, each with its event stream, are alive at a time).
 */
export class FairQueue {
  private readonly groups = new Map<string, Waiter[]>();
  /** Groups with waiters, in the order of their turns. */
  private readonly turns: string[] = [];

  get size(): number {
    let size = 0;
    for (const waiters of this.groups.values()) size += waiters.length;
    return size;
  }

  push(waiter: Waiter): void {
    const waiters = this.groups.get(waiter.lane.group);
    if (waiters) waiters.push(waiter);
    else {
      this.groups.set(waiter.lane.group, [waiter]);
      this.turns.push(waiter.lane.group);
    }
  }

  /** The next waiter by turn, counted as started in its lane; undefined when none waits. */
  shift(): Waiter | undefined {
    const group = this.turns.shift();
    if (group === undefined) return undefined;
    const waiters = this.groups.get(group)!;
    let pick = 0;
    for (let i = 1; i < waiters.length; i++) if (goesFirst(waiters[i]!.lane, waiters[pick]!.lane)) pick = i;
    const [waiter] = waiters.splice(pick, 1) as [Waiter];
    if (waiters.length > 0) this.turns.push(group);
    else this.groups.delete(group);
    waiter.lane.started++;
    return waiter;
  }

  /** Takes out a waiter that gave up (its call was cancelled). */
  remove(waiter: Waiter): void {
    const waiters = this.groups.get(waiter.lane.group);
    const index = waiters?.indexOf(waiter) ?? -1;
    if (index < 0) return;
    waiters!.splice(index, 1);
    if (waiters!.length > 0) return;
    this.groups.delete(waiter.lane.group);
    this.turns.splice(this.turns.indexOf(waiter.lane.group), 1);
  }
}
