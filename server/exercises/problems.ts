/** One thing wrong in a catalogue file, located for the trainer (lines and columns are 1-based). */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Readable path to the field, e.g. `cases[2].assert[0].value`. */
  field?: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

const PLAIN_KEY = /^[a-zA-Z_][a-zA-Z0-9_-]*$/;

/** `['cases', 2, 'assert', 0, 'value']` → `cases[2].assert[0].value`; odd keys are quoted. */
export function formatFieldPath(path: FieldPath): string {
  return path
    .map((segment, index) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (!PLAIN_KEY.test(segment)) return `[${JSON.stringify(segment)}]`;
      return index === 0 ? segment : `.${segment}`;
    })
    .join('');
}

/** `evals/x.yaml:14:9 cases[1].id: message`, the form editors and terminals link to. */
export function formatProblem(problem: Problem): string {
  let location = problem.file;
  if (problem.line !== undefined) {
    location += `:${problem.line}`;
    if (problem.column !== undefined) location += `:${problem.column}`;
  }
  return problem.field ? `${location} ${problem.field}: ${problem.message}` : `${location}: ${problem.message}`;
}
