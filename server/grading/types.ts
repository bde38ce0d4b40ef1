import type * as z from 'zod';
import type { Usage } from '../providers/types.ts';
import type { gradeResultSchema } from '../schema/run.ts';

export type GradeResult = z.infer<typeof gradeResultSchema>;

/** Everything an assertion may look at. */
export interface GradingContext {
  output: string;
  reference?: string;
  /** The case's vars merged over the exercise context: what the prompt could draw on. */
  vars: Record<string, string>;
  usage: Usage;
  costEur?: number;
  latencyMs: number;
  /** Asks the judge model (resolved per assertion, fixture or globally) for `llm-rubric`. */
  judge: (providerId: string | undefined, prompt: { system?: string; user: string }) => Promise<string>;
  signal?: AbortSignal;
}

export interface AssertionHandler<P extends z.ZodType = z.ZodType> {
  type: string;
  /** Validates the parameters beside `type` and `weight`; a strict object schema. */
  params: P;
  /** What the type checks, in one German sentence for the editor's type picker. */
  summary: string;
  /** Whether `not-<type>` makes sense. */
  negatable: boolean;
  grade(params: z.infer<P>, ctx: GradingContext): GradeResult | Promise<GradeResult>;
  /**
   * The plain-German sentence attendees read for an assertion without `description`, such as „Hat 80 bis 200
   * Wörter“; `negated` for `not-<type>`. Values the answer must contain may appear; patterns, JSON paths and
   * schemas never do (they would give the answer away or mean nothing to attendees).
   */
  describe(params: z.infer<P>, negated: boolean): string;
}

/** Keeps each handler's parameter type tied to its schema. */
export function defineAssertion<P extends z.ZodType>(handler: AssertionHandler<P>): AssertionHandler<P> {
  return handler;
}

export type { AssertionResult } from '../schema/run.ts';
