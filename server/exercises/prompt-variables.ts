import type { Exercise, Prompt } from '../schema/exercise.ts';
import type { Fixture } from '../schema/fixture.ts';
import { describeMissingVariables } from '../templates/render.ts';
import { templateVariables } from '../templates/tokens.ts';

/** A `{{variable}}` in a prompt that nothing fills. */
export interface VariableProblem {
  /** The part of the prompt that first uses the variable. */
  field: 'system' | 'user';
  variable: string;
  /** The case that lacks it; absent when no case (and not the context) provides it. */
  case?: { index: number; id: string };
  message: string;
}

/**
 * Every variable must come from the exercise context or, for every case, from that case's vars.
 * Used for the starter at load time and for an attendee's prompt before a run.
 */
export function validatePromptVariables(prompt: Prompt, exercise: Exercise, fixture?: Fixture): VariableProblem[] {
  const cases = fixture?.cases ?? [];
  const firstUse = new Map<string, VariableProblem['field']>();
  for (const field of ['system', 'user'] as const) {
    for (const variable of templateVariables(prompt[field] ?? '')) {
      if (!firstUse.has(variable)) firstUse.set(variable, field);
    }
  }
  return [...firstUse].flatMap(([variable, field]): VariableProblem[] => {
    if (Object.hasOwn(exercise.context, variable)) return [];
    const lacking = cases.flatMap((c, index) => (Object.hasOwn(c.vars, variable) ? [] : [{ index, id: c.id }]));
    if (lacking.length === cases.length) {
      const message = `Die Variable {{${variable}}} ist weder im Kontext der Übung noch in einem Fall vorhanden`;
      return [{ field, variable, message }];
    }
    return lacking.map((c) => ({
      field,
      variable,
      case: c,
      message: `Fall "${c.id}": ${describeMissingVariables([variable])}`,
    }));
  });
}
