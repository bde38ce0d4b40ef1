import { css, html, LitElement, nothing } from 'lit';
import type { RoundState } from '../api/types.ts';
import { routeHref } from '../state/router.ts';
import { baseStyles } from '../styles/shared.ts';

/**
 * Above every page of a team while the trainer runs a vote or shows the gallery: where to go now. Not on that page
 * itself. The live region stays in the page, so screen readers hear the invitation when it appears.
 */
export class PaVotingNotice extends LitElement {
  static override properties = {
    round: { attribute: false },
    page: { attribute: false },
  };

  declare round: RoundState;
  /** The name of the page shown now. */
  declare page: string;

  static override styles = [
    baseStyles,
    css`
      .notice {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.75rem 1.5rem;
        margin-bottom: 1.5rem;
      }
      .notice p {
        margin: 0;
      }
    `,
  ];

  override render() {
    const voting = this.round.voting && this.page !== 'voting';
    const gallery = this.round.gallery && this.page !== 'gallery';
    return html`<div role="status">
      ${
        voting
          ? html`<div class="notice">
              <p>
                <strong>Die Abstimmung läuft.</strong> Vergleichen Sie Antworten anderer Teams, ohne zu wissen, von wem
                sie stammen.
              </p>
              <a class="button primary" href=${routeHref({ name: 'voting' })}>Jetzt abstimmen</a>
            </div>`
          : nothing
      }
      ${
        gallery
          ? html`<div class="notice">
              <p><strong>Die Galerie ist geöffnet.</strong> Sehen Sie sich die Abgaben aller Teams nebeneinander an.</p>
              <a class="button" href=${routeHref({ name: 'gallery' })}>Zur Galerie</a>
            </div>`
          : nothing
      }
    </div>`;
  }
}

customElements.define('pa-voting-notice', PaVotingNotice);

declare global {
  interface HTMLElementTagNameMap {
    'pa-voting-notice': PaVotingNotice;
  }
}
