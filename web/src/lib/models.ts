import type { ProviderInfo } from '../api/types.ts';

const ids = (provider: ProviderInfo) => provider.models.map((model) => `${provider.name}:${model.id}`);

/** Models a new draft starts with: the first real model on offer, else the demo. */
export function defaultModels(providers: readonly ProviderInfo[]): string[] {
  const available = providers.filter((p) => p.available && p.models.length > 0);
  const first = available.find((p) => p.kind !== 'demo') ?? available[0];
  return first ? ids(first).slice(0, 1) : [];
}

/** The chosen models that are on offer right now; a draft keeps the others for later. */
export function runnableModels(providers: readonly ProviderInfo[], chosen: readonly string[]): string[] {
  const offered = new Set(providers.filter((p) => p.available).flatMap(ids));
  return chosen.filter((id) => offered.has(id));
}
