import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { galleryApi } from '../../api/gallery.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ExerciseSummary, VoteResults, WorkshopDetail } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { LiveReload } from './live-reload.ts';
import { exerciseStateText } from './round-labels.ts';
import './pa-export-links.ts';
import './pa-vote-results.ts';

/** Per locked exercise: its vote's results, or why they could not be loaded. */
type Votes = Record<string, VoteResults | { error: string }>;

interface Loaded {
  workshop: WorkshopDetail;
  votes: Votes;
}

/** The votes of every locked exercise; one that fails leaves the others standing. */
async function loadVotes(workshop: WorkshopDetail): Promise<Votes> {
  const locked = workshop.round.released.filter((x) => workshop.round.locked.includes(x));
  const answers = await Promise.all(
    locked.map((x) =>
      galleryApi.votes(workshop.id, x).then(
        (results) => results,
        (error: unknown) => ({ error: errorMessage(error) }),
      ),
    ),
  );
  return Object.fromEntries(locked.map((x, i) => [x, answers[i]!]));
}

/**
 * The trainer's "Auswertung" of a workshop (`#/workshop/<id>/auswertung`): per released exercise its state, the
 * gallery (after the reveal: open it for everyone, look at it, show it on the projector), the blind vote (once
 * locked: open and close it) and the vote's results beside the checks'; at the end the results and records to take
 * away. Follows the live events: a new vote shows within moments.
 */
export class PaEvaluation extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    loaded: { state: true },
    catalogue: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  declare workshopId: string;
  declare loaded: Loaded | undefined;
  declare catalogue: ExerciseSummary[];
  declare error: string;
  declare announcement: string;

  private readonly live: LiveReload<Loaded>;
  private busy = false;

  constructor() {
    super();
    this.catalogue = [];
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => void this.live.reload());
    this.live = new LiveReload(this, {
      workshopId: () => this.workshopId,
      types: ['workshop-changed', 'votes-changed', 'team-renamed', 'team-removed'],
      fetch: async () => {
        const workshop = await trainerApi.workshop(this.workshopId);
        return { workshop, votes: await loadVotes(workshop) };
      },
      show: (loaded) => {
        this.loaded = loaded;
        this.error = '';
      },
      fail: (error) => (this.error = errorMessage(error)),
    });
  }

  static override styles = [
    baseStyles,
    css`
      h1 {
        overflow-wrap: anywhere;
      }
      .links,
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
      }
      section {
        margin-top: 1.5rem;
      }
      h2 {
        overflow-wrap: anywhere;
      }
      h3 {
        margin-top: 1.25rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.live.reload();
    void trainerApi.exercises().then(
      (catalogue) => (this.catalogue = catalogue),
      // Only the titles come from it; the ids stand in.
      () => undefined,
    );
  }

  private titleOf(exercise: string): string {
    return this.catalogue.find((x) => x.id === exercise)?.title ?? exercise;
  }

  /**
   * Opens or closes the gallery or the vote. The button keeps its place with its new label, so the focus stays
   * on it; screen readers hear what changed once it shows.
   */
  private async act(action: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await action();
      await this.live.reload();
      this.announcement = done;
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const w = this.loaded?.workshop;
    return html`
      <p class="links">
        <a href=${routeHref({ name: 'workshop', id: this.workshopId })}>Zur Workshop-Seite</a>
        <a href=${routeHref({ name: 'dashboard', id: this.workshopId })}>Zur Live-Übersicht</a>
        <a href=${routeHref({ name: 'projector', id: this.workshopId })}>Beamer-Ansicht öffnen</a>
      </p>
      <h1 tabindex="-1">Auswertung${w ? `: ${w.title}` : ''}</h1>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.loaded ? this.renderExercises(this.loaded) : this.error ? nothing : html`<p>Wird geladen …</p>`}
      <section aria-labelledby="exports-heading">
        <h2 id="exports-heading">Ergebnisse und Nachweise</h2>
        <pa-export-links .workshopId=${this.workshopId}></pa-export-links>
      </section>
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }

  private renderExercises({ workshop, votes }: Loaded) {
    const { released } = workshop.round;
    if (released.length === 0) return html`<p>Noch ist keine Übung freigegeben.</p>`;
    return html`<p>
        Nach dem Aufdecken zeigt die Galerie die Abgaben aller Teams nebeneinander. Ist eine Übung gesperrt, vergleichen
        die Teilnehmenden in einer Abstimmung Antworten anderer Teams, ohne zu wissen, von wem sie stammen.
      </p>
      ${released.map((exercise, i) => this.renderExercise(workshop, exercise, `exercise-${i}`, votes[exercise]))}`;
  }

  private renderExercise(w: WorkshopDetail, exercise: string, id: string, votes: Votes[string] | undefined) {
    const { round } = w;
    const title = this.titleOf(exercise);
    const revealed = round.revealed.includes(exercise);
    const locked = round.locked.includes(exercise);
    return html`<section class="panel" aria-labelledby=${id}>
      <h2 id=${id}>${title}</h2>
      <p>Stand: ${exerciseStateText({ state: locked ? 'locked' : 'open', revealed })}</p>
      <h3>Galerie</h3>
      ${revealed ? this.renderGallery(w, exercise, title) : html`<p class="muted">Erst nach dem Aufdecken möglich.</p>`}
      <h3>Abstimmung</h3>
      ${locked ? this.renderVoting(w, exercise, title) : html`<p class="muted">Erst möglich, wenn die Übung gesperrt ist.</p>`}
      ${
        votes === undefined
          ? nothing
          : 'error' in votes
            ? html`<p class="notice error">${votes.error}</p>`
            : html`<pa-vote-results .results=${votes}></pa-vote-results>`
      }
    </section>`;
  }

  private renderGallery(w: WorkshopDetail, exercise: string, title: string) {
    const open = w.round.gallery?.exercise === exercise;
    const toggle = () =>
      this.act(
        () => (open ? galleryApi.closeGallery(w.id) : galleryApi.openGallery(w.id, exercise)),
        open ? `Die Galerie zu „${title}“ ist geschlossen.` : `Alle sehen jetzt die Galerie zu „${title}“.`,
      );
    return html`<p>
        ${open ? 'Die Teams und der Beamer zeigen die Galerie gerade.' : 'Die Teams sehen die Galerie nicht.'}
      </p>
      <div class="actions">
        <button type="button" @click=${toggle}>
          ${open ? 'Galerie für alle schließen' : 'Galerie für alle öffnen'}<span class="sr-only">: ${title}</span>
        </button>
        <a href=${routeHref({ name: 'workshop-gallery', id: w.id, exercise })}
          >Galerie ansehen<span class="sr-only">: ${title}</span></a
        >
        ${
          open
            ? html`<a href=${routeHref({ name: 'projector', id: w.id })}
                >Galerie auf dem Beamer<span class="sr-only">: ${title}</span></a
              >`
            : nothing
        }
      </div>`;
  }

  private renderVoting(w: WorkshopDetail, exercise: string, title: string) {
    const open = w.round.voting?.exercise === exercise;
    const toggle = () =>
      this.act(
        () => (open ? galleryApi.closeVoting(w.id) : galleryApi.openVoting(w.id, exercise)),
        open ? `Die Abstimmung zu „${title}“ ist geschlossen.` : `Die Abstimmung zu „${title}“ ist geöffnet.`,
      );
    const state = open
      ? 'Die Abstimmung läuft: Die Teilnehmenden finden sie unter „Abstimmen“.'
      : w.round.voting
        ? 'Gerade läuft die Abstimmung über eine andere Übung; diese hier zu öffnen beendet jene (ihre Stimmen bleiben).'
        : 'Keine Abstimmung offen.';
    return html`<p>${state}</p>
      <div class="actions">
        <button type="button" @click=${toggle}>
          ${open ? 'Abstimmung schließen' : 'Abstimmung öffnen'}<span class="sr-only">: ${title}</span>
        </button>
      </div>`;
  }
}

customElements.define('pa-evaluation', PaEvaluation);

declare global {
  interface HTMLElementTagNameMap {
    'pa-evaluation': PaEvaluation;
  }
}
