import { html, LitElement, nothing } from 'lit';
import { authoringApi, type SuggestedCase } from '../../api/authoring.ts';
import { errorMessage } from '../../api/errors.ts';
import type { ProviderInfo } from '../../api/types.ts';
import { modelLabel } from '../../lib/labels.ts';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { areaField, editorStyles, selectField } from './editor-fields.ts';
import { withItem, type Raw } from './editor-model.ts';

/** Real models on offer now: the demo model invents no cases. */
const realModels = (providers: readonly ProviderInfo[]) =>
  providers.filter((p) => p.available && p.kind !== 'demo').flatMap((p) => p.models.map((m) => `${p.name}:${m.id}`));

/**
 * "Fälle vorschlagen": a real model invents new case inputs in the style of the saved ones. Nothing is added until
 * the trainer has read (and perhaps changed) a suggestion and takes it. Fires `case-add` (detail: the case).
 */
export class PaCaseSuggestions extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    providers: { attribute: false },
    model: { state: true },
    count: { state: true },
    suggestions: { state: true },
    busy: { state: true },
    error: { state: true },
    status: { state: true },
  };

  declare exerciseId: string;
  declare providers: ProviderInfo[];
  declare model: string;
  declare count: string;
  declare suggestions: SuggestedCase[];
  declare busy: boolean;
  declare error: string;
  declare status: string;

  constructor() {
    super();
    this.providers = [];
    this.model = '';
    this.count = '3';
    this.suggestions = [];
    this.busy = false;
    this.error = '';
    this.status = '';
  }

  static override styles = [baseStyles, formStyles, dangerStyles, editorStyles];

  override render() {
    const models = realModels(this.providers);
    const model = models.includes(this.model) ? this.model : (models[0] ?? '');
    return html`
      <p>
        Ein Sprachmodell schlägt neue Eingaben im Stil der gespeicherten Fälle vor. Sie lesen jeden Vorschlag, ändern
        ihn bei Bedarf und übernehmen ihn; Musterlösung und Prüfungen ergänzen Sie danach.
      </p>
      ${
        models.length
          ? html`<div class="grid">
              ${selectField(NO_ERRORS, {
                field: 'suggest-model',
                label: 'Modell',
                value: model,
                options: models.map((id) => [id, modelLabel(this.providers, id)] as const),
                onChange: (value) => (this.model = value),
              })}
              ${selectField(NO_ERRORS, {
                field: 'suggest-count',
                label: 'Anzahl',
                value: this.count,
                options: ['1', '2', '3', '4', '5'].map((n) => [n, n] as const),
                onChange: (value) => (this.count = value),
              })}
            </div>`
          : html`<p class="notice">
              Hier steht nur das Demo-Modell bereit. Es antwortet nach festen Regeln und kann keine Fälle erfinden.
              Richten Sie unter „Modelle und Anbieter“ ein echtes Modell ein.
            </p>`
      }
      <button type="button" class="ask" ?disabled=${!model || this.busy} @click=${() => void this.suggest(model)}>
        ${model ? 'Fälle vorschlagen' : 'Fälle vorschlagen (braucht ein echtes Modell)'}
      </button>
      <p role="status">${this.status}</p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.suggestions.map((s, i) => this.renderSuggestion(s, i))}
    `;
  }

  private renderSuggestion(s: SuggestedCase, i: number) {
    const set = (next: SuggestedCase) => (this.suggestions = withItem(this.suggestions, i, next));
    return html`<fieldset class="item">
      <legend>Vorschlag ${i + 1}</legend>
      ${textField(NO_ERRORS, {
        field: `s-${i}-id`,
        label: 'Fall-ID',
        value: s.id,
        spellcheck: false,
        onInput: (id) => set({ ...s, id }),
      })}
      ${textField(NO_ERRORS, {
        field: `s-${i}-description`,
        label: 'Beschreibung',
        value: s.description ?? '',
        onInput: (description) => set({ ...s, description }),
      })}
      ${Object.entries(s.vars).map(([name, value]) =>
        areaField(NO_ERRORS, {
          field: `s-${i}-vars-${name}`,
          label: `{{${name}}}`,
          value,
          rows: 5,
          onInput: (v) => set({ ...s, vars: { ...s.vars, [name]: v } }),
        }),
      )}
      <div class="row">
        <button type="button" class="primary" @click=${() => this.take(i)}>Vorschlag ${i + 1} übernehmen</button>
        <button type="button" class="danger" @click=${() => this.drop(i, 'verworfen')}>
          Vorschlag ${i + 1} verwerfen
        </button>
      </div>
    </fieldset>`;
  }

  private async suggest(model: string): Promise<void> {
    this.busy = true;
    this.error = '';
    this.status = 'Das Modell denkt sich Fälle aus …';
    try {
      const { cases } = await authoringApi.suggest(this.exerciseId, model, Number(this.count));
      this.suggestions = [...this.suggestions, ...cases];
      this.status = `${cases.length === 1 ? 'Ein Vorschlag ist' : `${cases.length} Vorschläge sind`} da. Bitte prüfen Sie sie.`;
    } catch (error) {
      this.error = errorMessage(error);
      this.status = '';
    } finally {
      this.busy = false;
    }
  }

  private take(index: number): void {
    const s = this.suggestions[index]!;
    const detail: Raw = { id: s.id, ...(s.description ? { description: s.description } : {}), vars: s.vars };
    this.dispatchEvent(new CustomEvent('case-add', { detail }));
    this.drop(index, `als Fall ${s.id} übernommen`);
  }

  private drop(index: number, what: string): void {
    this.suggestions = withItem(this.suggestions, index, undefined);
    this.status = `Vorschlag ${index + 1} ${what}.`;
    // The fieldset with the focused button is gone: back to the button that asks for more.
    this.renderRoot.querySelector<HTMLElement>('.ask')?.focus();
  }
}

customElements.define('pa-case-suggestions', PaCaseSuggestions);

declare global {
  interface HTMLElementTagNameMap {
    'pa-case-suggestions': PaCaseSuggestions;
  }
}
