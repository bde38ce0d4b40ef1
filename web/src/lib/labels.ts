import type { ExerciseDetail, ExerciseSummary, MyEntry, ProviderInfo, PublicCase, RunStatus } from '../api/types.ts';

const PLACEHOLDER = /^verborgen-(\d+)$/;

type VisibleCase = Extract<PublicCase, { hidden: false }>;

/** A visible case by its description (or id); one the trainer revealed says that it was hidden. */
export const caseTitle = (c: VisibleCase) => `${c.description ?? c.id}${c.revealed ? ' (war verborgen)' : ''}`;

/** A case's row label: hidden ones as "Verborgener Fall 1", visible ones by their title. */
export function caseLabel(exercise: ExerciseDetail | undefined, caseId: string): string {
  const found = exercise?.cases.find((c) => c.id === caseId);
  const hiddenNumber = PLACEHOLDER.exec(caseId)?.[1];
  if (hiddenNumber && (!found || found.hidden)) return `Verborgener Fall ${hiddenNumber}`;
  return found && !found.hidden ? caseTitle(found) : caseId;
}

export function visibleCase(exercise: ExerciseDetail | undefined, caseId: string) {
  const found = exercise?.cases.find((c) => c.id === caseId);
  return found && !found.hidden ? (found as VisibleCase) : undefined;
}

/** "Demo · Basis (antwortet ausführlich)" for `demo:basis`; the bare id when the provider is unknown. */
export function modelLabel(providers: readonly ProviderInfo[], providerId: string): string {
  const colon = providerId.indexOf(':');
  const name = providerId.slice(0, colon);
  const modelId = providerId.slice(colon + 1);
  const provider = providers.find((p) => p.name === name);
  const model = provider?.models.find((m) => m.id === modelId);
  return provider ? `${provider.label} · ${model?.label ?? modelId}` : providerId;
}

/** A run's state, as a team's history and the trainer's view of a team's attempts name it. */
export const RUN_STATUS: Readonly<Record<RunStatus, string>> = {
  running: 'Läuft gerade',
  done: 'Abgeschlossen',
  failed: 'Fehlgeschlagen',
  cancelled: 'Abgebrochen',
  interrupted: 'Unterbrochen',
  'out-of-budget': 'Budget aufgebraucht',
};

/** Where an exercise stands in the round, in words (locked, revealed); nothing while it is open. */
export function exerciseStateLabels({ state, revealed }: Pick<ExerciseSummary, 'state' | 'revealed'>): string[] {
  return [...(state === 'locked' ? ['Gesperrt'] : []), ...(revealed ? ['Aufgedeckt'] : [])];
}

type PointsScope = NonNullable<MyEntry>['scope'];

/** Which cases the points count: the public ones while the round runs, all of them once revealed. */
export const POINTS_SCOPE: Readonly<Record<PointsScope, string>> = {
  public: 'Es zählen nur die öffentlichen Fälle.',
  all: 'Es zählen alle Fälle, auch die verborgenen.',
};
