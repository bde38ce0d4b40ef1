import { css, html, nothing } from 'lit';
import type { Prompt, ProviderInfo, RunSummary } from '../api/types.ts';
import { formatDateTime, formatPoints } from '../format.ts';
import { modelLabel, RUN_STATUS } from '../lib/labels.ts';
import { cardListStyles } from '../styles/shared.ts';

/** Number shown for an attempt (runs newest first): the oldest is "Versuch 1". */
export const attemptNumber = (runs: readonly RunSummary[], runId: string) =>
  runs.length - runs.findIndex((r) => r.id === runId);

/**
 * One attempt at an exercise, inside an item of a `.cards` list: number, time, state, score, models and the
 * prompt (folded). The team's history and the trainer's view of a team show it alike; `note` follows the state.
 */
export function attemptSummary(
  run: RunSummary,
  n: number,
  providers: readonly ProviderInfo[],
  note: unknown = nothing,
) {
  const { score, passed, results } = run.totals;
  const models = run.targets.map((t) => modelLabel(providers, t.provider)).join(', ');
  return html`<h3>Versuch ${n} <span class="muted">vom ${formatDateTime(run.createdAt)}</span></h3>
    <p class="facts">
      ${RUN_STATUS[run.status]}${score === null ? '' : ` · Ø ${formatPoints(score)} · ${passed} von ${results} bestanden`}
      ${note}<br />
      <span class="muted"
        >Modelle: ${models}${run.exerciseVersion === null ? '' : ` · Fassung ${run.exerciseVersion} der Übung`}</span
      >
    </p>
    ${promptDetails(run.prompt, html`Prompt von Versuch ${n} ansehen`)}`;
}

/** A prompt folded under `summary`: system prompt (if any) and user prompt, as sent. */
export const promptDetails = (prompt: Prompt, summary: unknown) =>
  html`<details>
    <summary>${summary}</summary>
    ${
      prompt.system
        ? html`<h4>Systemprompt</h4>
            <pre>${prompt.system}</pre>`
        : nothing
    }
    <h4>Nutzerprompt</h4>
    <pre>${prompt.user}</pre>
  </details>`;

export const attemptStyles = [
  cardListStyles,
  css`
    h3 {
      margin: 0 0 0.25rem;
      font-size: 1.05rem;
    }
    .facts {
      margin: 0 0 0.5rem;
    }
    details summary {
      cursor: pointer;
      min-height: 2rem;
    }
    h4 {
      margin: 0.75rem 0 0;
      font-size: 1rem;
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-family: var(--pa-mono);
      font-size: 0.9rem;
      background: var(--pa-bg);
      padding: 0.6rem 0.75rem;
      border-radius: var(--pa-radius);
      margin: 0.5rem 0 0;
    }
  `,
];
