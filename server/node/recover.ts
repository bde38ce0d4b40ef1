import type { Store } from '../store/types.ts';

/** The owner tag this process writes on its runs. */
export const processOwner = `node:${process.pid}`;

function isAlive(owner: string): boolean {
  const pid = Number(owner.replace(/^node:/, ''));
  // Our own pid on a run we have not started yet means a previous process that had the same pid.
  if (!Number.isInteger(pid) || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Marks runs whose process died mid-run as interrupted; their finished cases stay. Returns their ids. */
export async function recoverOrphanedRuns(store: Store, now: number): Promise<string[]> {
  const orphaned = (await store.runningRuns()).filter((r) => !isAlive(r.owner)).map((r) => r.id);
  await store.markInterrupted(orphaned, now);
  return orphaned;
}
