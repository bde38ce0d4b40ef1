import { css, html, LitElement, nothing } from 'lit';
import { connection } from '../state/connection.ts';
import { baseStyles } from '../styles/shared.ts';

/** While the server is down the banner asks again this often by itself. */
const RETRY_EVERY_MS = 5000;

/** Shown while the server does not answer; retries by itself and on request. Drafts stay in the browser. */
export class PaOfflineBanner extends LitElement {
  static override properties = {
    down: { state: true },
    checking: { state: true },
  };

  declare down: boolean;
  declare checking: boolean;

  private timer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.down = !connection.reachable;
    this.checking = false;
  }

  static override styles = [
    baseStyles,
    css`
      .banner {
        background: var(--pa-bad-soft);
        border: 2px solid var(--pa-bad);
        border-left-width: 8px;
        border-radius: var(--pa-radius);
        padding: 0.85rem 1rem;
        margin-bottom: 1.5rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        justify-content: space-between;
      }
      p {
        margin: 0;
      }
    `,
  ];

  private readonly onChange = () => {
    this.down = !connection.reachable;
    clearInterval(this.timer);
    if (this.down) this.timer = setInterval(() => void connection.check(), RETRY_EVERY_MS);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    connection.addEventListener('change', this.onChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connection.removeEventListener('change', this.onChange);
    clearInterval(this.timer);
  }

  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  private async retry(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    await connection.check();
    this.checking = false;
  }

  override render() {
    // The live region stays in the page so screen readers announce the message when it appears.
    return html`<div role="alert">
      ${
        this.down
          ? html`<div class="banner">
              <p>
                <strong>Der Server ist nicht erreichbar.</strong> Ihre Entwürfe bleiben in diesem Browser gespeichert.
                Wir versuchen es automatisch weiter.
              </p>
              <button aria-disabled=${this.checking ? 'true' : 'false'} @click=${() => void this.retry()}>
                ${this.checking ? 'Wird geprüft …' : 'Erneut versuchen'}
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('pa-offline-banner', PaOfflineBanner);

declare global {
  interface HTMLElementTagNameMap {
    'pa-offline-banner': PaOfflineBanner;
  }
}
