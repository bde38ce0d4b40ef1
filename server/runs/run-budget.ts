import type { Settings } from '../schema/exercise.ts';

/** One provider call as the budget sees it before it is made. */
export interface BudgetedCall {
  provider: string;
  prompt: { system?: string; user: string };
  settings: Settings;
}

/** A spending limit over the run's calls (a team's budget in a workshop). */
export interface RunBudget {
  /**
   * Asked before each call: a hold on the call's estimated cost, released once its result (with the actual cost)
   * is stored; undefined when the budget cannot pay for it: the run stops, and the cases not sent are skipped.
   */
  reserve(call: BudgetedCall): Promise<{ release(): void } | undefined>;
}
