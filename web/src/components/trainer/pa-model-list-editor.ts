import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { describedBy, fieldError, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { emptyModelRow, type ModelRow } from './provider-form-state.ts';

/**
 * The models of a provider: id, label and price (EUR per million tokens, input and output) per row, rows to add
 * and remove. Errors are named as the API names them (`models[1].price.input`). Fires `model-rows-change`.
 */
export class PaModelListEditor extends LitElement {
  static override properties = {
    rows: { attribute: false },
    errors: { attribute: false },
    hint: {},
    announcement: { state: true },
  };

  declare rows: ModelRow[];
  declare errors: FieldErrors;
  /** What the list is for, e.g. that it may stay as it is. */
  declare hint: string;
  declare announcement: string;

  /** The field to focus once the rows are drawn (after adding or removing one). */
  private focusAfter?: string;

  constructor() {
    super();
    this.rows = [];
    this.errors = NO_ERRORS;
    this.hint = '';
    this.announcement = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    dangerStyles,
    css`
      .row {
        border: 1px solid var(--pa-border);
        border-radius: var(--pa-radius);
        padding: 0.75rem 1rem 0.25rem;
        margin: 0 0 0.75rem;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
        gap: 0 1rem;
      }
      .row > button {
        margin-bottom: 0.75rem;
      }
    `,
  ];

  override render() {
    return html`<fieldset class="group" aria-describedby=${describedBy(this.errors, 'models', 'models-hint')}>
      <legend>Modelle</legend>
      <p class="hint" id="models-hint">
        ${this.hint} Preise in Euro je 1 Million Tokens; ohne Preis zählt das Token-Budget der Workshops.
      </p>
      ${fieldError(this.errors, 'models')} ${this.rows.map((row, i) => this.renderRow(row, i))}
      <button type="button" data-field="models" @click=${this.addRow}>Weiteres Modell hinzufügen</button>
      <p class="sr-only" role="status">${this.announcement}</p>
    </fieldset>`;
  }

  private renderRow(row: ModelRow, i: number) {
    const at = `models[${i}]`;
    const set = (part: Partial<ModelRow>) => this.emit(this.rows.map((r, j) => (j === i ? { ...r, ...part } : r)));
    return html`<fieldset class="row">
      <legend>Modell ${i + 1}</legend>
      <div class="fields">
        ${textField(this.errors, {
          field: `${at}.id`,
          label: 'Modell-ID',
          value: row.id,
          autocomplete: 'off',
          onInput: (id) => set({ id }),
        })}
        ${textField(this.errors, {
          field: `${at}.label`,
          label: 'Bezeichnung (freiwillig)',
          value: row.label,
          autocomplete: 'off',
          onInput: (label) => set({ label }),
        })}
        ${textField(this.errors, {
          field: `${at}.price.input`,
          label: 'Preis Eingabe (€ je 1 Mio. Tokens)',
          value: row.input,
          inputmode: 'decimal',
          autocomplete: 'off',
          onInput: (input) => set({ input }),
        })}
        ${textField(this.errors, {
          field: `${at}.price.output`,
          label: 'Preis Ausgabe (€ je 1 Mio. Tokens)',
          value: row.output,
          inputmode: 'decimal',
          autocomplete: 'off',
          onInput: (output) => set({ output }),
        })}
      </div>
      ${
        this.rows.length > 1
          ? html`<button type="button" class="danger" @click=${() => this.removeRow(i)}>
              Modell ${i + 1} entfernen
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private readonly addRow = () => {
    this.focusAfter = `models[${this.rows.length}].id`;
    this.emit([...this.rows, emptyModelRow()]);
    this.announcement = `Modell ${this.rows.length} hinzugefügt.`;
  };

  private removeRow(index: number): void {
    this.focusAfter = 'models';
    this.emit(this.rows.filter((_, j) => j !== index));
    this.announcement = `Modell ${index + 1} entfernt; die folgenden Modelle sind nachgerückt.`;
  }

  private emit(rows: ModelRow[]): void {
    this.rows = rows;
    this.dispatchEvent(new CustomEvent('model-rows-change', { detail: rows, bubbles: true, composed: true }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.focusAfter) return;
    this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(this.focusAfter)}"]`)?.focus();
    this.focusAfter = undefined;
  }
}

customElements.define('pa-model-list-editor', PaModelListEditor);

declare global {
  interface HTMLElementTagNameMap {
    'pa-model-list-editor': PaModelListEditor;
  }
}
