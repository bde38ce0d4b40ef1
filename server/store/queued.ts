import type { SqliteStore } from './sqlite.ts';

/** Writes that answer as soon as they are queued: the runner stores a run before its first call (see below). */
const QUEUED_WRITES = new Set(['createRun']);

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * A SQLite store that opens later: on `open()`, or at the first call that waits for an answer. Calls run in the order
 * they were made. `createRun` answers once it is queued, so that a run sends its first calls while the database opens
 * and migrates (the CLI: about 50 ms of CPU that would otherwise delay every call); if it fails, so does every call
 * after it. A database that cannot open fails the run at its first result, and the runner then stops.
 */
export function queuedStore(opening: () => Promise<SqliteStore>): { store: SqliteStore; open(): void } {
  let opened: Promise<SqliteStore> | undefined;
  let start!: () => void;
  const open = () => {
    opened ??= opening();
    start();
  };
  let last: Promise<SqliteStore> = new Promise<void>((resolve) => (start = resolve)).then(() => opened!);
  last.catch(() => {}); // the store failed to open: every call reports it

  const close = () =>
    opened?.then(
      (s) => s.close(),
      () => {},
    );
  /** Runs the store's method after the calls before it; a queued write answers at once (see above). */
  const call = (name: string, args: unknown[]): Promise<unknown> => {
    const before = last;
    const result = before.then((s) => (s[name as keyof SqliteStore] as Method)(...args));
    const next = () => opened!;
    if (QUEUED_WRITES.has(name)) {
      last = result.then(next); // fails what follows if it fails
      last.catch(() => {});
      result.catch(() => {}); // the next call reports it
      return Promise.resolve();
    }
    last = before.then(() => result.then(next, next)); // fails only itself
    last.catch(() => {});
    open();
    return result;
  };

  const store = new Proxy({} as SqliteStore, {
    get(_, name) {
      // Not a thenable, and nothing but the store's own methods.
      if (typeof name !== 'string' || name === 'then') return undefined;
      // Once the calls before it are done, failed or not; a store that never opened has nothing to close.
      if (name === 'close') return () => void last.then(close, close);
      return (...args: unknown[]) => call(name, args);
    },
  });
  return { store, open };
}
