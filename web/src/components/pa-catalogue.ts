import { css, html, LitElement } from 'lit';
import { authoringApi } from '../api/authoring.ts';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import type { ExerciseSummary } from '../api/types.ts';
import { LEVELS } from '../format.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { session } from '../state/session.ts';
import { LiveEvents } from '../state/workshop-feed.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-exercise-card.ts';

/** The exercise catalogue: cards, filtered by topic and level. */
export class PaCatalogue extends LitElement {
  static override properties = {
    exercises: { state: true },
    own: { state: true },
    error: { state: true },
    tag: { state: true },
    level: { state: true },
  };

  declare exercises: ExerciseSummary[] | undefined;
  /** For trainers: the ids of their own exercises; undefined for everyone else. */
  declare own: ReadonlySet<string> | undefined;
  declare error: string;
  declare tag: string;
  declare level: string;

  constructor() {
    super();
    this.error = '';
    this.tag = '';
    this.level = '';
    // Loaded nothing because the server was down: try again once it is back.
    new ReloadOnReconnect(this, () => {
      if (this.error || !this.exercises) void this.load();
    });
    // In a workshop: exercises the trainer releases appear without a reload.
    new LiveEvents(this, (event) => {
      if (event.type === 'workshop-changed') void this.load();
    });
  }

  static override styles = [
    baseStyles,
    css`
      .filters {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem 1.5rem;
        align-items: flex-end;
        margin: 1.5rem 0 0.5rem;
      }
      .filters label {
        display: block;
        font-weight: 600;
        margin-bottom: 0.25rem;
      }
      .count {
        margin: 1rem 0;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 19rem), 1fr));
        gap: 1rem;
      }
      li {
        display: flex;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      if (session.info?.role === 'trainer') {
        // Trainers see which exercises are their own, to edit them (the others they copy).
        const { own, library } = await authoringApi.catalogue();
        this.own = new Set(own.map((o) => o.exercise.id));
        this.exercises = [...library, ...own.map((o) => o.exercise)];
      } else {
        this.exercises = await api.exercises();
      }
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  override render() {
    return html`
      <h1 tabindex="-1">Übungen</h1>
      <p>
        Wählen Sie eine Aufgabe aus der Verwaltungspraxis. Sie schreiben einen Prompt, lassen ihn von einem oder
        mehreren Modellen ausführen und sehen sofort, wie gut die Antworten die Anforderungen erfüllen.
      </p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : ''}
      ${this.exercises ? this.renderList(this.exercises) : this.error ? '' : html`<p>Übungen werden geladen …</p>`}
    `;
  }

  private renderList(exercises: ExerciseSummary[]) {
    if (exercises.length === 0) {
      return html`<p class="notice" role="status">
        Noch ist keine Übung freigegeben. Sobald Ihre Trainerin oder Ihr Trainer eine freigibt, erscheint sie hier.
      </p>`;
    }
    const tags = [...new Set(exercises.flatMap((e) => e.tags))].sort((a, b) => a.localeCompare(b, 'de'));
    // Easiest first, so newcomers find their start at the top.
    const shown = exercises
      .filter((e) => (!this.tag || e.tags.includes(this.tag)) && (!this.level || String(e.level) === this.level))
      .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title, 'de'));
    return html`
      <div class="filters" role="group" aria-label="Übungen filtern">
        <div>
          <label for="tag">Thema</label>
          <select id="tag" @change=${(e: Event) => (this.tag = (e.target as HTMLSelectElement).value)}>
            <option value="">Alle Themen</option>
            ${tags.map((tag) => html`<option value=${tag} ?selected=${tag === this.tag}>${tag}</option>`)}
          </select>
        </div>
        <div>
          <label for="level">Stufe</label>
          <select id="level" @change=${(e: Event) => (this.level = (e.target as HTMLSelectElement).value)}>
            <option value="">Alle Stufen</option>
            ${Object.entries(LEVELS).map(
              ([value, name]) =>
                html`<option value=${value} ?selected=${value === this.level}>${value} – ${name}</option>`,
            )}
          </select>
        </div>
      </div>
      <p class="count" role="status">${shown.length} von ${exercises.length} Übungen</p>
      ${
        shown.length
          ? html`<ul>
              ${shown.map(
                (e) =>
                  html`<li>
                    <pa-exercise-card
                      .exercise=${e}
                      .authoring=${this.own && (this.own.has(e.id) ? 'own' : 'library')}
                    ></pa-exercise-card>
                  </li>`,
              )}
            </ul>`
          : html`<p>Keine Übung passt zu diesen Filtern.</p>`
      }
    `;
  }
}

customElements.define('pa-catalogue', PaCatalogue);

declare global {
  interface HTMLElementTagNameMap {
    'pa-catalogue': PaCatalogue;
  }
}
