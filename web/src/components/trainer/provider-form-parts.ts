import { html, nothing } from 'lit';
import type { ProviderSettingsView } from '../../api/types.ts';
import { ariaInvalid, describedBy, fieldError, type FieldErrors } from '../forms/field-errors.ts';
import { checkField } from '../forms/fields.ts';
import type { ProviderFormState } from './provider-form-state.ts';

type Change = (part: Partial<ProviderFormState>) => void;

/** Where the provider's key comes from, in words: "in der Sandbox gespeichert (…1234)". */
export function keySourceText(key: ProviderSettingsView['key']): string {
  const last4 = key.last4 ? ` (…${key.last4})` : '';
  if (key.source === 'env') return `aus einer Umgebungsvariable${last4}`;
  return key.source === 'stored' ? `in der Sandbox gespeichert${last4}` : 'kein Schlüssel';
}

function keyHint(view: ProviderSettingsView | undefined): string {
  const key = view?.key;
  if (key?.source === 'env') {
    return `Dieser Anbieter nutzt einen Schlüssel ${keySourceText(key)}. Er hat Vorrang vor einem hier gespeicherten Schlüssel.`;
  }
  if (key?.source === 'stored') {
    return `Gespeichert ist ein Schlüssel, der auf ${key.last4 ?? '…'} endet. Leer lassen = gespeicherten Schlüssel behalten.`;
  }
  return 'Der Schlüssel wird verschlüsselt gespeichert und nie wieder angezeigt, nur seine letzten vier Zeichen.';
}

/** The key: write-only (type=password, never filled in), with the choice to remove a stored one. */
export function keyField(
  view: ProviderSettingsView | undefined,
  state: ProviderFormState,
  errors: FieldErrors,
  change: Change,
) {
  const stored = view?.key.source === 'stored';
  return html`<div class="field">
    <label for="api-key">API-Schlüssel${view?.kind === 'compatible' ? ' (falls der Dienst einen verlangt)' : ''}</label>
    <p class="hint" id="api-key-hint">${keyHint(view)}</p>
    <input
      id="api-key"
      type="password"
      autocomplete="off"
      spellcheck="false"
      data-field="api_key"
      .value=${state.apiKey}
      ?disabled=${state.removeKey}
      aria-invalid=${ariaInvalid(errors, 'api_key')}
      aria-describedby=${describedBy(errors, 'api_key', 'api-key-hint')}
      @input=${(event: Event) => change({ apiKey: (event.target as HTMLInputElement).value })}
    />
    ${fieldError(errors, 'api_key')}
    ${
      stored
        ? html`<div class="check">
            <input
              type="checkbox"
              id="remove-key"
              .checked=${state.removeKey}
              @change=${(event: Event) => change({ removeKey: (event.target as HTMLInputElement).checked })}
            />
            <label for="remove-key">Gespeicherten Schlüssel entfernen</label>
          </div>`
        : nothing
    }
  </div>`;
}

/** "Daten bleiben im Haus": the provider runs on the administration's own servers. */
export function inHouseField(state: ProviderFormState, change: Change) {
  return html`<div class="field">
    ${checkField({
      id: 'in-house',
      field: 'in_house',
      label: 'Daten bleiben im Haus',
      hint:
        'Nur ankreuzen, wenn der Dienst auf Servern der Verwaltung (oder eines beauftragten Rechenzentrums) läuft. ' +
        'Workshops mit „Nur Modelle im Haus“ bieten dann seine Modelle an.',
      checked: state.inHouse,
      onChange: (inHouse) => change({ inHouse }),
    })}
  </div>`;
}
