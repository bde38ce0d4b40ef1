import type { Context } from 'hono';
import type { Catalogue } from '../exercises/catalogue.ts';
import type { ProviderRegistry } from '../providers/registry.ts';
import type { RunManager } from '../runs/manager.ts';
import type { RunnerDeps } from '../runs/runner.ts';

/** Timings of live runs and their event streams; tests shorten them. */
export interface LiveTiming {
  /** A comment line this often keeps proxies from closing an idle event stream. */
  heartbeatMs: number;
  /** How often a run that is running in another process is looked up in the store. */
  pollMs: number;
  /** How long a finished run's event log stays in memory (afterwards its events come from the store). */
  keepFinishedMs: number;
}

export const DEFAULT_TIMING: LiveTiming = { heartbeatMs: 15_000, pollMs: 1_000, keepFinishedMs: 10 * 60_000 };

/** What the API is made of; the Node entry and a Workers entry each build these their own way. */
export interface AppDeps extends RunnerDeps {
  providers: ProviderRegistry;
  catalogue: Catalogue;
  /** Live runs of this process; created from the other deps when absent. Pass one to shut it down later. */
  runs?: RunManager;
  timing?: Partial<LiveTiming>;
  /**
   * Keeps a started run going after the response to its POST has gone out. Node needs nothing (the process
   * lives on); a Workers run host keeps its Durable Object alive with it.
   */
  defer?: (work: Promise<void>, c: Context) => void;
}

/** What route handlers get: the deps with the run manager and the timings filled in. */
export interface RouteDeps extends AppDeps {
  runs: RunManager;
  timing: LiveTiming;
}
