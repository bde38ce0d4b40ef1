import { html, LitElement, nothing } from 'lit';
import type { ProviderInfo, RunSummary } from '../api/types.ts';
import { baseStyles } from '../styles/shared.ts';
import { attemptNumber, attemptSummary } from './attempt.ts';
import { historyStyles } from './history-styles.ts';

/**
 * Every earlier attempt at the exercise, newest first. Fires `open-run` (detail: run id), `load-prompt`
 * (detail: RunSummary) and `compare` (detail: [older id, newer id]).
 */
export class PaHistory extends LitElement {
  static override properties = {
    runs: { attribute: false },
    providers: { attribute: false },
    currentRunId: { attribute: false },
    chosen: { state: true },
  };

  declare runs: RunSummary[];
  declare providers: ProviderInfo[];
  declare currentRunId: string | undefined;
  declare chosen: string[];

  constructor() {
    super();
    this.runs = [];
    this.providers = [];
    this.chosen = [];
  }

  static override styles = [baseStyles, historyStyles];

  override render() {
    if (this.runs.length === 0) {
      return html`<p class="muted">Noch keine Versuche. Ihr erster Lauf erscheint hier.</p>`;
    }
    const ready = this.chosen.length === 2;
    return html`
      <div class="compare">
        <button ?disabled=${!ready} @click=${this.compare}>Ausgewählte Versuche vergleichen</button>
        <span class="muted" aria-live="polite">${this.chosen.length} von 2 Versuchen zum Vergleich ausgewählt</span>
      </div>
      <ol class="cards">
        ${this.runs.map((run) => this.renderRun(run))}
      </ol>
    `;
  }

  private renderRun(run: RunSummary) {
    const n = attemptNumber(this.runs, run.id);
    const current = run.id === this.currentRunId;
    return html`<li class=${current ? 'current' : ''}>
      ${attemptSummary(run, n, this.providers, current ? html`· <strong>wird oben angezeigt</strong>` : nothing)}
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
