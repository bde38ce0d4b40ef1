import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { dangerStyles, dialogStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { deepActiveElement } from './deep-focus.ts';

export interface DialogRequest {
  heading: string;
  /** Paragraphs saying what will happen. */
  text: string[];
  confirm: string;
  danger?: boolean;
  /** A text field: a new name, or the word to type as confirmation (`mustEqual`). */
  input?: { label: string; value?: string; hint?: string; maxlength?: number; mustEqual?: string };
  /** Does the work; a failure stays in the dialog (at the field, if there is one). */
  action: (value: string) => Promise<void>;
  /** Where the focus goes afterwards when the element that opened the dialog is gone (a removed row). */
  fallbackFocus?: () => HTMLElement | null | undefined;
}

/**
 * A modal question with an optional text field (rename, confirm, type to confirm). The native <dialog> keeps
 * the focus inside and closes on Esc; afterwards the focus returns to where it was.
 */
export class PaActionDialog extends LitElement {
  static override properties = {
    request: { state: true },
    error: { state: true },
    value: { state: true },
  };

  declare request: DialogRequest | undefined;
  declare error: string;
  declare value: string;

  private opener: HTMLElement | null = null;
  /** The action is under way: a second press does nothing. */
  private busy = false;

  constructor() {
    super();
    this.error = '';
    this.value = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    dangerStyles,
    dialogStyles,
    css`
      dialog {
        width: min(34rem, calc(100vw - 1rem));
      }
    `,
  ];

  async open(request: DialogRequest): Promise<void> {
    this.opener = deepActiveElement();
    this.request = request;
    this.value = request.input?.value ?? '';
    this.error = '';
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  override render() {
    const request = this.request;
    if (!request) return nothing;
    const errors = request.input && this.error ? new Map([['value', this.error]]) : NO_ERRORS;
    return html`<dialog aria-labelledby="dialog-title" aria-describedby="dialog-text" @close=${this.onClose}>
      <form novalidate @submit=${this.submit}>
        <h2 id="dialog-title">${request.heading}</h2>
        <div id="dialog-text">${request.text.map((paragraph) => html`<p>${paragraph}</p>`)}</div>
        ${
          request.input
            ? textField(errors, {
                field: 'value',
                label: request.input.label,
                hint: request.input.hint,
                maxlength: request.input.maxlength,
                value: this.value,
                autocomplete: 'off',
                onInput: (value) => (this.value = value),
              })
            : nothing
        }
        ${!request.input && this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button type="submit" class=${request.danger ? 'danger' : 'primary'}>${request.confirm}</button>
          <button type="button" ?autofocus=${!request.input} @click=${() => this.close()}>Abbrechen</button>
        </div>
      </form>
    </dialog>`;
  }

  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private readonly submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const request = this.request;
    if (!request || this.busy) return;
    const expected = request.input?.mustEqual;
    if (expected !== undefined && this.value.trim() !== expected.trim()) {
      return this.fail(`Bitte geben Sie genau „${expected}“ ein.`);
    }
    this.busy = true;
    try {
      await request.action(this.value);
      this.close();
    } catch (error) {
      await this.fail(errorMessage(error));
    } finally {
      this.busy = false;
    }
  };

  /** The message at the field (read out with it once it has the focus), or in the alert below the text. */
  private async fail(message: string): Promise<void> {
    this.error = message;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('input')?.focus();
  }

  private readonly onClose = () => {
    const fallback = this.request?.fallbackFocus;
    this.request = undefined;
    const target = this.opener?.isConnected ? this.opener : fallback?.();
    target?.focus();
    this.opener = null;
  };
}

customElements.define('pa-action-dialog', PaActionDialog);

declare global {
  interface HTMLElementTagNameMap {
    'pa-action-dialog': PaActionDialog;
  }
}
