import type { CaseGrade } from '../grading/grade.ts';
import type { ChatResponse } from '../providers/types.ts';
import type { CaseResult } from '../schema/run.ts';

type ResultRef = Pick<CaseResult, 'runId' | 'caseId' | 'provider' | 'repeat'>;

/** A sent case: its answer (none when the call failed with `error`), graded. */
export const answeredResult = (
  ref: ResultRef,
  response: (ChatResponse & { cached: boolean }) | undefined,
  graded: CaseGrade,
  error: string | null,
  finishedAt: number,
): CaseResult => ({
  ...ref,
  output: response?.text ?? '',
  inputTokens: response?.usage.inputTokens ?? 0,
  outputTokens: response?.usage.outputTokens ?? 0,
  costEur: response?.costEur ?? null,
  latencyMs: Math.round(response?.latencyMs ?? 0),
  finishReason: response?.finishReason ?? null,
  score: graded.score,
  pass: graded.pass,
  assertions: graded.results,
  error,
  skipped: null,
  cached: response?.cached ?? false,
  finishedAt,
});

/** A case never sent because the team's budget ran out: it scores 0 and says why (not as a provider error). */
export const skippedResult = (ref: ResultRef, finishedAt: number): CaseResult => ({
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
