import { llmRubricAssertions } from './assertions/llm-rubric.ts';
import { performanceAssertions } from './assertions/performance.ts';
import { similarityAssertions } from './assertions/similarity.ts';
import { structureAssertions } from './assertions/structure.ts';
import { textAssertions } from './assertions/text.ts';
import type { AssertionHandler } from './types.ts';

/** The engine's own assertion types; the German administrative ones are added beside these. */
export const builtinAssertions: AssertionHandler[] = [
  ...textAssertions,
  ...structureAssertions,
  ...similarityAssertions,
  ...performanceAssertions,
  ...llmRubricAssertions,
];
