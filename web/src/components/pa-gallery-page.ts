import { css, html, LitElement, nothing } from 'lit';
import type { GalleryState } from '../api/types.ts';
import { session } from '../state/session.ts';
import { backLinkStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-gallery.ts';

/**
 * The gallery for teams (`#/galerie`): the exercise the trainer shows, at the case the trainer shows. Opening,
 * closing and moving the focus reach the page as a new session (the app reloads it on `workshop-changed`).
 */
export class PaGalleryPage extends LitElement {
  static override properties = {
    workshopId: { state: true },
    shown: { state: true },
  };

  declare workshopId: string | undefined;
  declare shown: GalleryState | null;

  constructor() {
    super();
    this.read();
  }

  static override styles = [baseStyles, backLinkStyles, css``];

  private read(): void {
    const workshop = session.team?.workshop;
    this.workshopId = workshop?.id;
    this.shown = workshop?.round.gallery ?? null;
  }

  private readonly onSession = () => this.read();

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.onSession);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
  }

  override render() {
    const { shown, workshopId } = this;
    return html`
      <a class="back" href="#/">← Alle Übungen</a>
      <h1 tabindex="-1">Galerie</h1>
      <div role="status">
        ${
          shown && workshopId
            ? nothing
            : html`<p class="notice">
                Die Galerie ist gerade nicht geöffnet. Sobald Ihre Trainerin oder Ihr Trainer sie öffnet, erscheint sie
                hier von selbst.
              </p>`
        }
      </div>
      ${
        shown && workshopId
          ? html`<p>
                Hier sehen Sie die Abgaben aller Teams nebeneinander: ihre Prompts und ihre Antworten auf denselben
                Fall.
              </p>
              <pa-gallery .workshopId=${workshopId} .exercise=${shown.exercise} .shownCase=${shown.case}></pa-gallery>`
          : nothing
      }
    `;
  }
}

customElements.define('pa-gallery-page', PaGalleryPage);

declare global {
  interface HTMLElementTagNameMap {
    'pa-gallery-page': PaGalleryPage;
  }
}
