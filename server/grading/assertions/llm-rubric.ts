import * as z from 'zod';
import { providerIdSchema } from '../../schema/exercise.ts';
import { CannotGradeError } from '../errors.ts';
import { excerpt, formatNumber, germanQuote, quote } from '../format.ts';
import { judgePrompt } from '../judge/prompt.ts';
import { parseVerdict } from '../judge/verdict.ts';
import { defineAssertion, type AssertionHandler } from '../types.ts';
import { shareParam } from './params.ts';

/** A judge model scores the output against the trainer's rubric; its score is the partial credit. */
const llmRubric = defineAssertion({
  type: 'llm-rubric',
  summary: 'Ein Sprachmodell bewertet die Antwort nach Ihren Kriterien (in Worten), mit Teilpunkten.',
  params: z.strictObject({
    value: z.string().trim().min(1, { error: 'darf nicht leer sein' }),
    provider: providerIdSchema.optional(),
    threshold: shareParam.default(0.5),
  }),
  negatable: true,
  grade: async ({ value, provider, threshold }, { output, reference, judge }) => {
    const answer = await judge(provider, judgePrompt({ rubric: value, output, reference }));
    const verdict = parseVerdict(answer);
    if (!verdict)
      throw new CannotGradeError(`Antwort des Bewertungsmodells nicht lesbar: ${quote(excerpt(answer, 80))}`);
    return {
      pass: verdict.score >= threshold,
      score: verdict.score,
      reason: `Bewertung ${formatNumber(verdict.score)} (mindestens ${formatNumber(threshold)}): ${verdict.reason || 'ohne Begründung'}`,
    };
  },
  // A long rubric is cut short here; a `description` gives its gist.
  describe: ({ value }, negated) =>
    `Ein Bewertungsmodell ${negated ? 'verneint' : 'bestätigt'}: ${germanQuote(value, 100)}`,
});

export const llmRubricAssertions: AssertionHandler[] = [llmRubric];
