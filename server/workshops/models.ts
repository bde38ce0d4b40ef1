import { splitProviderId } from '../providers/registry.ts';
import type { ProviderInfo } from '../providers/types.ts';
import type { WorkshopRecord } from '../store/records.ts';

type ModelRule = Pick<WorkshopRecord, 'models' | 'inHouseOnly'>;

/** Whether teams of the workshop may run `providerId`: on its list (if it has one) and in-house if it must be. */
export function modelAllowed(rule: ModelRule, providerId: string, providers: readonly ProviderInfo[]): boolean {
  if (rule.models && !rule.models.includes(providerId)) return false;
  if (!rule.inHouseOnly) return true;
  const { name } = splitProviderId(providerId);
  return providers.find((p) => p.name === name)?.inHouse === true;
}

/**
 * The providers as a team of the workshop sees them: only the allowed models (a listed model its provider does
 * not name, e.g. an Ollama model, is added), and providers left without a model are left out. Without a list, an
 * unavailable provider is left out too: a team can do nothing about a missing key. A listed one stays with its
 * reason, so that the team sees why a model the trainer chose does not run.
 */
export function providersForTeam(rule: ModelRule, providers: readonly ProviderInfo[]): ProviderInfo[] {
  return providers.flatMap((provider) => {
    if (rule.inHouseOnly && !provider.inHouse) return [];
    const listed = rule.models
      ?.filter((id) => splitProviderId(id).name === provider.name)
      .map((id) => splitProviderId(id).model);
    if (!listed) return provider.available && provider.models.length > 0 ? [provider] : [];
    const models = listed.map((id) => provider.models.find((m) => m.id === id) ?? { id, label: id });
    return models.length > 0 ? [{ ...provider, models }] : [];
  });
}
