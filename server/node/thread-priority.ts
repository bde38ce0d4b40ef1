import { readdirSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/** Nice steps below the main thread: Linux's scheduler then gives the main thread about 3x their share of a core. */
const BELOW_MAIN = 5;

/**
 * Runs every other thread of the process below the main thread: the provider threads and V8's helpers (garbage
 * collection, compiling). The main thread answers the requests and writes the event streams; on a small machine the
 * others took its core in bursts, and a page waited (workshop benchmark, docs/scaling.md: its longest pause fell from
 * 141–242 ms to 93–159 ms).
 * Linux only, where a priority belongs to a thread; elsewhere it belongs to the whole process and this does nothing.
 * Call it from the main thread, again after a thread has started: a thread already that low stays as it is.
 */
export function yieldToMainThread(): void {
  if (process.platform !== 'linux') return;
  const target = Math.min(19, getPriority() + BELOW_MAIN);
  for (const tid of readdirSync('/proc/self/task').map(Number)) {
    if (tid === process.pid) continue;
    try {
      if (getPriority(tid) < target) setPriority(tid, target);
    } catch {
      // The thread ended meanwhile.
    }
  }
}
