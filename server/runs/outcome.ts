import type { CaseResult } from '../schema/run.ts';

/** A case never sent because the team's budget ran out: it scores 0 and says why (not as a provider error). */
export const skippedResult = (
  ref: Pick<CaseResult, 'runId' | 'caseId' | 'provider' | 'repeat'>,
  finishedAt: number,
): CaseResult => ({
  ...ref,
  output: '',
  inputTokens: 0,
  outputTokens: 0,
  costEur: null,
  latencyMs: 0,
  finishReason: null,
  score: 0,
  pass: false,
  assertions: [],
  error: null,
  skipped: 'budget',
  cached: false,
  finishedAt,
});

export const outOfBudgetMessage = (skipped: number): string =>
  `Das Budget ist aufgebraucht: ${skipped === 1 ? 'Ein Fall wurde' : `${skipped} Fälle wurden`} nicht mehr ausgeführt.`;

/** Why a run got no answer at all; a hidden case's error may quote its input, so only a visible one is quoted. */
export function noAnswerMessage(failed: readonly { error: string; hidden: boolean }[]): string {
  const visible = failed.find((f) => !f.hidden);
  return visible
    ? `Kein Aufruf war erfolgreich. Erster Fehler: ${visible.error}`
    : 'Kein Aufruf war erfolgreich (die Fehlermeldungen verborgener Fälle werden nicht gezeigt).';
}
