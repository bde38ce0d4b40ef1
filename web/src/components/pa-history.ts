import { css, html, LitElement, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import type { MyEntry, ProviderInfo, RunSummary } from '../api/types.ts';
import { formatPoints } from '../format.ts';
import { POINTS_SCOPE } from '../lib/labels.ts';
import { baseStyles } from '../styles/shared.ts';
import { attemptNumber, attemptSummary } from './attempt.ts';
import { historyStyles } from './history-styles.ts';

/**
 * Every earlier attempt at the exercise, newest first. In a workshop, also the team's entry: which attempt counts
 * on the leaderboard (chosen, or else the best) and, while the exercise is open, the choice of another. Fires
 * `open-run` (detail: run id), `load-prompt` (detail: RunSummary), `compare` (detail: [older id, newer id]),
 * `choose-entry` (detail: run id) and `clear-entry`.
 */
export class PaHistory extends LitElement {
  static override properties = {
    runs: { attribute: false },
    providers: { attribute: false },
    currentRunId: { attribute: false },
    entry: { attribute: false },
    locked: { type: Boolean },
    entryError: { attribute: false },
    chosen: { state: true },
  };

  declare runs: RunSummary[];
  declare providers: ProviderInfo[];
  declare currentRunId: string | undefined;
  /** The team's entry; undefined outside a workshop (nothing about entries shows), null before a finished attempt. */
  declare entry: MyEntry | undefined;
  /** The exercise is locked: the entry stands. */
  declare locked: boolean;
  /** The last choice of an entry that failed. */
  declare entryError: string;
  /** The attempts ticked for comparison. */
  declare chosen: string[];

  constructor() {
    super();
    this.runs = [];
    this.providers = [];
    this.locked = false;
    this.entryError = '';
    this.chosen = [];
  }

  static override styles = [
    baseStyles,
    historyStyles,
    css`
      .entry p:last-of-type {
        margin-bottom: 0;
      }
      .entry button {
        margin-top: 0.75rem;
      }
      .entry .notice {
        margin: 0.75rem 0 0;
      }
      li.entry {
        border-left: 6px solid var(--pa-ok);
      }
    `,
  ];

  /** After a choice: its button is gone, the focus goes to the heading of the entry (which says what counts now). */
  async focusEntry(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#entry')?.focus();
  }

  override render() {
    if (this.runs.length === 0) {
      return html`<p class="muted">Noch keine Versuche. Ihr erster Lauf erscheint hier.</p>`;
    }
    const ready = this.chosen.length === 2;
    return html`
      ${this.renderEntry()}
      <div class="compare">
        <button ?disabled=${!ready} @click=${this.compare}>Ausgewählte Versuche vergleichen</button>
        <span class="muted" aria-live="polite">${this.chosen.length} von 2 Versuchen zum Vergleich ausgewählt</span>
      </div>
      <ol class="cards">
        ${this.runs.map((run) => this.renderRun(run))}
      </ol>
    `;
  }

  /** "Versuch 3", or a neutral name while the history does not list the attempt yet. */
  private attemptName(runId: string): string {
    return this.runs.some((run) => run.id === runId) ? `Versuch ${attemptNumber(this.runs, runId)}` : 'Ein Versuch';
  }

  private renderEntry() {
    const { entry } = this;
    if (entry === undefined) return nothing;
    const locked = this.locked ? ' Die Übung ist gesperrt: Die Abgabe steht fest.' : '';
    let text: string;
    if (entry === null) {
      text = this.locked
        ? 'Ihr Team hat zu dieser Übung keinen beendeten Versuch.'
        : 'Noch keine Abgabe: Sobald ein Versuch beendet ist, zählt der beste Versuch Ihres Teams.';
    } else {
      const points = `${formatPoints(entry.points)}. ${POINTS_SCOPE[entry.scope]}`;
      const name = this.attemptName(entry.run);
      text = entry.chosen
        ? `Ihr Team hat ${name} als Abgabe gewählt: ${points}${locked}`
        : `Es zählt der beste Versuch Ihres Teams, ${name}: ${points}${locked}`;
    }
    return html`<div class="notice entry">
      <h3 id="entry" tabindex="-1">Abgabe für die Rangliste</h3>
      <p>${text}</p>
      ${
        !this.locked && !entry?.chosen
          ? html`<p class="muted">Mit „Als Abgabe wählen“ legen Sie selbst fest, welcher Versuch zählt.</p>`
          : nothing
      }
      ${
        !this.locked && entry?.chosen
          ? html`<button @click=${() => this.emit('clear-entry', undefined)}>
              Wieder den besten Versuch zählen lassen
            </button>`
          : nothing
      }
      ${this.entryError ? html`<p class="notice error" role="alert">${this.entryError}</p>` : nothing}
    </div>`;
  }

  private renderRun(run: RunSummary) {
    const n = attemptNumber(this.runs, run.id);
    const current = run.id === this.currentRunId;
    const entry = this.entry?.run === run.id ? this.entry : undefined;
    // Any ended attempt may count, as long as the exercise is open; the chosen one already does.
    const choosable = this.entry !== undefined && !this.locked && run.status !== 'running' && !entry?.chosen;
    const notes = [
      ...(entry ? [entry.chosen ? 'Abgabe des Teams' : 'zählt als bestes Ergebnis'] : []),
      ...(current ? ['wird oben angezeigt'] : []),
    ];
    return html`<li class=${classMap({ current, entry: entry !== undefined })}>
      ${attemptSummary(
        run,
        n,
        this.providers,
        notes.map((note) => html`· <strong>${note}</strong> `),
      )}
      <div class="actions">
        <button @click=${() => this.emit('open-run', run.id)} aria-current=${current ? 'true' : nothing}>
          Ergebnisse anzeigen<span class="sr-only"> von Versuch ${n}</span>
        </button>
        <button @click=${() => this.emit('load-prompt', run)}>
          Prompt übernehmen<span class="sr-only"> aus Versuch ${n}</span>
        </button>
        <label class="choose">
          <input type="checkbox" .checked=${this.chosen.includes(run.id)} @change=${() => this.choose(run.id)} />
          Zum Vergleich auswählen<span class="sr-only"> (Versuch ${n})</span>
        </label>
        ${
          choosable
            ? html`<button @click=${() => this.emit('choose-entry', run.id)}>
                Als Abgabe wählen<span class="sr-only"> (Versuch ${n})</span>
              </button>`
            : nothing
        }
      </div>
    </li>`;
  }

  /** At most two: choosing a third drops the one chosen first. */
  private choose(runId: string): void {
    this.chosen = this.chosen.includes(runId)
      ? this.chosen.filter((id) => id !== runId)
      : [...this.chosen, runId].slice(-2);
  }

  private compare(): void {
    const [a, b] = [...this.chosen].sort((x, y) => attemptNumber(this.runs, x) - attemptNumber(this.runs, y));
    this.emit('compare', [a, b]);
  }

  private emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-history', PaHistory);

declare global {
  interface HTMLElementTagNameMap {
    'pa-history': PaHistory;
  }
}
