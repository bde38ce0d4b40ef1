import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import { galleryApi } from '../api/gallery.ts';
import type { Gallery, PublicCase, ProviderInfo } from '../api/types.ts';
import { caseTitle } from '../lib/labels.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { session } from '../state/session.ts';
import { galleryStyles } from './gallery-styles.ts';
import './pa-gallery-case.ts';
import './pa-gallery-entry.ts';

type VisibleCase = Extract<PublicCase, { hidden: false }>;

/**
 * Every team's entry for one revealed exercise, side by side in rank order (a region that scrolls sideways, or
 * stacked on request), each with its answer to one case. The case is the trainer's (`shownCase`) until the viewer picks
 * another; a new focus is followed again and said to screen readers. With `steer` (the trainer), picking a case
 * moves everyone's focus. `projector`: black on white; every size is in em, so the projector's large type carries.
 */
export class PaGallery extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    exercise: { attribute: false },
    shownCase: { attribute: false },
    steer: { type: Boolean },
    projector: { type: Boolean, reflect: true },
    gallery: { state: true },
    providers: { state: true },
    picked: { state: true },
    stacked: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  declare workshopId: string;
  declare exercise: string;
  /** The case the trainer shows everyone; null: the first; undefined: whatever the gallery answer says. */
  declare shownCase: string | null | undefined;
  declare steer: boolean;
  declare projector: boolean;
  declare gallery: Gallery | undefined;
  declare providers: ProviderInfo[];
  /** A case the viewer chose themselves, until the trainer shows another. */
  declare picked: string | undefined;
  declare stacked: boolean;
  declare error: string;
  declare announcement: string;

  /** Bumped per load: a slow answer for an exercise left behind never shows. */
  private generation = 0;

  constructor() {
    super();
    this.steer = false;
    this.projector = false;
    this.providers = [];
    this.stacked = false;
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => void this.load());
  }

  static override styles = galleryStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    void api.providers().then(
      (providers) => (this.providers = providers),
      // Only the models' names need them; the ids stand in.
      () => undefined,
    );
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('workshopId') || changed.has('exercise')) {
      this.gallery = undefined;
      this.picked = undefined;
      void this.load();
    }
    // The trainer shows another case: everyone follows, whatever they picked.
    if (changed.has('shownCase') && this.hasUpdated && this.shownCase !== changed.get('shownCase')) {
      this.picked = undefined;
      const shown = this.cases.find((c) => c.id === this.shownCase);
      if (shown) this.announcement = `Jetzt gezeigt: ${caseTitle(shown)}`;
    }
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    try {
      const gallery = await galleryApi.gallery(this.workshopId, this.exercise);
      if (generation !== this.generation) return;
      this.gallery = gallery;
      this.error = '';
    } catch (error) {
      if (generation === this.generation) this.error = errorMessage(error);
    }
  }

  private get cases(): VisibleCase[] {
    return (this.gallery?.cases ?? []).filter((c): c is VisibleCase => !c.hidden);
  }

  /** The trainer's case, else the first; undefined while the gallery has none. */
  private get shownId(): string | undefined {
    const focus = this.shownCase === undefined ? this.gallery?.focus : this.shownCase;
    return this.cases.find((c) => c.id === focus)?.id ?? this.cases[0]?.id;
  }

  /** The case the viewer sees now. */
  get currentCase(): string | undefined {
    return this.picked ?? this.shownId;
  }

  /** The link-like button goes with the detour: the focus goes to the shown case's radio button. */
  private readonly backToShown = async () => {
    this.picked = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input:checked')?.focus();
  };

  private readonly onPick = async (event: Event) => {
    const id = (event.target as HTMLInputElement).value;
    this.picked = id;
    if (!this.steer) return;
    try {
      await galleryApi.openGallery(this.workshopId, this.exercise, id);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  };

  override render() {
    const { gallery } = this;
    return html`
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${gallery ? this.renderGallery(gallery) : this.error ? nothing : html`<p>Die Galerie wird geladen …</p>`}
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }

  private renderGallery(gallery: Gallery) {
    const shown = this.shownId;
    const current = this.cases.find((c) => c.id === this.currentCase);
    return html`
      <h2>${gallery.title}</h2>
      ${this.renderPicker(current?.id, shown)}
      ${
        current
          ? html`<section class="case" aria-labelledby="case-heading">
              <h3 id="case-heading">Fall: ${caseTitle(current)}</h3>
              ${keyed(current.id, html`<pa-gallery-case reference .case=${current}></pa-gallery-case>`)}
            </section>`
          : nothing
      }
      <div class="tools">
        <h3 id="entries-heading">Abgaben der Teams (${gallery.entries.length})</h3>
        ${
          this.projector
            ? nothing
            : html`<button
                type="button"
                aria-pressed=${String(this.stacked)}
                @click=${() => (this.stacked = !this.stacked)}
              >
                Untereinander anzeigen
              </button>`
        }
      </div>
      ${
        gallery.entries.length
          ? html`<div
              class=${this.stacked ? 'entries stacked' : 'entries'}
              role="region"
              aria-labelledby="entries-heading"
              tabindex="0"
            >
              ${repeat(
                gallery.entries,
                (e) => e.team_id,
                (e) =>
                  html`<pa-gallery-entry
                    .entry=${e}
                    .output=${e.outputs.find((o) => o.case === current?.id)}
                    .starter=${gallery.starter}
                    .providers=${this.providers}
                    .technical=${!this.projector && session.info?.role === 'trainer'}
                  ></pa-gallery-entry>`,
              )}
            </div>`
          : html`<p>Kein Team hat eine Abgabe für diese Übung.</p>`
      }
    `;
  }

  private renderPicker(current: string | undefined, shown: string | undefined) {
    if (this.cases.length < 2) return nothing;
    const hint = this.steer
      ? 'Der Fall, den Sie wählen, erscheint bei allen Teams und auf dem Beamer.'
      : 'Die Galerie zeigt den Fall, den Ihre Trainerin oder Ihr Trainer gewählt hat. Sie können selbst einen anderen wählen.';
    const away = !this.steer && current !== shown ? this.cases.find((c) => c.id === shown) : undefined;
    return html`<fieldset aria-describedby="case-hint">
        <legend>${this.steer ? 'Fall für alle' : 'Fall'}</legend>
        <p id="case-hint" class="muted">${hint}</p>
        <div class="cases">
          ${this.cases.map(
            (c) =>
              html`<label>
                <input type="radio" name="case" .value=${c.id} .checked=${c.id === current} @change=${this.onPick} />
                ${caseTitle(c)}
              </label>`,
          )}
        </div>
      </fieldset>
      ${
        away
          ? html`<p>
              Gezeigt wird gerade „${caseTitle(away)}“.
              <button type="button" class="link" @click=${this.backToShown}>Zum gezeigten Fall</button>
            </p>`
          : nothing
      }`;
  }
}

customElements.define('pa-gallery', PaGallery);

declare global {
  interface HTMLElementTagNameMap {
    'pa-gallery': PaGallery;
  }
}
