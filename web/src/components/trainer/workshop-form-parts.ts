import { html, nothing } from 'lit';
import { describedBy, fieldError, type FieldErrors } from '../forms/field-errors.ts';
import { checkField, textField } from '../forms/fields.ts';
import { DATA_GUARD, DATA_GUARD_REPLACEMENT } from './labels.ts';
import type { WorkshopFormState } from './workshop-form-state.ts';

type Update = (part: Partial<WorkshopFormState>) => void;

/** Budget, token budget and pace per team: empty means no limit. */
export function limitsFieldset(state: WorkshopFormState, errors: FieldErrors, update: Update) {
  return html`<fieldset class="group">
    <legend>Grenzen je Team</legend>
    <p class="hint">Ein leeres Feld bedeutet: unbegrenzt.</p>
    ${textField(errors, {
      field: 'budget_eur',
      label: 'Budget je Team in Euro',
      hint: 'Was die Läufe eines Teams bei Modellen mit Preis höchstens kosten dürfen, z. B. 2,50.',
      value: state.budgetEur,
      inputmode: 'decimal',
      short: true,
      autocomplete: 'off',
      onInput: (budgetEur) => update({ budgetEur }),
    })}
    ${textField(errors, {
      field: 'budget_tokens',
      label: 'Token-Budget je Team',
      hint: 'Für Modelle ohne Preis (etwa im eigenen Haus): höchstens so viele Tokens, z. B. 200000.',
      value: state.budgetTokens,
      inputmode: 'numeric',
      short: true,
      autocomplete: 'off',
      onInput: (budgetTokens) => update({ budgetTokens }),
    })}
    ${textField(errors, {
      field: 'runs_per_minute',
      label: 'Läufe pro Minute je Team',
      hint: 'Bremst zu schnelles Ausprobieren; 10 ist ein guter Wert.',
      value: state.runsPerMinute,
      inputmode: 'numeric',
      short: true,
      autocomplete: 'off',
      onInput: (runsPerMinute) => update({ runsPerMinute }),
    })}
  </fieldset>`;
}

export function leaderboardFieldset(state: WorkshopFormState, update: Update) {
  return html`<fieldset class="group">
    <legend>Rangliste</legend>
    ${checkField({
      id: 'leaderboard',
      field: 'leaderboard_visible',
      label: 'Rangliste für Teams sichtbar',
      hint: 'Die Teams sehen, wie sie im Vergleich zu den anderen Teams abschneiden.',
      checked: state.leaderboardVisible,
      onChange: (leaderboardVisible) => update({ leaderboardVisible }),
    })}
  </fieldset>`;
}

interface Radio {
  name: string;
  id: string;
  label: string;
  /** The line below the label: the input's description, not part of its name. */
  hint?: string;
  checked: boolean;
  /** The API's name of the setting, on the group's first radio button, so that an error summary can lead to it. */
  field?: string;
  onChange: () => void;
}

const radio = (r: Radio) =>
  html`<div class="check">
    <input
      type="radio"
      name=${r.name}
      id=${r.id}
      data-field=${r.field ?? nothing}
      aria-describedby=${r.hint ? `${r.id}-hint` : nothing}
      .checked=${r.checked}
      @change=${r.onChange}
    />
    <div>
      <label for=${r.id}>${r.label}</label>
      ${r.hint ? html`<small id="${r.id}-hint">${r.hint}</small>` : nothing}
    </div>
  </div>`;

/**
 * What happens to personal data on its way to a model outside the house; with "Ersetzen" also what stands in for
 * it, and (unless the guard is off) whether in-house models are guarded too.
 */
export function dataGuardFieldset(state: WorkshopFormState, errors: FieldErrors, update: Update) {
  return html`<fieldset class="group" aria-describedby=${describedBy(errors, 'data_guard', 'guard-hint')}>
    <legend>Datenschutz</legend>
    <p class="hint" id="guard-hint">
      Was geschieht, wenn ein Prompt personenbezogene Daten enthält (Namen, Anschriften, IBAN usw.) und an ein Modell
      außer Haus geht, etwa bei OpenAI oder Anthropic?
    </p>
    ${fieldError(errors, 'data_guard')}
    ${DATA_GUARD.map(
      (choice, i) =>
        html`${radio({
          name: 'data-guard',
          id: `guard-${choice.value}`,
          label: choice.label,
          hint: choice.hint,
          checked: state.dataGuard === choice.value,
          field: i === 0 ? 'data_guard' : undefined,
          onChange: () => update({ dataGuard: choice.value }),
        })}
        ${choice.value === 'pseudonymise' ? replacementFieldset(state, errors, update) : nothing}`,
    )}
    ${
      state.dataGuard === 'off'
        ? nothing
        : checkField({
            id: 'guard-in-house',
            field: 'data_guard_in_house',
            label: 'Auch bei Modellen im Haus anwenden',
            hint: 'Sonst gehen Texte an Modelle, die im eigenen Haus laufen, unverändert.',
            checked: state.dataGuardInHouse,
            onChange: (dataGuardInHouse) => update({ dataGuardInHouse }),
          })
    }
  </fieldset>`;
}

/** Under "Ersetzen": what stands in for a personal value. */
function replacementFieldset(state: WorkshopFormState, errors: FieldErrors, update: Update) {
  if (state.dataGuard !== 'pseudonymise') return nothing;
  return html`<fieldset class="sub" aria-describedby=${describedBy(errors, 'data_guard_replacement')}>
    <legend>Ersetzen durch</legend>
    ${fieldError(errors, 'data_guard_replacement')}
    ${DATA_GUARD_REPLACEMENT.map((choice, i) =>
      radio({
        name: 'data-guard-replacement',
        id: `replacement-${choice.value}`,
        label: choice.label,
        checked: state.dataGuardReplacement === choice.value,
        field: i === 0 ? 'data_guard_replacement' : undefined,
        onChange: () => update({ dataGuardReplacement: choice.value }),
      }),
    )}
  </fieldset>`;
}
