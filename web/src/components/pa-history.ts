import { html, LitElement, nothing } from 'lit';
import type { ProviderInfo, RunStatus, RunSummary } from '../api/types.ts';
import { formatDateTime, formatPoints } from '../format.ts';
import { modelLabel } from '../lib/labels.ts';
import { baseStyles } from '../styles/shared.ts';
import { historyStyles } from './history-styles.ts';

const STATUS: Record<RunStatus, string> = {
  running: 'Läuft gerade',
  done: 'Abgeschlossen',
  failed: 'Fehlgeschlagen',
  cancelled: 'Abgebrochen',
  interrupted: 'Unterbrochen',
  'out-of-budget': 'Budget aufgebraucht',
};

/** Number shown for an attempt: the oldest is "Versuch 1". */
export const attemptNumber = (runs: readonly RunSummary[], runId: string) =>
  runs.length - runs.findIndex((r) => r.id === runId);

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
      <ol>
        ${this.runs.map((run) => this.renderRun(run))}
      </ol>
    `;
  }

  private renderRun(run: RunSummary) {
    const n = attemptNumber(this.runs, run.id);
    const current = run.id === this.currentRunId;
    const { score, passed, results } = run.totals;
    const models = run.targets.map((t) => modelLabel(this.providers, t.provider)).join(', ');
    return html`<li class=${current ? 'current' : ''}>
      <h3>Versuch ${n} <span class="muted">vom ${formatDateTime(run.createdAt)}</span></h3>
      <p class="facts">
        ${STATUS[run.status]}${score === null ? '' : ` · Ø ${formatPoints(score)} · ${passed} von ${results} bestanden`}
        ${current ? html`· <strong>wird oben angezeigt</strong>` : nothing}<br />
        <span class="muted">Modelle: ${models}</span>
      </p>
      <details>
        <summary>Prompt von Versuch ${n} ansehen</summary>
        ${
          run.prompt.system
            ? html`<h4>Systemprompt</h4>
                <pre>${run.prompt.system}</pre>`
            : nothing
        }
        <h4>Nutzerprompt</h4>
        <pre>${run.prompt.user}</pre>
      </details>
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
