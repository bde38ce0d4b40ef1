import type { PiiKind } from '../pii/types.ts';
import type { RunGuard } from '../schema/guard.ts';

type Counts = RunGuard['replaced'];

/** Values by kind, added up into `into`. */
export function addCounts(into: Counts, more: Counts): Counts {
  for (const [kind, n] of Object.entries(more) as [PiiKind, number][]) into[kind] = (into[kind] ?? 0) + n;
  return into;
}

/** A team's runs together, for the trainer: how many values were replaced and how many sent on confirmation. */
export const addGuardCounts = (guards: readonly RunGuard[]): Pick<RunGuard, 'replaced' | 'confirmed'> => ({
  replaced: guards.reduce((sum, g) => addCounts(sum, g.replaced), {}),
  confirmed: guards.reduce((sum, g) => addCounts(sum, g.confirmed), {}),
});
