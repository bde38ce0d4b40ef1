import type { ProviderInfo, Workshop, WorkshopCreateInput } from '../../api/types.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { today, type DataGuard, type DataGuardReplacement } from './labels.ts';
import { numberText, parseNumber } from './numbers.ts';

/** Everything the workshop form holds, as typed (numbers stay text until saving, so "2,5" survives a reload). */
export interface WorkshopFormState {
  title: string;
  date: string;
  exercises: string[];
  released: string[];
  /** null: every available model. */
  models: string[] | null;
  inHouseOnly: boolean;
  budgetEur: string;
  budgetTokens: string;
  runsPerMinute: string;
  leaderboardVisible: boolean;
  dataGuard: DataGuard;
  /** The guard applies to in-house models too. */
  dataGuardInHouse: boolean;
  dataGuardReplacement: DataGuardReplacement;
}

/** The form's fields by their API names, as the error summary names them. */
export const FIELD_LABELS: Readonly<Record<string, string>> = {
  title: 'Titel',
  date: 'Datum',
  exercises: 'Übungen',
  models: 'Modelle',
  in_house_only: 'Nur Modelle im Haus',
  budget_eur: 'Budget je Team in Euro',
  budget_tokens: 'Token-Budget je Team',
  runs_per_minute: 'Läufe pro Minute je Team',
  leaderboard_visible: 'Rangliste',
  data_guard: 'Datenschutz',
  data_guard_replacement: 'Ersetzen durch',
  data_guard_in_house: 'Datenschutz auch bei Modellen im Haus',
};

/** Where an API error's field is shown: `exercises[2]` and `released[0]` at the exercises, `models[1]` at the models. */
export function placeField(field: string): string {
  const base = field.replace(/[[.].*$/, '');
  const key = base === 'released' ? 'exercises' : base;
  return key in FIELD_LABELS ? key : '';
}

export const newWorkshopForm = (): WorkshopFormState => ({
  title: '',
  date: today(),
  exercises: [],
  released: [],
  models: null,
  inHouseOnly: false,
  budgetEur: '',
  budgetTokens: '',
  runsPerMinute: '10',
  leaderboardVisible: true,
  dataGuard: 'pseudonymise',
  dataGuardInHouse: false,
  dataGuardReplacement: 'placeholder',
});

export const workshopForm = (w: Workshop): WorkshopFormState => ({
  title: w.title,
  date: w.date,
  exercises: [...w.exercises],
  released: [...w.released],
  models: w.models && [...w.models],
  inHouseOnly: w.in_house_only,
  budgetEur: numberText(w.budget_eur, true),
  budgetTokens: numberText(w.budget_tokens),
  runsPerMinute: numberText(w.runs_per_minute),
  leaderboardVisible: w.leaderboard_visible,
  dataGuard: w.data_guard,
  dataGuardInHouse: w.data_guard_in_house,
  dataGuardReplacement: w.data_guard_replacement,
});

const isInHouse = (providers: readonly ProviderInfo[], id: string) =>
  providers.find((p) => id.startsWith(`${p.name}:`))?.inHouse === true;

/** The settings to send, or what to fix first (the obvious checks; the server checks the rest). */
export function workshopInput(
  state: WorkshopFormState,
  providers: readonly ProviderInfo[],
): { input: WorkshopCreateInput; errors: FieldErrors } {
  const errors = new Map<string, string>();
  if (!state.title.trim()) errors.set('title', 'Bitte geben Sie einen Titel ein.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(state.date)) errors.set('date', 'Bitte wählen Sie ein Datum.');
  if (state.exercises.length === 0) errors.set('exercises', 'Bitte wählen Sie mindestens eine Übung.');
  // With "only in-house" on, models of other providers would never be offered: they are not sent.
  const models = state.models?.filter((id) => !state.inHouseOnly || isInHouse(providers, id)) ?? null;
  if (models?.length === 0) {
    errors.set('models', `Bitte wählen Sie mindestens ein Modell${state.inHouseOnly ? ' im Haus' : ''}.`);
  }
  const number = (field: string, text: string, rule: Parameters<typeof parseNumber>[1]) => {
    const parsed = parseNumber(text, rule);
    if (parsed.ok) return parsed.value;
    errors.set(field, parsed.error);
    return null;
  };
  const input: WorkshopCreateInput = {
    title: state.title.trim(),
    date: state.date,
    exercises: state.exercises,
    released: state.released.filter((id) => state.exercises.includes(id)),
    models,
    in_house_only: state.inHouseOnly,
    budget_eur: number('budget_eur', state.budgetEur, { decimals: 2, min: 0, max: 100_000, example: '2,50' }),
    budget_tokens: number('budget_tokens', state.budgetTokens, {
      decimals: 0,
      min: 0,
      max: 1_000_000_000,
      example: '200000',
    }),
    runs_per_minute: number('runs_per_minute', state.runsPerMinute, { decimals: 0, min: 1, max: 600, example: '10' }),
    leaderboard_visible: state.leaderboardVisible,
    data_guard: state.dataGuard,
    data_guard_in_house: state.dataGuardInHouse,
    data_guard_replacement: state.dataGuardReplacement,
  };
  return { input, errors };
}
