import type { LoadedExercise } from '../exercises/catalogue.ts';
import type { AssertionResult } from '../grading/types.ts';
import type { CaseResult, RunEvent, RunRecord } from '../schema/run.ts';

export const HIDDEN_REASON = 'Verborgener Fall: Details werden nicht angezeigt.';
/** A hidden case's checks name what its answer must contain, so attendees read this instead. */
export const HIDDEN_LABEL = 'Prüfung eines verborgenen Falls';
/** A provider's error message may quote the prompt, and with it the hidden input. */
export const HIDDEN_ERROR = 'Der Aufruf ist fehlgeschlagen (bei verborgenen Fällen ohne Einzelheiten).';
const placeholder = (n: number) => `verborgen-${n}`;

/** An assertion result as attendees get it: without the technical detail (a pattern, a JSON path). */
export const publicAssertion = ({ detail: _detail, ...rest }: AssertionResult): AssertionResult => rest;

/**
 * What attendees may see of an exercise's runs. Hidden cases appear as `verborgen-1`, `verborgen-2`, …
 * (numbered in file order), without output, deltas or assertion labels and reasons; scores, tokens and times stay.
 * Only trainers get the technical detail of an assertion result.
 * A case id the exercise does not know as visible (its fixture changed, or the exercise is gone) counts as
 * hidden too: when in doubt, show less.
 */
export class CaseView {
  private readonly toPublic = new Map<string, string>();
  private readonly toReal = new Map<string, string>();
  private readonly visible: ReadonlySet<string>;
  private next = 1;
  /** Every case of the exercise as attendees name it, in file order. */
  readonly publicIds: readonly string[];

  /** `revealHidden`: a trainer's view of a team's runs, where nothing is hidden; `technical`: a trainer's view. */
  constructor(
    loaded: LoadedExercise | undefined,
    runCases: readonly string[] = [],
    private readonly options: { revealHidden?: boolean; technical?: boolean } = {},
  ) {
    const cases = loaded?.fixture?.cases ?? [];
    this.visible = new Set(cases.filter((c) => options.revealHidden || !c.hidden).map((c) => c.id));
    for (const c of cases) if (c.hidden) this.publicId(c.id);
    for (const id of runCases) this.publicId(id);
    this.publicIds = cases.map((c) => this.publicId(c.id));
  }

  isHidden = (caseId: string): boolean => !this.options.revealHidden && !this.visible.has(caseId);

  /** The id attendees see: the case's own id if visible, otherwise its placeholder. */
  publicId = (caseId: string): string => {
    if (!this.isHidden(caseId)) return caseId;
    let shown = this.toPublic.get(caseId);
    if (!shown) {
      // A visible case could itself be called `verborgen-1`; placeholders skip such names.
      while (this.visible.has(placeholder(this.next))) this.next++;
      shown = placeholder(this.next++);
      this.toPublic.set(caseId, shown);
      this.toReal.set(shown, caseId);
    }
    return shown;
  };

  /** The real id behind an id attendees send (a visible id or a placeholder); undefined for anything else. */
  realId = (shown: string): string | undefined => (this.visible.has(shown) ? shown : this.toReal.get(shown));

  record = <R extends RunRecord>(run: R): R => ({ ...run, cases: run.cases.map(this.publicId) });

  result = (result: CaseResult): CaseResult => {
    if (this.isHidden(result.caseId)) {
      return {
        ...result,
        caseId: this.publicId(result.caseId),
        output: '',
        assertions: result.assertions.map((a) => ({
          ...publicAssertion(a),
          label: HIDDEN_LABEL,
          reason: HIDDEN_REASON,
        })),
        error: result.error === null ? null : HIDDEN_ERROR,
      };
    }
    return this.options.technical ? result : { ...result, assertions: result.assertions.map(publicAssertion) };
  };

  /** The event as attendees receive it; undefined for events they must not get at all (deltas of hidden cases). */
  event = (event: RunEvent): RunEvent | undefined => {
    switch (event.type) {
      case 'run-started':
        return { ...event, run: this.record(event.run) };
      case 'case-started':
        return { ...event, caseId: this.publicId(event.caseId) };
      case 'delta':
        return this.isHidden(event.caseId) ? undefined : event;
      case 'case-finished':
        return { ...event, result: this.result(event.result) };
      case 'run-finished':
        return event;
    }
  };

  /** A message about cases (e.g. a missing variable in `Fall "x"`) with hidden ids replaced by placeholders. */
  message = (text: string): string =>
    [...this.toPublic].reduce((t, [real, shown]) => t.replaceAll(`"${real}"`, `"${shown}"`), text);
}
