import { css, html, nothing } from 'lit';
import type { CaseResult } from '../api/types.ts';
import { formatEur, formatInteger, formatPoints, formatSeconds } from '../format.ts';
import type { Cell } from '../state/run-view.ts';

/** Pass, fail or error: always an icon and a word, never colour alone. */
export function verdict(result: Pick<CaseResult, 'error' | 'pass'>) {
  if (result.error) return html`<span class="fail"><span aria-hidden="true">⚠</span> Fehler</span>`;
  return result.pass
    ? html`<span class="pass"><span aria-hidden="true">✓</span> Bestanden</span>`
    : html`<span class="fail"><span aria-hidden="true">✗</span> Nicht bestanden</span>`;
}

export function resultFacts(result: CaseResult) {
  return html`<span class="facts">
    ${formatInteger(result.inputTokens + result.outputTokens)} Tokens ·
    ${result.costEur === null ? 'Kosten unbekannt' : formatEur(result.costEur)} · ${formatSeconds(result.latencyMs)}
  </span>`;
}

/** One cell's content; `open` gets the result and the clicked button when the attendee asks for details. */
export function renderCell(
  cell: Cell | undefined,
  runActive: boolean,
  open: (result: CaseResult, opener: HTMLElement) => void,
) {
  // Never sent because the team's budget ran out: nothing to open, and no fault of the model.
  if (cell?.result?.skipped === 'budget') {
    return html`<span class="state muted">Nicht ausgeführt: Budget aufgebraucht</span>`;
  }
  if (cell?.result) {
    const { result } = cell;
    return html`<button
      class="cell-button"
      @click=${(event: Event) => open(result, event.currentTarget as HTMLElement)}
    >
      ${verdict(result)}
      <span class="score">${formatPoints(result.score * 100)}</span>
      ${result.error ? html`<span class="error-text">${result.error}</span>` : nothing} ${resultFacts(result)}
      <span class="more">Details<span class="sr-only"> anzeigen</span></span>
    </button>`;
  }
  if (cell?.status === 'running') {
    return html`<span class="state"
      ><span class="spinner" aria-hidden="true"></span> Läuft
      ${cell.chars > 0 ? html`… ${formatInteger(cell.chars)} Zeichen` : nothing}</span
    >`;
  }
  return html`<span class="state muted">${runActive ? 'Wartet' : 'Nicht ausgeführt'}</span>`;
}

export const cellStyles = css`
  .cell-button {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.1rem;
    width: 100%;
    text-align: left;
    font-weight: 400;
    color: var(--pa-text);
    border: 1px solid var(--pa-border);
    padding: 0.5rem 0.65rem;
  }
  .score {
    font-size: 1.15rem;
    font-weight: 700;
  }
  .facts {
    font-size: 0.875rem;
    color: var(--pa-muted);
  }
  .error-text {
    font-size: 0.9rem;
    color: var(--pa-bad);
    overflow-wrap: anywhere;
  }
  .more {
    font-size: 0.875rem;
    color: var(--pa-primary);
    text-decoration: underline;
  }
  .state {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    padding: 0.5rem 0.65rem;
  }
`;
