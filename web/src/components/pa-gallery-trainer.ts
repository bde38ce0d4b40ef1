import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../api/errors.ts';
import { galleryApi } from '../api/gallery.ts';
import { trainerApi } from '../api/trainer.ts';
import type { WorkshopDetail } from '../api/types.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { routeHref } from '../state/router.ts';
import { baseStyles } from '../styles/shared.ts';
import { LiveReload } from './trainer/live-reload.ts';
import type { PaGallery } from './pa-gallery.ts';
import './pa-gallery.ts';

/**
 * A revealed exercise's gallery for its trainer (`#/workshop/<id>/galerie/<exercise>`): to look at before showing
 * it, to open and close it for everyone, and, while everyone sees it, to choose the case they all look at.
 */
export class PaGalleryTrainer extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    exercise: { attribute: false },
    workshop: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  declare workshopId: string;
  declare exercise: string;
  declare workshop: WorkshopDetail | undefined;
  declare error: string;
  declare announcement: string;

  private readonly live: LiveReload<WorkshopDetail>;
  private busy = false;

  constructor() {
    super();
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => void this.live.reload());
    this.live = new LiveReload(this, {
      workshopId: () => this.workshopId,
      types: ['workshop-changed'],
      fetch: () => trainerApi.workshop(this.workshopId),
      show: (workshop) => {
        this.workshop = workshop;
        this.error = '';
      },
      fail: (error) => (this.error = errorMessage(error)),
    });
  }

  static override styles = [
    baseStyles,
    css`
      .links,
      .state {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.live.reload();
  }

  /** Whether the teams and the projector show this exercise's gallery now. */
  private get open(): boolean {
    return this.workshop?.round.gallery?.exercise === this.exercise;
  }

  /** Opens at the case on screen here; the button stays in place with its new label, and keeps the focus. */
  private readonly toggle = async () => {
    if (this.busy) return;
    this.busy = true;
    const opening = !this.open;
    try {
      if (opening) {
        const shown = this.renderRoot.querySelector<PaGallery>('pa-gallery')?.currentCase ?? null;
        await galleryApi.openGallery(this.workshopId, this.exercise, shown);
      } else {
        await galleryApi.closeGallery(this.workshopId);
      }
      await this.live.reload();
      this.announcement = opening ? 'Alle sehen jetzt diese Galerie.' : 'Die Galerie ist für alle geschlossen.';
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  };

  override render() {
    const w = this.workshop;
    const open = this.open;
    return html`
      <p class="links">
        <a href=${routeHref({ name: 'evaluation', id: this.workshopId })}>Zur Auswertung</a>
        <a href=${routeHref({ name: 'projector', id: this.workshopId })}>Beamer-Ansicht öffnen</a>
      </p>
      <h1 tabindex="-1">Galerie</h1>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${
        w
          ? html`<div class="state">
                <p>
                  ${open ? 'Die Teams und der Beamer zeigen diese Galerie gerade.' : 'Nur Sie sehen diese Galerie.'}
                </p>
                <button type="button" class=${open ? '' : 'primary'} @click=${this.toggle}>
                  ${open ? 'Galerie für alle schließen' : 'Galerie für alle öffnen'}
                </button>
              </div>
              <pa-gallery
                .workshopId=${this.workshopId}
                .exercise=${this.exercise}
                .steer=${open}
                .shownCase=${open ? w.round.gallery?.case : undefined}
              ></pa-gallery>`
          : nothing
      }
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }
}

customElements.define('pa-gallery-trainer', PaGalleryTrainer);

declare global {
  interface HTMLElementTagNameMap {
    'pa-gallery-trainer': PaGalleryTrainer;
  }
}
