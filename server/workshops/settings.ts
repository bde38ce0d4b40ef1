import type { Catalogue } from '../exercises/catalogue.ts';
import { ApiProblem } from '../http/errors.ts';
import { splitProviderId } from '../providers/registry.ts';
import type { ProviderInfo } from '../providers/types.ts';
import type { WorkshopCreate, WorkshopPatch } from '../schema/workshop.ts';
import type { WorkshopRecord } from '../store/records.ts';

type Settings = Omit<WorkshopRecord, 'id' | 'code' | 'createdAt'>;

/** The settings of a new workshop; `today` as YYYY-MM-DD. */
export const newWorkshopSettings = (input: WorkshopCreate, today: string): Settings => ({
  title: input.title,
  date: input.date ?? today,
  exercises: input.exercises,
  released: input.released ?? input.exercises,
  models: input.models ?? null,
  inHouseOnly: input.in_house_only,
  budgetEur: input.budget_eur,
  budgetTokens: input.budget_tokens,
  runsPerMinute: input.runs_per_minute,
  leaderboardVisible: input.leaderboard_visible,
  dataGuard: input.data_guard,
  dataGuardInHouse: input.data_guard_in_house,
  dataGuardReplacement: input.data_guard_replacement,
  joinOpen: true,
  locked: [],
  revealed: [],
  countdown: null,
  announcement: null,
  gallery: null,
  voting: null,
  library: null,
});

/** A change in the store's words: only what the patch names. */
export function settingsPatch(patch: WorkshopPatch): Partial<Settings> {
  const out: Partial<Settings> = {};
  const set = <K extends keyof Settings>(key: K, value: Settings[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('title', patch.title);
  set('date', patch.date);
  set('exercises', patch.exercises);
  set('released', patch.released);
  set('models', patch.models);
  set('inHouseOnly', patch.in_house_only);
  set('budgetEur', patch.budget_eur);
  set('budgetTokens', patch.budget_tokens);
  set('runsPerMinute', patch.runs_per_minute);
  set('leaderboardVisible', patch.leaderboard_visible);
  set('dataGuard', patch.data_guard);
  set('dataGuardInHouse', patch.data_guard_in_house);
  set('dataGuardReplacement', patch.data_guard_replacement);
  set('joinOpen', patch.join_open);
  return out;
}

/**
 * What zod cannot check alone: the exercises exist, the released ones are among them, and every model belongs
 * to a provider of this server (and to its model list, where the provider has one). 400 naming the entry.
 */
export function checkSettings(
  settings: Pick<Settings, 'exercises' | 'released' | 'models'>,
  catalogue: Catalogue,
  providers: readonly ProviderInfo[],
): void {
  const known = new Set(catalogue.exercises.map((e) => e.exercise.id));
  settings.exercises.forEach((id, i) => {
    if (!known.has(id)) throw new ApiProblem(400, `Die Übung "${id}" gibt es nicht.`, `exercises[${i}]`);
  });
  settings.released.forEach((id, i) => {
    if (!settings.exercises.includes(id)) {
      throw new ApiProblem(400, `Die Übung "${id}" ist nicht unter den Übungen des Workshops.`, `released[${i}]`);
    }
  });
  settings.models?.forEach((id, i) => {
    const { name, model } = splitProviderId(id);
    const provider = providers.find((p) => p.name === name);
    if (!provider) throw new ApiProblem(400, `Den Anbieter "${name}" gibt es hier nicht.`, `models[${i}]`);
    if (provider.models.length > 0 && !provider.models.some((m) => m.id === model)) {
      const listed = provider.models.map((m) => m.id).join(', ');
      throw new ApiProblem(400, `${provider.label} bietet "${model}" nicht an (vorhanden: ${listed}).`, `models[${i}]`);
    }
  });
}
