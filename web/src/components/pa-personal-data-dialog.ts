import { css, html, LitElement, nothing } from 'lit';
import type { PersonalDataFinding } from '../api/types.ts';
import { findingText } from '../lib/guard.ts';
import { actionRowStyles, dangerStyles, dialogStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';
import { deepActiveElement } from './trainer/deep-focus.ts';

/** More than this many findings are summed up in a last line. */
const LISTED = 12;

/**
 * The data guard's question under the workshop policy `warn`: the run holds personal data (listed by kind and
 * place, never the values) and would go to a model outside the house unchanged. A modal <dialog>: the focus starts
 * on "Abbrechen" and stays inside, Esc cancels, and afterwards the focus is back where it was, before the host
 * hears the decision: `send-anyway` or `keep-editing`. Opens as soon as it is rendered.
 */
export class PaPersonalDataDialog extends LitElement {
  static override properties = {
    findings: { attribute: false },
    message: { attribute: false },
    returnFocus: { attribute: false },
  };

  declare findings: PersonalDataFinding[];
  /** The API's sentence, shown in place of the list when the answer listed nothing. */
  declare message: string;
  /** Where the focus goes afterwards (what started the run); without it, what had the focus on opening. */
  declare returnFocus: HTMLElement | null | undefined;

  private opener: HTMLElement | null = null;
  private decision: 'send-anyway' | 'keep-editing' = 'keep-editing';

  constructor() {
    super();
    this.findings = [];
    this.message = '';
  }

  static override styles = [
    baseStyles,
    dangerStyles,
    dialogStyles,
    actionRowStyles,
    css`
      dialog {
        width: min(36rem, calc(100vw - 1rem));
      }
      h2 {
        margin-top: 0;
      }
      ul {
        margin: 0.5rem 0 1rem;
        padding-left: 1.25rem;
      }
      li + li {
        margin-top: 0.25rem;
      }
    `,
  ];

  override firstUpdated(): void {
    this.opener = this.returnFocus ?? deepActiveElement();
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  override render() {
    const listed = this.findings.slice(0, LISTED);
    const more = this.findings.length - listed.length;
    return html`<dialog aria-labelledby="pd-title" aria-describedby="pd-text" @close=${this.onClose}>
      <h2 id="pd-title">Personenbezogene Daten unverändert senden?</h2>
      <div id="pd-text">
        <p>
          Ihr Lauf enthält personenbezogene Daten. Sie gingen unverändert an ein Modell außer Haus; das geschieht nur
          mit Ihrer Bestätigung.
        </p>
        ${
          listed.length
            ? html`<p id="pd-found">Gefunden:</p>
                <ul aria-labelledby="pd-found">
                  ${listed.map((finding) => html`<li>${findingText(finding)}</li>`)}
                  ${more > 0 ? html`<li>und ${more} weitere</li>` : nothing}
                </ul>`
            : html`<p>${this.message}</p>`
        }
        <p>
          Ihr Prompt bleibt in jedem Fall erhalten. Mit „Abbrechen“ können Sie die Angaben zuerst durch erfundene
          ersetzen.
        </p>
      </div>
      <div class="actions">
        <button type="button" class="danger" @click=${() => this.decide('send-anyway')}>Trotzdem senden</button>
        <button type="button" autofocus @click=${() => this.decide('keep-editing')}>Abbrechen</button>
      </div>
    </dialog>`;
  }

  private decide(decision: 'send-anyway' | 'keep-editing'): void {
    this.decision = decision;
    this.renderRoot.querySelector('dialog')?.close();
  }

  /** Closed by a button or by Esc (which counts as "Abbrechen"): the focus goes back first, then the host decides. */
  private readonly onClose = () => {
    if (this.opener?.isConnected) this.opener.focus();
    this.opener = null;
    this.dispatchEvent(new Event(this.decision));
    this.decision = 'keep-editing';
  };
}

customElements.define('pa-personal-data-dialog', PaPersonalDataDialog);

declare global {
  interface HTMLElementTagNameMap {
    'pa-personal-data-dialog': PaPersonalDataDialog;
  }
}
