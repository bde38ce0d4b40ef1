import type { Assertion } from '../schema/fixture.ts';
import { CannotGradeError } from './errors.ts';
import type { AssertionRegistry } from './registry.ts';
import type { AssertionResult, GradeResult, GradingContext } from './types.ts';

export interface CaseGrade {
  /** 0..1, weighted mean of the assertion scores. */
  score: number;
  pass: boolean;
  results: AssertionResult[];
}

// Weighted means of scores like 0.1 and 0.2 miss an exact threshold by a few ulps.
const EPSILON = 1e-9;

/**
 * Grades one output against all its assertions, concurrently (several may ask a judge model). Never throws:
 * an invalid assertion or a failing handler (judge unreachable) becomes a failed result and the rest still count.
 * Weight 0 makes an assertion informational; with no weighted assertion there is nothing to fail, so the score is 1.
 */
export async function gradeCase(
  registry: AssertionRegistry,
  assertions: Assertion[],
  ctx: GradingContext,
  passThreshold: number,
): Promise<CaseGrade> {
  const results = await Promise.all(assertions.map((assertion) => gradeAssertion(registry, assertion, ctx)));
  const totalWeight = results.reduce((sum, result) => sum + result.weight, 0);
  const score =
    totalWeight === 0 ? 1 : results.reduce((sum, result) => sum + result.weight * result.score, 0) / totalWeight;
  return { score, pass: score >= passThreshold - EPSILON, results };
}

export async function gradeAssertion(
  registry: AssertionRegistry,
  assertion: Assertion,
  ctx: GradingContext,
): Promise<AssertionResult> {
  const prepared = registry.prepare(assertion);
  const head = { type: assertion.type, weight: assertion.weight ?? 1, label: prepared.label };
  if (!prepared.ok) {
    const issues = prepared.issues.map(({ path, message }) =>
      path.length > 0 ? `${path.join('.')}: ${message}` : message,
    );
    return { ...head, pass: false, score: 0, reason: `Ungültige Prüfung: ${issues.join('; ')}` };
  }
  try {
    const result = await prepared.handler.grade(prepared.params, ctx);
    return { ...head, ...(prepared.negated ? negate(result) : result) };
  } catch (error) {
    const reason =
      error instanceof CannotGradeError
        ? error.message
        : `Prüfung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}`;
    return { ...head, pass: false, score: 0, reason };
  }
}

function negate({ pass, score, reason, ...rest }: GradeResult): GradeResult {
  return {
    ...rest,
    pass: !pass,
    score: 1 - score,
    reason: `${pass ? 'Verneinte Prüfung nicht bestanden' : 'Verneinte Prüfung bestanden'}: ${reason}`,
  };
}
