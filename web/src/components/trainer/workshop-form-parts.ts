import { html, nothing } from 'lit';
import { describedBy, fieldError, type FieldErrors } from '../forms/field-errors.ts';
import { checkField, textField } from '../forms/fields.ts';
import { DATA_GUARD } from './labels.ts';
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
    <legend>Bestenliste</legend>
    ${checkField({
      id: 'leaderboard',
      field: 'leaderboard_visible',
      label: 'Bestenliste für Teams sichtbar',
      hint: 'Die Teams sehen, wie sie im Vergleich zu den anderen Teams abschneiden.',
      checked: state.leaderboardVisible,
      onChange: (leaderboardVisible) => update({ leaderboardVisible }),
    })}
  </fieldset>`;
}

/** What happens to personal data in a prompt; one line of explanation per choice. */
export function dataGuardFieldset(state: WorkshopFormState, errors: FieldErrors, update: Update) {
  return html`<fieldset class="group" aria-describedby=${describedBy(errors, 'data_guard', 'guard-hint')}>
    <legend>Datenschutz</legend>
    <p class="hint" id="guard-hint">
      Was geschieht, wenn ein Prompt personenbezogene Daten enthält, etwa Namen, Anschriften oder Aktenzeichen?
    </p>
    ${fieldError(errors, 'data_guard')}
    ${DATA_GUARD.map(
      (choice, i) =>
        html`<div class="check">
          <input
            type="radio"
            name="data-guard"
            id="guard-${choice.value}"
            data-field=${i === 0 ? 'data_guard' : nothing}
            .checked=${state.dataGuard === choice.value}
            @change=${() => update({ dataGuard: choice.value })}
          />
          <label for="guard-${choice.value}">${choice.label}<small>${choice.hint}</small></label>
        </div>`,
    )}
  </fieldset>`;
}
