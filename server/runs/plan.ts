import type { Exercise, Prompt } from '../schema/exercise.ts';
import type { Case, Fixture } from '../schema/fixture.ts';
import type { RunRequest, RunTarget } from '../schema/run.ts';
import { renderTemplate } from '../templates/render.ts';
import { RunInputError } from './errors.ts';

export interface Job {
  testCase: Case;
  target: RunTarget;
  repeat: number;
}

/** The selected cases in file order; an unknown id is an input error naming it. */
export function selectCases(fixture: Fixture, wanted: readonly string[] | undefined): Case[] {
  if (!wanted) return fixture.cases;
  const byId = new Map(fixture.cases.map((c) => [c.id, c]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    throw new RunInputError(
      `Unbekannte Testfälle: ${unknown.join(', ')} (vorhanden: ${fixture.cases.map((c) => c.id).join(', ')})`,
      'cases',
    );
  }
  const set = new Set(wanted);
  return fixture.cases.filter((c) => set.has(c.id));
}

/** Case-major order, so the first rows of a results matrix fill first. */
export function planJobs(cases: readonly Case[], request: Pick<RunRequest, 'targets' | 'repeat'>): Job[] {
  return cases.flatMap((testCase) =>
    Array.from({ length: request.repeat }, (_, repeat) =>
      request.targets.map((target) => ({ testCase, target, repeat })),
    ).flat(),
  );
}

/** The variables of a case: the exercise's context documents, overridden by the case's own values. */
export const caseVars = (exercise: Exercise, testCase: Case): Record<string, string> => ({
  ...exercise.context,
  ...testCase.vars,
});

/** The prompt as the model receives it for one case. */
export function renderCasePrompt(prompt: Prompt, vars: Record<string, string>): Prompt {
  return {
    ...(prompt.system === undefined ? {} : { system: renderTemplate(prompt.system, vars) }),
    user: renderTemplate(prompt.user, vars),
  };
}
