import type { LoadedExercise } from '../exercises/catalogue.ts';
import { splitProviderId } from '../providers/registry.ts';
import type { ProviderInfo } from '../providers/types.ts';
import { caseVars, planJobs, renderCasePrompt, selectCases } from '../runs/plan.ts';
import type { BudgetedCall, RunBudget } from '../runs/run-budget.ts';
import type { RunRequest } from '../schema/run.ts';
import type { SpendRecord, WorkshopRecord } from '../store/records.ts';
import type { WorkshopStore } from '../store/workshops.ts';

/**
 * Rough on purpose: German prose runs at about 4 characters per token in the common tokenizers, and an answer is
 * counted at its max_tokens, or at 800 tokens (a long letter) when the exercise sets none. Estimates only decide
 * whether to start; what counts is the cost each result books.
 */
const CHARS_PER_TOKEN = 4;
const DEFAULT_OUTPUT_TOKENS = 800;

type Limits = Pick<WorkshopRecord, 'budgetEur' | 'budgetTokens'>;

/** The cost of one call by estimate: EUR where the model has a price, tokens where it has none. */
export function estimateCall(call: BudgetedCall, providers: readonly ProviderInfo[]): SpendRecord {
  const { name, model } = splitProviderId(call.provider);
  const price = providers.find((p) => p.name === name)?.models.find((m) => m.id === model)?.price;
  const inputTokens = Math.ceil(((call.prompt.system ?? '').length + call.prompt.user.length) / CHARS_PER_TOKEN);
  const outputTokens = call.settings.max_tokens ?? DEFAULT_OUTPUT_TOKENS;
  if (!price) return { eur: 0, tokens: inputTokens + outputTokens };
  return { eur: (inputTokens * price.input + outputTokens * price.output) / 1_000_000, tokens: 0 };
}

/** Every call a run would make (cases × repeats × models), estimated. */
export function estimateRun(
  loaded: LoadedExercise,
  request: RunRequest,
  providers: readonly ProviderInfo[],
): SpendRecord {
  if (!loaded.fixture) return { eur: 0, tokens: 0 };
  const cases = selectCases(loaded.fixture, request.cases);
  return planJobs(cases, request).reduce(
    (sum, { testCase, target }) => {
      const prompt = renderCasePrompt(request.prompt, caseVars(loaded.exercise, testCase));
      const settings = { ...loaded.exercise.settings, ...target.settings };
      const call = estimateCall({ provider: target.provider, prompt, settings }, providers);
      return { eur: sum.eur + call.eur, tokens: sum.tokens + call.tokens };
    },
    { eur: 0, tokens: 0 },
  );
}

/** What is left of each limit after `spent` (null: no limit of that kind). */
export const remaining = (limits: Limits, spent: SpendRecord) => ({
  eur: limits.budgetEur === null ? null : Math.max(0, limits.budgetEur - spent.eur),
  tokens: limits.budgetTokens === null ? null : Math.max(0, limits.budgetTokens - spent.tokens),
});

/** Whether `cost` fits into what is left; a limit of null always fits. */
export function fits(limits: Limits, spent: SpendRecord, cost: SpendRecord): boolean {
  const left = remaining(limits, spent);
  return (left.eur === null || cost.eur <= left.eur + 1e-12) && (left.tokens === null || cost.tokens <= left.tokens);
}

export const hasLimits = (limits: Limits): boolean => limits.budgetEur !== null || limits.budgetTokens !== null;

const add = (a: SpendRecord, b: SpendRecord, sign = 1): SpendRecord => ({
  eur: a.eur + sign * b.eur,
  tokens: a.tokens + sign * b.tokens,
});

/**
 * The team's budget as one run sees it: before each call, what the team has booked so far (every run of the
 * team, in any process), what this run's calls in flight may still cost, and this call's estimate must fit.
 */
export function teamBudget(
  store: Pick<WorkshopStore, 'spend'>,
  teamId: string,
  limits: Limits,
  providers: () => readonly ProviderInfo[],
): RunBudget {
  let held: SpendRecord = { eur: 0, tokens: 0 };
  return {
    async reserve(call) {
      const spent = await store.spend(teamId);
      const cost = estimateCall(call, providers());
      // Read after the await: holds taken meanwhile by this run's other calls count.
      if (!fits(limits, add(spent, held), cost)) return undefined;
      held = add(held, cost);
      return { release: () => void (held = add(held, cost, -1)) };
    },
  };
}
