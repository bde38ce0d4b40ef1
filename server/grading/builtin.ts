import { llmRubricAssertions } from './assertions/llm-rubric.ts';
import { performanceAssertions } from './assertions/performance.ts';
import { similarityAssertions } from './assertions/similarity.ts';
import { structureAssertions } from './assertions/structure.ts';
import { textAssertions } from './assertions/text.ts';
import { domainAssertions } from './domain/index.ts';
import type { AssertionHandler } from './types.ts';

/** The engine's own assertion types and the German administrative ones of the exercise library. */
export const builtinAssertions: AssertionHandler[] = [
  ...textAssertions,
  ...structureAssertions,
  ...similarityAssertions,
  ...performanceAssertions,
  ...llmRubricAssertions,
  ...domainAssertions,
];
