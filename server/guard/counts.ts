import type { PiiKind } from '../pii/types.ts';
import type { RunGuard } from '../schema/guard.ts';

type Counts = RunGuard['replaced'];

/** Values by kind, added up into `into`. */
export function addCounts(into: Counts, more: Counts): Counts {
  for (const [kind, n] of Object.entries(more) as [PiiKind, number][]) into[kind] = (into[kind] ?? 0) + n;
  return into;
}
