import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { WorkshopListItem } from '../../api/types.ts';
import { formatDay, formatInteger } from '../../format.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles, cardListStyles } from '../../styles/shared.ts';
import { spacedCode } from './labels.ts';

/** The trainer's start page: their workshops, newest first (as the API sorts them), and the way to a new one. */
export class PaWorkshops extends LitElement {
  static override properties = {
    workshops: { state: true },
    error: { state: true },
  };

  declare workshops: WorkshopListItem[] | undefined;
  declare error: string;

  constructor() {
    super();
    this.error = '';
    new ReloadOnReconnect(this, () => {
      if (this.error || !this.workshops) void this.load();
    });
  }

  static override styles = [
    baseStyles,
    cardListStyles,
    css`
      .top {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.5rem;
        align-items: center;
        margin: 0 0 1.5rem;
      }
      h2 {
        font-size: 1.15rem;
        margin: 0 0 0.25rem;
        overflow-wrap: anywhere;
      }
      .facts {
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
      }
      .code {
        font-family: var(--pa-mono);
        letter-spacing: 0.1em;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.workshops = await trainerApi.workshops();
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    return html`
      <h1 tabindex="-1">Ihre Workshops</h1>
      <div class="top">
        <a class="button primary" href=${routeHref({ name: 'workshop-new' })}>Neuen Workshop anlegen</a>
        <a href=${routeHref({ name: 'providers' })}>Modelle und Anbieter verwalten</a>
      </div>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.workshops ? this.renderList(this.workshops) : this.error ? nothing : html`<p>Workshops werden geladen …</p>`}
    `;
  }

  private renderList(workshops: WorkshopListItem[]) {
    if (workshops.length === 0) {
      return html`<div class="notice">
        <p><strong>Sie haben noch keinen Workshop.</strong></p>
        <p>
          Ein Workshop ist ein Termin, an dem Teams gemeinsam üben. Sie wählen die Übungen und die Modelle aus und legen
          ein Budget fest. Die Teams treten mit einem Code oder QR-Code bei, und Sie sehen live, wer dabei ist und wie
          viel gearbeitet wird.
        </p>
      </div>`;
    }
    return html`<ul class="cards">
      ${workshops.map(
        (w) =>
          html`<li>
            <h2><a href=${routeHref({ name: 'workshop', id: w.id })}>${w.title}</a></h2>
            <p class="facts">
              <span>${formatDay(w.date)}</span>
              <span>Code <span class="code">${spacedCode(w.code)}</span></span>
              <span>${w.team_count === 1 ? '1 Team' : `${formatInteger(w.team_count)} Teams`}</span>
              <span>${w.join_open ? 'Beitritt offen' : 'Beitritt geschlossen'}</span>
            </p>
          </li>`,
      )}
    </ul>`;
  }
}

customElements.define('pa-workshops', PaWorkshops);

declare global {
  interface HTMLElementTagNameMap {
    'pa-workshops': PaWorkshops;
  }
}
