/**
 * Whose call is waiting: a run (`started` counts its calls that got a slot, the queue keeps it) of a group
 * (a team; the open sandbox and the CLI are one group). `opened` orders the runs of a group by age; `calls` is how
 * many calls the run plans (a judge's calls come on top, so `started` may pass it).
 */
export interface Lane {
  readonly group: string;
  readonly opened: number;
  readonly calls: number;
  started: number;
}

let lanesOpened = 0;

/** A new run's lane in `group`, younger than every lane opened before it. */
export const openLane = (group: string, calls: number): Lane => ({ group, opened: lanesOpened++, calls, started: 0 });

const left = (lane: Lane) => Math.max(0, lane.calls - lane.started);

/**
 * Whether `a` goes before `b` in their group: runs yet to start first, in the order they came; then the run with the
 * fewest calls left, the older one of two alike.
 */
function goesFirst(a: Lane, b: Lane): boolean {
  if ((a.started === 0) !== (b.started === 0)) return a.started === 0;
  if (a.started > 0 && left(a) !== left(b)) return left(a) < left(b);
  return a.opened < b.opened;
}

interface Waiter {
  lane: Lane;
  grant: () => void;
}

/**
 * The calls waiting for a provider, served fairly: groups take turns (round robin), so a team that presses
 * "Ausführen" waits for one call of each other waiting team, not for every call queued before it. Within a
 * group a run that has not started goes first, so every run shows a first result soon; after that the run closest
 * to its end goes first. A team's runs then end one after the other (runs alike in the order they were started)
 * instead of all together at the end, so each waits less on average and fewer runs, each with its event stream, are
 * alive at a time; a short run does not wait for a long one started before it.
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
