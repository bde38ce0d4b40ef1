import { css, html, LitElement } from 'lit';
import { baseStyles } from '../../styles/shared.ts';
import { formStyles } from '../forms/form-styles.ts';

/**
 * A link to pass on: read-only field plus "… kopieren". The clipboard API needs a secure context, which a
 * workshop server on the room's network (plain http) is not; then the selected field is copied the old way.
 */
export class PaCopyField extends LitElement {
  static override properties = {
    label: {},
    value: {},
    button: {},
    status: { state: true },
  };

  declare label: string;
  declare value: string;
  /** The button's text, e.g. "Link kopieren". */
  declare button: string;
  declare status: string;

  constructor() {
    super();
    this.label = '';
    this.value = '';
    this.button = 'Kopieren';
    this.status = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: center;
      }
      input {
        flex: 1 1 16rem;
        font-family: var(--pa-mono);
      }
      .status {
        margin: 0.25rem 0 0;
        min-height: 1.5em;
      }
    `,
  ];

  override render() {
    return html`<div class="field">
      <label for="value">${this.label}</label>
      <div class="row">
        <input id="value" type="text" readonly .value=${this.value} @focus=${this.select} />
        <button type="button" @click=${this.copy}>${this.button}</button>
      </div>
      <p class="status" role="status">${this.status}</p>
    </div>`;
  }

  private readonly select = (event: FocusEvent) => (event.target as HTMLInputElement).select();

  private readonly copy = async () => {
    const input = this.renderRoot.querySelector('input');
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(this.value);
      } else {
        input?.select();
        if (!document.execCommand('copy')) throw new Error('copy refused');
      }
      this.status = 'Kopiert. Sie können den Link jetzt einfügen.';
    } catch {
      input?.focus();
      this.status = 'Kopieren hat nicht geklappt. Der Link ist markiert: Kopieren Sie ihn mit Strg + C.';
    }
  };
}

customElements.define('pa-copy-field', PaCopyField);

declare global {
  interface HTMLElementTagNameMap {
    'pa-copy-field': PaCopyField;
  }
}
