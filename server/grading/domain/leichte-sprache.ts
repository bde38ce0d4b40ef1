import * as z from 'zod';
import { CannotGradeError } from '../errors.ts';
import { excerpt, germanList } from '../format.ts';
import { defineAssertion } from '../types.ts';
import { checkSentence, LEICHTE_SPRACHE_RULES, RULE_LABELS } from '../../text/leichte-sprache.ts';
import { splitSentences } from '../../text/sentences.ts';
import { joinWrappedLines } from '../../text/unwrap.ts';
import { listFindings, subsetParam } from './findings.ts';

/**
 * Rules of Leichte Sprache (Netzwerk Leichte Sprache), sentence by sentence. Partial credit: the score is the share
 * of sentences without a finding, so a text that breaks the rules once in twenty sentences scores 0.95; it passes
 * only without any finding. Not negatable: "not Leichte Sprache" is no writing goal.
 */
export const leichteSprache = defineAssertion({
  type: 'leichte-sprache',
  summary: 'Die Antwort folgt den Regeln der Leichten Sprache (kurze Sätze, kein Passiv, …).',
  params: z.strictObject({
    'max-words': z.int().min(3).default(10),
    rules: subsetParam(LEICHTE_SPRACHE_RULES).default([...LEICHTE_SPRACHE_RULES]),
  }),
  negatable: false,
  grade: ({ 'max-words': maxWords, rules }, { output }) => {
    const sentences = splitSentences(joinWrappedLines(output));
    if (sentences.length === 0) throw new CannotGradeError('Nicht prüfbar: Die Antwort enthält keine Sätze');
    const active = new Set(rules);
    const broken = sentences
      .map((sentence, i) => ({ i, sentence, findings: checkSentence(sentence, active, maxWords) }))
      .filter(({ findings }) => findings.length > 0);
    const total = sentences.length;
    const score = (total - broken.length) / total;
    if (broken.length === 0) {
      return {
        pass: true,
        score,
        reason: `Alle ${total} Sätze folgen den Regeln (höchstens ${maxWords} Wörter je Satz)`,
      };
    }
    const described = broken.map(
      ({ i, sentence, findings }) =>
        `Satz ${i + 1} „${excerpt(sentence, 50)}“: ${findings.map(({ detail }) => detail).join(', ')}`,
    );
    return {
      pass: false,
      score,
      reason: `${broken.length} von ${total} Sätzen ${broken.length === 1 ? 'verstößt' : 'verstoßen'} gegen Regeln der Leichten Sprache: ${listFindings(described, 3, '; ')}`,
    };
  },
  describe: ({ 'max-words': maxWords, rules }) => {
    const words = `höchstens ${maxWords} Wörter je Satz`;
    return rules.length === LEICHTE_SPRACHE_RULES.length
      ? `Folgt den Regeln der Leichten Sprache (${words})`
      : `Folgt Regeln der Leichten Sprache: ${words}; geprüft auf ${germanList(
          rules.map((rule) => RULE_LABELS[rule]),
          'und',
        )}`;
  },
});
