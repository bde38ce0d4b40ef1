import * as z from 'zod';
import { withRange } from '../assertions/params.ts';
import { CannotGradeError } from '../errors.ts';
import { countOf, formatNumber, formatRange } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import {
  READABILITY_METRICS,
  readabilityScore,
  textStatistics,
  type ReadabilityMetric,
} from '../../text/readability.ts';
import { loadSyllableCounter } from '../../text/syllables.ts';

const LABELS: Record<ReadabilityMetric, string> = {
  amstad: 'Amstad-Index',
  wstf1: 'Wiener Sachtextformel 1',
  wstf2: 'Wiener Sachtextformel 2',
  wstf3: 'Wiener Sachtextformel 3',
  wstf4: 'Wiener Sachtextformel 4',
  lix: 'LIX',
};

/** A readability index within bounds. Amstad: higher is easier; Wiener Sachtextformel and LIX: higher is harder. */
export const readability = defineAssertion({
  type: 'readability',
  summary: 'Die Antwort ist so leicht lesbar wie verlangt (Lesbarkeitsindex).',
  params: withRange(
    z.strictObject({ metric: z.enum(READABILITY_METRICS), min: z.number().optional(), max: z.number().optional() }),
  ),
  negatable: false,
  grade: async ({ metric, min, max }, { output }) => {
    const stats = textStatistics(output, await loadSyllableCounter());
    if (stats.words === 0) throw new CannotGradeError('Nicht prüfbar: Die Antwort enthält keine Wörter');
    const value = readabilityScore(metric, stats);
    const basis = `${countOf(stats.sentences, 'Satz', 'Sätze')}, ${countOf(stats.words, 'Wort', 'Wörter')}`;
    const shown = `${LABELS[metric]} ${formatNumber(value)}`;
    if (min !== undefined && value < min)
      return outcome(false, `${shown}, erwartet mindestens ${formatNumber(min)} (${basis})`);
    if (max !== undefined && value > max)
      return outcome(false, `${shown}, erwartet höchstens ${formatNumber(max)} (${basis})`);
    return outcome(true, `${shown} (erlaubt: ${formatRange(min, max)}; ${basis})`);
  },
  describe: ({ metric, min, max }) =>
    `Lesbarkeit: ${LABELS[metric]} ${formatRange(min, max)} (${metric === 'amstad' ? 'höhere' : 'niedrigere'} Werte sind leichter lesbar)`,
});
