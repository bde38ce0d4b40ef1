import * as z from 'zod';
import { CannotGradeError } from '../errors.ts';
import { formatNumber } from '../format.ts';
import { rougeL } from '../../text/rouge.ts';
import { defineAssertion, type AssertionHandler } from '../types.ts';
import { shareParam } from './params.ts';

/** Lexical closeness to the case's reference; the score is the ROUGE-L F1 itself (partial credit). */
const similar = defineAssertion({
  type: 'similar',
  summary: 'Die Antwort ähnelt der Musterlösung des Falls, mit Teilpunkten (ROUGE-L).',
  params: z.strictObject({ threshold: shareParam }),
  negatable: true,
  grade: ({ threshold }, { output, reference }) => {
    if (!reference?.trim()) throw new CannotGradeError('Nicht prüfbar: Der Fall hat keine Musterlösung (reference)');
    const { f1 } = rougeL(output, reference);
    return {
      pass: f1 >= threshold,
      score: f1,
      reason: `Ähnlichkeit zur Musterlösung ${formatNumber(f1)} (mindestens ${formatNumber(threshold)}, ROUGE-L)`,
    };
  },
  describe: ({ threshold }, negated) =>
    negated
      ? `Weicht im Wortlaut von der Musterlösung ab (Ähnlichkeit unter ${formatNumber(threshold)})`
      : `Ähnelt im Wortlaut der Musterlösung (Ähnlichkeit mindestens ${formatNumber(threshold)})`,
});

export const similarityAssertions: AssertionHandler[] = [similar];
