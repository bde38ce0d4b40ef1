import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ModelInfo, ProviderInfo } from '../../api/types.ts';
import { baseStyles } from '../../styles/shared.ts';
import { modelPickerStyles } from '../model-picker-styles.ts';
import { describedBy, fieldError, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { checkField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { priceText } from './labels.ts';

export interface ModelChoice {
  /** null: every available model. */
  models: string[] | null;
  inHouseOnly: boolean;
}

const modelId = (provider: ProviderInfo, model: ModelInfo) => `${provider.name}:${model.id}`;

/**
 * Which models teams may use: all available ones or a choice, and the switch "Nur Modelle im Haus", which
 * disables (and explains) the models of external services. Fires `workshop-models-change` (detail: ModelChoice).
 */
export class PaWorkshopModels extends LitElement {
  static override properties = {
    providers: { attribute: false },
    models: { attribute: false },
    inHouseOnly: { attribute: false },
    errors: { attribute: false },
  };

  declare providers: ProviderInfo[];
  declare models: string[] | null;
  declare inHouseOnly: boolean;
  declare errors: FieldErrors;

  /** The last choice, so switching to "all" and back does not lose it. */
  private remembered: string[] = [];

  constructor() {
    super();
    this.providers = [];
    this.models = null;
    this.inHouseOnly = false;
    this.errors = NO_ERRORS;
  }

  static override styles = [
    baseStyles,
    formStyles,
    modelPickerStyles,
    css`
      .provider .note {
        margin-bottom: 0.25rem;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('models') && this.models) this.remembered = this.models;
  }

  override render() {
    const choosing = this.models !== null;
    return html`<fieldset class="group" aria-describedby=${describedBy(this.errors, 'models')}>
      <legend>Modelle</legend>
      ${checkField({
        id: 'in-house',
        field: 'in_house_only',
        switch: true,
        label: 'Nur Modelle im Haus',
        hint:
          'Eingeschaltet bleiben alle Eingaben in der Verwaltung: Die Teams nutzen nur Modelle auf eigenen Servern ' +
          '(und das Demo-Modell), keine externen Dienste. Empfohlen, wenn mit echten personenbezogenen Daten geübt wird.',
        checked: this.inHouseOnly,
        onChange: (inHouseOnly) => this.emit(this.models, inHouseOnly),
      })}
      <fieldset>
        <legend>Welche Modelle dürfen die Teams nutzen?</legend>
        <div class="check">
          <input
            type="radio"
            name="scope"
            id="scope-all"
            data-field="models"
            .checked=${!choosing}
            @change=${() => this.emit(null, this.inHouseOnly)}
          />
          <label for="scope-all">
            Alle verfügbaren Modelle${this.inHouseOnly ? ' im Haus' : ''}
            <small>Auch Modelle, die Sie später anschließen.</small>
          </label>
        </div>
        <div class="check">
          <input
            type="radio"
            name="scope"
            id="scope-some"
            .checked=${choosing}
            @change=${() => this.emit(this.remembered, this.inHouseOnly)}
          />
          <label for="scope-some">Nur ausgewählte Modelle</label>
        </div>
      </fieldset>
      ${fieldError(this.errors, 'models')} ${choosing ? this.renderChoice(this.models ?? []) : nothing}
    </fieldset>`;
  }

  private renderChoice(selected: string[]) {
    // Unavailable providers only appear while one of their models is still chosen, so it can be taken off.
    const shown = this.providers.filter(
      (p) => p.models.length > 0 && (p.available || p.models.some((m) => selected.includes(modelId(p, m)))),
    );
    return html`<fieldset>
      <legend>Ausgewählte Modelle</legend>
      ${shown.map((provider, index) => this.renderProvider(provider, index, selected))}
    </fieldset>`;
  }

  private renderProvider(provider: ProviderInfo, index: number, selected: string[]) {
    const blocked = this.inHouseOnly && !provider.inHouse;
    const noteId = `note-${index}`;
    const note = !provider.available
      ? `Nicht verfügbar: ${provider.reason ?? 'ohne Angabe von Gründen'}`
      : blocked
        ? 'Externer Dienst: nicht wählbar, solange „Nur Modelle im Haus“ eingeschaltet ist.'
        : provider.inHouse
          ? 'Daten bleiben im Haus'
          : 'Externer Dienst: Daten verlassen das Haus';
    return html`<div class="provider ${blocked || !provider.available ? 'unavailable' : ''}">
      <h3>${provider.label}</h3>
      <p class="note" id=${noteId}>${note}</p>
      ${provider.models.map((model, j) => {
        const id = modelId(provider, model);
        const chosen = selected.includes(id);
        const price = priceText(model);
        return html`<div class="model">
          <input
            type="checkbox"
            id="m-${index}-${j}"
            aria-describedby=${noteId}
            .checked=${chosen && !blocked}
            ?disabled=${blocked || (!provider.available && !chosen)}
            @change=${(event: Event) => this.toggle(id, (event.target as HTMLInputElement).checked)}
          />
          <label for="m-${index}-${j}">${model.label}${price ? html`<small>${price}</small>` : nothing}</label>
        </div>`;
      })}
    </div>`;
  }

  private toggle(id: string, checked: boolean): void {
    const rest = (this.models ?? []).filter((m) => m !== id);
    this.emit(checked ? [...rest, id] : rest, this.inHouseOnly);
  }

  private emit(models: string[] | null, inHouseOnly: boolean): void {
    this.models = models;
    this.inHouseOnly = inHouseOnly;
    const detail: ModelChoice = { models, inHouseOnly };
    this.dispatchEvent(new CustomEvent('workshop-models-change', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-workshop-models', PaWorkshopModels);

declare global {
  interface HTMLElementTagNameMap {
    'pa-workshop-models': PaWorkshopModels;
  }
}
