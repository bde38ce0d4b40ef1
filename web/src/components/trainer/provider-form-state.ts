import type { ProviderSettingsInput, ProviderSettingsView } from '../../api/types.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { numberText, parseNumber } from './numbers.ts';

export type ProviderKind = ProviderSettingsInput['kind'];
type ProviderModel = ProviderSettingsView['models'][number];

/** One model as typed: prices stay text ("0,13") until saving. */
export interface ModelRow {
  id: string;
  label: string;
  input: string;
  output: string;
}

export interface ProviderFormState {
  /** The name in model ids (`<name>:<model>`); typed only for a new OpenAI-compatible service. */
  name: string;
  label: string;
  baseUrl: string;
  host: string;
  inHouse: boolean;
  models: ModelRow[];
  /** A new key; never filled from the server, which never sends one. */
  apiKey: string;
  removeKey: boolean;
}

export const emptyModelRow = (): ModelRow => ({ id: '', label: '', input: '', output: '' });

const rowOf = (model: ProviderModel): ModelRow => ({
  id: model.id,
  label: model.label ?? '',
  input: numberText(model.price?.input, true),
  output: numberText(model.price?.output, true),
});

/** The form for a provider as it is now, or for a new one of `kind`. */
export function providerForm(kind: ProviderKind, view: ProviderSettingsView | undefined): ProviderFormState {
  return {
    name: view?.name ?? (kind === 'compatible' ? '' : kind),
    label: view?.label ?? '',
    baseUrl: view?.base_url ?? '',
    host: view?.host ?? '',
    // Ollama usually runs on the administration's own servers; a cloud service usually does not.
    inHouse: view?.in_house ?? kind === 'ollama',
    models: view?.models.length ? view.models.map(rowOf) : [emptyModelRow()],
    apiKey: '',
    removeKey: false,
  };
}

const PRICE = { decimals: 6, min: 0, max: 100_000, example: '0,13' };

/** The model list to send; rows left entirely empty are ignored. */
function modelsOf(rows: ModelRow[], errors: Map<string, string>): ProviderModel[] {
  const models: ProviderModel[] = [];
  rows.forEach((row, i) => {
    if (!row.id.trim() && !row.label.trim() && !row.input.trim() && !row.output.trim()) return;
    const at = `models[${i}]`;
    if (!row.id.trim()) errors.set(`${at}.id`, 'Bitte geben Sie die Modell-ID an, z. B. mistral-small.');
    const price = (side: 'input' | 'output') => {
      const parsed = parseNumber(row[side], PRICE);
      if (parsed.ok) return parsed.value;
      errors.set(`${at}.price.${side}`, parsed.error);
      return null;
    };
    const [input, output] = [price('input'), price('output')];
    if (
      (input === null) !== (output === null) &&
      !errors.has(`${at}.price.input`) &&
      !errors.has(`${at}.price.output`)
    ) {
      errors.set(`${at}.price.${input === null ? 'input' : 'output'}`, 'Bitte beide Preise angeben oder keinen.');
    }
    models.push({
      id: row.id.trim(),
      ...(row.label.trim() ? { label: row.label.trim() } : {}),
      ...(input !== null && output !== null ? { price: { input, output } } : {}),
    });
  });
  return models;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings to send, or what to fix first. OpenAI and Anthropic have built-in labels and models: those are
 * sent when stored settings exist already (a PUT replaces them) or when they were changed.
 */
export function providerInput(
  kind: ProviderKind,
  state: ProviderFormState,
  view: ProviderSettingsView | undefined,
): { input: ProviderSettingsInput; errors: FieldErrors } {
  const errors = new Map<string, string>();
  const models = modelsOf(state.models, errors);
  const label = state.label.trim();
  const apiKey = state.removeKey ? null : state.apiKey.trim() || undefined;
  const needsModels = kind === 'ollama' || kind === 'compatible';
  if (needsModels && models.length === 0 && errors.size === 0) {
    errors.set('models', 'Bitte tragen Sie mindestens ein Modell ein.');
  }
  if (kind === 'compatible' && !/^[a-z0-9][a-z0-9_-]*$/.test(state.name)) {
    errors.set('name', 'Bitte nur Kleinbuchstaben, Ziffern, „-“ und „_“ verwenden, z. B. eu-cloud.');
  }
  if (kind === 'compatible' && !label) errors.set('label', 'Bitte geben Sie eine Bezeichnung an.');
  if (kind === 'compatible' && !state.baseUrl.trim()) errors.set('base_url', 'Bitte geben Sie die Adresse an.');
  if (kind === 'ollama' && !state.host.trim()) errors.set('host', 'Bitte geben Sie die Adresse des Ollama-Servers an.');
  const keep = <T>(current: T, initial: T) => (view?.stored || !same(current, initial) ? current : undefined);
  switch (kind) {
    case 'openai':
    case 'anthropic': {
      const initial = providerForm(kind, view);
      const chosen = keep(models, modelsOf(initial.models, new Map()));
      return {
        input: {
          kind,
          label: label ? keep(label, initial.label) : undefined,
          models: chosen?.length ? chosen : undefined,
          api_key: apiKey,
        },
        errors,
      };
    }
    case 'ollama':
      return {
        input: { kind, label: label || undefined, host: state.host.trim(), in_house: state.inHouse, models },
        errors,
      };
    case 'compatible':
      return {
        input: { kind, label, base_url: state.baseUrl.trim(), in_house: state.inHouse, models, api_key: apiKey },
        errors,
      };
  }
}

/** How the summary names a field, including one of a model's ("Modell 2: Preis Eingabe"). */
export function providerFieldLabel(field: string): string {
  const model = /^models\[(\d+)\]\.(.+)$/.exec(field);
  if (model) return `Modell ${Number(model[1]) + 1}: ${MODEL_FIELDS[model[2]!] ?? model[2]}`;
  return FIELDS[field] ?? field;
}

const FIELDS: Record<string, string> = {
  name: 'Name',
  label: 'Bezeichnung',
  base_url: 'Basis-Adresse',
  host: 'Adresse des Ollama-Servers',
  in_house: 'Daten bleiben im Haus',
  models: 'Modelle',
  api_key: 'API-Schlüssel',
};

export const MODEL_FIELDS: Record<string, string> = {
  id: 'Modell-ID',
  label: 'Bezeichnung',
  'price.input': 'Preis Eingabe',
  'price.output': 'Preis Ausgabe',
};

/** Where an API error's field is shown: a model's own field, else the model list, else the named field. */
export function placeProviderField(field: string): string {
  const model = /^models\[\d+\]\.(.+)$/.exec(field);
  if (model) return model[1]! in MODEL_FIELDS ? field : 'models';
  if (field.startsWith('models')) return 'models';
  return field in FIELDS ? field : '';
}
