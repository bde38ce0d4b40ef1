import { css, html, LitElement, nothing } from 'lit';
import type { CaseResult, ExerciseDetail, Prompt, ProviderInfo } from '../api/types.ts';
import { formatDateTime, formatEur, formatPercent, formatPoints } from '../format.ts';
import { guardSentences } from '../lib/guard.ts';
import { caseLabel, modelLabel, visibleCase } from '../lib/labels.ts';
import { expectedResults, totals } from '../state/run-summary.ts';
import { viewResults, type RunView } from '../state/run-view.ts';
import { baseStyles } from '../styles/shared.ts';
import type { OpenResultDetail } from './pa-results-matrix.ts';
import './pa-results-matrix.ts';

const samePrompt = (a: Prompt, b: Prompt) => (a.system ?? '') === (b.system ?? '') && a.user === b.user;

/**
 * The shown run: its status, the live matrix, totals and the detail dialog for one result (loaded on demand).
 * Fires `load-prompt` (detail: the run's Prompt) when the attendee wants a reopened run's prompt back.
 */
export class PaRunResults extends LitElement {
  static override properties = {
    view: { attribute: false },
    exercise: { attribute: false },
    providers: { attribute: false },
    draft: { attribute: false },
    streamDown: { attribute: false },
    detail: { state: true },
  };

  declare view: RunView;
  declare exercise: ExerciseDetail;
  declare providers: ProviderInfo[];
  declare draft: Prompt;
  declare streamDown: boolean;
  declare detail: CaseResult | undefined;

  private opener?: HTMLElement;

  constructor() {
    super();
    this.providers = [];
    this.streamDown = false;
  }

  static override styles = [
    baseStyles,
    css`
      .status {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
        align-items: baseline;
        margin-bottom: 1rem;
      }
      .status strong {
        font-size: 1.1rem;
      }
      .guard {
        margin: -0.25rem 0 1rem;
      }
    `,
  ];

  override render() {
    const { run } = this.view;
    const results = viewResults(this.view);
    return html`
      <div class="status">${this.renderStatus(results)}</div>
      ${this.renderGuard()}
      ${
        this.streamDown
          ? html`<p class="notice warn" role="status">
              Die Verbindung zum Lauf ist unterbrochen. Sie wird automatisch wiederhergestellt; bereits angezeigte
              Ergebnisse bleiben erhalten.
            </p>`
          : nothing
      }
      ${
        samePrompt(run.prompt, this.draft)
          ? nothing
          : html`<p class="notice">
              Dieser Lauf verwendete einen anderen Prompt als Ihr aktueller Entwurf.
              <button class="link" @click=${() => this.emitLoadPrompt()}>
                Prompt dieses Laufs in den Editor laden
              </button>
            </p>`
      }
      <pa-results-matrix
        .view=${this.view}
        .exercise=${this.exercise}
        .providers=${this.providers}
        @open-result=${(event: CustomEvent<OpenResultDetail>) => void this.openDetail(event.detail)}
      ></pa-results-matrix>
      ${this.renderDetail()}
    `;
  }

  private renderStatus(results: CaseResult[]) {
    const { run } = this.view;
    const t = totals(results);
    const overall =
      t.score === null
        ? nothing
        : html`<span>Gesamt: Ø ${formatPoints(t.score)}</span>
            <span>${t.passed} von ${t.count} bestanden (${formatPercent(t.passed / t.count)})</span>
            <span>Kosten: ${formatEur(t.costEur)}</span>`;
    switch (run.status) {
      case 'running':
        return html`<strong
            ><span class="spinner" aria-hidden="true"></span> Läuft: ${results.length} von ${expectedResults(run)}
            Ergebnissen fertig</strong
          >${overall}`;
      case 'done':
        return html`<strong>Abgeschlossen</strong
          ><span class="muted">gestartet ${formatDateTime(run.createdAt)}</span>${overall}`;
      case 'cancelled':
        return html`<strong>Abgebrochen.</strong><span>Fertige Ergebnisse bleiben erhalten.</span>${overall}`;
      case 'interrupted':
        return html`<strong>Unterbrochen.</strong><span>Der Server wurde während des Laufs beendet.</span>${overall}`;
      case 'out-of-budget':
        return html`<strong>Budget aufgebraucht.</strong
          ><span>${run.error ?? 'Die übrigen Fälle wurden nicht mehr ausgeführt.'}</span>${overall}`;
      case 'failed':
        return html`<strong class="fail">Fehlgeschlagen:</strong
          ><span>${run.error ?? 'Unbekannter Fehler'}</span>${overall}`;
    }
  }

  /** What the data guard did before the prompts went out: counts by kind, never the values. */
  private renderGuard() {
    const { guard } = this.view.run;
    if (!guard) return nothing;
    return html`<p class="guard"><strong>Datenschutz:</strong> ${guardSentences(guard).join(' ')}</p>`;
  }

  private emitLoadPrompt(): void {
    const detail: Prompt = this.view.run.prompt;
    this.dispatchEvent(new CustomEvent('load-prompt', { detail, bubbles: true, composed: true }));
  }

  private async openDetail({ result, opener }: OpenResultDetail): Promise<void> {
    await import('./pa-result-detail.ts');
    this.opener = opener;
    this.detail = result;
  }

  private closeDetail(): void {
    this.detail = undefined;
    this.opener?.focus();
  }

  private renderDetail() {
    const result = this.detail;
    if (!result) return nothing;
    const visible = visibleCase(this.exercise, result.caseId);
    return html`<pa-result-detail
      .runId=${this.view.run.id}
      .result=${result}
      .caseName=${caseLabel(this.exercise, result.caseId)}
      .modelName=${modelLabel(this.providers, result.provider)}
      .reference=${visible?.reference}
      .hiddenCase=${this.exercise.cases.some((c) => c.id === result.caseId && c.hidden)}
      @close=${() => this.closeDetail()}
    ></pa-result-detail>`;
  }
}

customElements.define('pa-run-results', PaRunResults);

declare global {
  interface HTMLElementTagNameMap {
    'pa-run-results': PaRunResults;
  }
}
