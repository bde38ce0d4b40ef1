import { css, html, LitElement, nothing } from 'lit';
import { baseStyles } from '../styles/shared.ts';

/**
 * Run and Cancel, the last error, and the note that drafts are saved. A locked exercise has no Run button but says
 * why (a run still under way can be cancelled). Fires `run` and `cancel`.
 */
export class PaRunControls extends LitElement {
  static override properties = {
    busy: { type: Boolean },
    cancellable: { type: Boolean },
    error: {},
    locked: { type: Boolean },
  };

  declare busy: boolean;
  declare cancellable: boolean;
  declare error: string;
  /** The trainer locked the exercise: no new runs. */
  declare locked: boolean;

  constructor() {
    super();
    this.busy = false;
    this.cancellable = false;
    this.error = '';
    this.locked = false;
  }

  static override styles = [
    baseStyles,
    css`
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
        padding-top: 1rem;
        border-top: 1px solid var(--pa-border);
      }
      .key {
        font-weight: 400;
        font-size: 0.85rem;
      }
      .notice {
        margin: 1rem 0 0;
      }
      [role='status'] .notice {
        margin: 0 0 1rem;
      }
      .saved {
        font-size: 0.9rem;
        margin: 0.75rem 0 0;
      }
    `,
  ];

  override render() {
    // The live region stays in the page, so that a lock arriving while the page is open is announced.
    return html`<div role="status">
        ${
          this.locked
            ? html`<p class="notice warn">
                Diese Übung ist gesperrt: Sie können Ihre Versuche ansehen, aber keine neuen starten.
              </p>`
            : nothing
        }
      </div>
      ${this.locked && !this.cancellable ? nothing : this.renderButtons()}
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <p class="muted saved">Ihr Entwurf und Ihre Modellauswahl werden in diesem Browser automatisch gespeichert.</p>`;
  }

  private renderButtons() {
    return html`<div class="controls">
      ${
        this.locked
          ? nothing
          : html`<button
              class="primary"
              aria-keyshortcuts="Control+Enter"
              ?disabled=${this.busy}
              @click=${() => this.dispatchEvent(new Event('run'))}
            >
              Ausführen <span class="key" aria-hidden="true">Strg + Enter</span>
            </button>`
      }
      <button ?disabled=${!this.cancellable} @click=${() => this.dispatchEvent(new Event('cancel'))}>Abbrechen</button>
    </div>`;
  }
}

customElements.define('pa-run-controls', PaRunControls);

declare global {
  interface HTMLElementTagNameMap {
    'pa-run-controls': PaRunControls;
  }
}
