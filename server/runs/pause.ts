/** A reader's pause: resolves at `deadline` (ms, Date.now), on abort or when woken, whichever comes first. */
interface Sleep {
  deadline: number;
  resolve: () => void;
}

type Timer = ReturnType<typeof setTimeout> & { ref?(): unknown; unref?(): unknown };

/**
 * The pauses of everyone waiting on one abort signal (in practice: one event stream, which reads again after every
 * batch, a few times a second while a run streams). One abort listener for the signal's life and one timer, moved
 * only when a pause must end before it rings: a pause that ends early, as nearly all do, leaves no timer or listener
 * of its own behind. With a timer and a listener of their own, the pauses of a 300-person workshop made a sixth of
 * the garbage that outlived the young generation (sampled in `npm run bench -- workshop`).
 */
class Sleeper {
  private readonly sleeps = new Set<Sleep>();
  private timer: Timer | undefined;
  /** When the timer rings (Date.now); Infinity without one. */
  private ringsAt = Infinity;

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => this.ring(Infinity), { once: true });
  }

  sleep(ms: number): { done: Promise<void>; wake: () => void } {
    let resolve = () => {};
    const done = new Promise<void>((r) => (resolve = r));
    const sleep = { deadline: Date.now() + ms, resolve };
    this.sleeps.add(sleep);
    if (this.signal.aborted) this.ring(Infinity);
    else if (sleep.deadline < this.ringsAt) this.arm(sleep.deadline);
    // A pending pause keeps Node running, as a timer of its own would; a timer left for no pause does not.
    else this.timer?.ref?.();
    return { done, wake: () => this.end(sleep) };
  }

  private end(sleep: Sleep): void {
    if (!this.sleeps.delete(sleep)) return;
    sleep.resolve();
    if (this.sleeps.size === 0) this.timer?.unref?.();
  }

  /** Ends every pause due by `now`, then sets the timer for the next one. */
  private ring(now: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.ringsAt = Infinity;
    let next = Infinity;
    for (const sleep of this.sleeps) {
      if (sleep.deadline <= now) this.end(sleep);
      else next = Math.min(next, sleep.deadline);
    }
    if (next < Infinity) this.arm(next);
  }

  private arm(at: number): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.ringsAt = at;
    this.timer = setTimeout(() => this.ring(Date.now()), Math.max(0, at - Date.now()));
  }
}

const sleepers = new WeakMap<AbortSignal, Sleeper>();

/**
 * Resolves after `ms`, when `signal` aborts, or when the returned wake function is called, whichever comes
 * first; never rejects (a reader that stops waiting just looks again).
 */
export function pause(ms: number, signal: AbortSignal): { done: Promise<void>; wake: () => void } {
  let sleeper = sleepers.get(signal);
  if (!sleeper) sleepers.set(signal, (sleeper = new Sleeper(signal)));
  return sleeper.sleep(ms);
}
