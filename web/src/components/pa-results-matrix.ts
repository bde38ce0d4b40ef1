import { css, html, LitElement, nothing } from 'lit';
import type { CaseResult, ExerciseDetail, ProviderInfo } from '../api/types.ts';
import { formatEur, formatPercent, formatPoints } from '../format.ts';
import { caseLabel, modelLabel } from '../lib/labels.ts';
import { totals } from '../state/run-summary.ts';
import { cellKey, viewResults, type RunView } from '../state/run-view.ts';
import { baseStyles, scrollerStyles } from '../styles/shared.ts';
import { cellStyles, renderCell } from './matrix-cell.ts';

export interface OpenResultDetail {
  result: CaseResult;
  opener: HTMLElement;
}

function summary(results: CaseResult[]) {
  const t = totals(results);
  if (t.count === 0) return html`<span class="muted">Noch keine Ergebnisse</span>`;
  return html`<span class="score">Ø ${formatPoints(t.score ?? 0)}</span>
    <span>${t.passed} von ${t.count} bestanden (${formatPercent(t.passed / t.count)})</span>
    <span>Kosten: ${t.costKnown ? formatEur(t.costEur) : `mind. ${formatEur(t.costEur)}`}</span>`;
}

/** Rows are cases, columns are models; cells fill live. Fires `open-result` (detail: OpenResultDetail). */
export class PaResultsMatrix extends LitElement {
  static override properties = {
    view: { attribute: false },
    exercise: { attribute: false },
    providers: { attribute: false },
  };

  declare view: RunView;
  declare exercise: ExerciseDetail | undefined;
  declare providers: ProviderInfo[];

  constructor() {
    super();
    this.providers = [];
  }

  static override styles = [
    baseStyles,
    cellStyles,
    scrollerStyles,
    css`
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: left;
        padding: 0.75rem 1rem;
        font-weight: 700;
        font-size: 1.1rem;
      }
      th,
      td {
        border-top: 1px solid var(--pa-border);
        padding: 0.5rem;
        vertical-align: top;
        text-align: left;
      }
      thead th {
        background: var(--pa-bg);
        min-width: 12rem;
      }
      tbody th {
        font-weight: 600;
        max-width: 16rem;
        min-width: 9rem;
      }
      tbody th small {
        display: block;
        font-weight: 400;
        color: var(--pa-muted);
        font-family: var(--pa-mono);
        overflow-wrap: anywhere;
      }
      tfoot th,
      tfoot td {
        background: var(--pa-primary-soft);
        border-top: 2px solid var(--pa-primary);
      }
      tfoot td span {
        display: block;
      }
    `,
  ];

  override render() {
    const { run } = this.view;
    const providers = run.targets.map((t) => t.provider);
    const active = run.status === 'running';
    const results = viewResults(this.view);
    return html`<div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
      <table>
        <caption id="caption">
          Ergebnisse je Fall und Modell
        </caption>
        <thead>
          <tr>
            <th scope="col">Fall</th>
            ${providers.map((p) => html`<th scope="col">${modelLabel(this.providers, p)}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${run.cases.map(
            (caseId) =>
              html`<tr>
                <th scope="row">
                  ${caseLabel(this.exercise, caseId)}
                  ${caseId.startsWith('verborgen-') ? nothing : html`<small>${caseId}</small>`}
                </th>
                ${providers.map(
                  (provider) =>
                    html`<td>
                      ${Array.from({ length: run.repeat }, (_, repeat) => {
                        const cell = this.view.cells.get(cellKey(caseId, provider, repeat));
                        return html`${run.repeat > 1 ? html`<small>Durchgang ${repeat + 1}</small>` : nothing}
                        ${renderCell(cell, active, (result, opener) => this.open(result, opener))}`;
                      })}
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Zusammenfassung</th>
            ${providers.map((p) => html`<td>${summary(results.filter((r) => r.provider === p))}</td>`)}
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private open(result: CaseResult, opener: HTMLElement): void {
    const detail: OpenResultDetail = { result, opener };
    this.dispatchEvent(new CustomEvent('open-result', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-results-matrix', PaResultsMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'pa-results-matrix': PaResultsMatrix;
  }
}
