import { builtinAssertions } from '../../server/grading/builtin.ts';
import { gradeAssertion } from '../../server/grading/grade.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import type { AssertionResult, GradingContext } from '../../server/grading/types.ts';

export const registry = new AssertionRegistry(builtinAssertions);

/** A grading context for `output`; the judge fails unless a test supplies one. */
export function context(output: string, overrides: Partial<GradingContext> = {}): GradingContext {
  return {
    output,
    vars: {},
    usage: { inputTokens: 100, outputTokens: 50 },
    latencyMs: 800,
    judge: () => Promise.reject(new Error('kein Bewertungsmodell in diesem Test')),
    ...overrides,
  };
}

/** Grades one assertion the way a run does: registry lookup, parameter parsing, negation. */
export function grade(
  type: string,
  params: Record<string, unknown>,
  output: string,
  overrides: Partial<GradingContext> = {},
): Promise<AssertionResult> {
  return gradeAssertion(registry, { type, ...params }, context(output, overrides));
}

/** The issues the registry reports for an assertion as written in a fixture, as "path: message". */
export function issues(assertion: { type: string } & Record<string, unknown>): string[] {
  return registry.validate(assertion).map(({ path, message }) => `${path.join('.')}: ${message}`);
}
