import type { ProviderInfo } from '../providers/types.ts';
import type { RunTarget } from '../schema/run.ts';
import type { Prompt } from '../schema/exercise.ts';
import type { DataGuardSettings, RunGuard } from '../schema/guard.ts';
import { sharedGuard, targetReachesOutside, UNGUARDED, type CallGuard } from './call-guard.ts';
import type { Pseudonymizer } from './pseudonymizer.ts';

/** How a run is guarded: the workshop's (or the sandbox's) settings, and what the attendee confirmed under `warn`. */
export interface RunGuardOptions {
  settings: DataGuardSettings;
  /** Under `warn`: the values by kind the attendee saw and chose to send as they are. */
  confirmed?: RunGuard['confirmed'];
}

/**
 * The guard of a run's calls and what it did to the prompts. Every case's prompt is protected once, in case
 * order, before anything is sent: so the counts are known when the run starts, and the same order gives the same
 * stand-ins again when the attendee asks to see what was sent (`sentPrompts`).
 */
export async function prepareRunGuard(
  options: RunGuardOptions | undefined,
  providers: readonly ProviderInfo[],
  targets: readonly RunTarget[],
  prompts: readonly Prompt[],
  runId: string,
): Promise<{ calls: CallGuard; summary?: RunGuard }> {
  if (!options) return { calls: UNGUARDED };
  const { settings } = options;
  if (settings.policy === 'off') return { calls: UNGUARDED };
  const base = { policy: settings.policy, replacement: settings.replacement, replaced: {}, confirmed: {} };
  // Under `warn` only what the attendee confirmed goes out as it is; unconfirmed calls are pseudonymised.
  if (settings.policy === 'warn' && options.confirmed) {
    return { calls: UNGUARDED, summary: { ...base, confirmed: options.confirmed } };
  }
  // The judge may be a cloud model even when every target runs in the house: the guard stays on for it.
  const calls = sharedGuard({ ...settings, policy: 'pseudonymise' }, runId);
  if (!targets.some(({ provider }) => targetReachesOutside(settings, providers, provider))) return { calls };
  const pseudonymizer = await calls.pseudonymizer();
  protectAll(pseudonymizer, prompts);
  return { calls, summary: { ...base, replaced: pseudonymizer.counts() } };
}

/** The prompts as a model outside the house received them, stand-ins as in the run. */
export async function sentPrompts(guard: RunGuard, prompts: readonly Prompt[], runId: string): Promise<Prompt[]> {
  const settings = { policy: guard.policy, replacement: guard.replacement, in_house: false };
  return protectAll(await sharedGuard(settings, runId).pseudonymizer(), prompts);
}

/**
 * Every prompt protected twice: the first pass learns all values (a surname found in a later case is then
 * replaced in an earlier one too), the second gives the texts exactly as each call will send them.
 */
function protectAll(pseudonymizer: Pseudonymizer, prompts: readonly Prompt[]): Prompt[] {
  const pass = () =>
    prompts.map(({ system, user }) => ({
      ...(system === undefined ? {} : { system: pseudonymizer.protect(system) }),
      user: pseudonymizer.protect(user),
    }));
  pass();
  return pass();
}
