import { splitProviderId } from '../providers/registry.ts';
import type { ProviderInfo } from '../providers/types.ts';
import type { DataGuardSettings } from '../schema/guard.ts';
import type { Pseudonymizer } from './pseudonymizer.ts';

/**
 * What decides, for every call to a provider, whether its text is pseudonymised first. The registry asks it on
 * each call, so no call reaches a model outside the house without one: runs, the judge, suggested cases, trials.
 */
export interface CallGuard {
  /** The run's pseudonymizer for a call to `provider`, or undefined: the text goes as it is. */
  shield(provider: Pick<ProviderInfo, 'inHouse'>): Promise<Pseudonymizer | undefined>;
}

/** Whether text to `provider` leaves the house as the guard sees it (in-house models count when it says so). */
const reachesOutside = (settings: DataGuardSettings, provider: Pick<ProviderInfo, 'inHouse'>): boolean =>
  !provider.inHouse || settings.in_house;

/** `reachesOutside` for a target named `<provider>:<model>`; a provider this server does not know counts as outside. */
export const targetReachesOutside = (
  settings: DataGuardSettings,
  providers: readonly Pick<ProviderInfo, 'name' | 'inHouse'>[],
  providerId: string,
): boolean =>
  reachesOutside(settings, providers.find((p) => p.name === splitProviderId(providerId).name) ?? { inHouse: false });

/** Whether the guard replaces personal data on its way to `provider`. `warn` and `off` send the text as it is. */
const guards = (settings: DataGuardSettings, provider: Pick<ProviderInfo, 'inHouse'>): boolean =>
  (settings.policy === 'pseudonymise' || settings.policy === 'block') && reachesOutside(settings, provider);

/** Text that goes out as it is: the attendee confirmed it (`warn`), or the guard is off. */
export const UNGUARDED: CallGuard = { shield: async () => undefined };

/**
 * One mapping for all calls that share it (a run's cases and judge calls; `block` keeps it as a safety net for
 * what the model itself writes). Its module, with the detectors' data, loads only when a call needs it.
 */
export function sharedGuard(
  settings: DataGuardSettings,
  seed: string,
): CallGuard & { pseudonymizer(): Promise<Pseudonymizer> } {
  let made: Promise<Pseudonymizer> | undefined;
  const pseudonymizer = () =>
    (made ??= import('./pseudonymizer.ts').then(({ createPseudonymizer }) =>
      createPseudonymizer({ replacement: settings.replacement, seed }),
    ));
  return {
    pseudonymizer,
    shield: async (provider) => (guards(settings, provider) ? pseudonymizer() : undefined),
  };
}

/** A fresh mapping for each call (a suggestion, a connection test): nothing links one call to the next. */
export const guardEachCall = (settings: DataGuardSettings): CallGuard => ({
  shield: (provider) => sharedGuard(settings, crypto.randomUUID()).shield(provider),
});

/** Loads the detectors and the name lists and runs them once, so that the first run does not wait for them. */
export const warmGuard = async (): Promise<void> => {
  const { createPseudonymizer } = await import('./pseudonymizer.ts');
  createPseudonymizer().protect('Sehr geehrte Frau Erika Muster, IBAN DE89 3704 0044 0532 0130 00, Tel. 030 901820');
};
