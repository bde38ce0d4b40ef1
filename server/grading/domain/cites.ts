import * as z from 'zod';
import { germanList } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import { findNormReferences, formatNorm, lawKey, type NormReference } from '../../text/norms.ts';
import { listFindings } from './findings.ts';

type Norm = Pick<NormReference, 'kind' | 'number' | 'law'>;

/**
 * Every § or Art. reference in the output is one of the allowed norms. Sub-units belong to their paragraph:
 * "§ 28 Abs. 1 Satz 2 VwVfG" is "§ 28 VwVfG". A reference without a law ("nach § 28 Abs. 1") counts as allowed
 * when an allowed norm has that number. An output without references passes; require one with `contains` or
 * `regex`. Not negatable: "cites something unlisted" is no goal.
 */
export const cites = defineAssertion({
  type: 'cites',
  summary: 'Jede Paragrafenangabe der Antwort ist eine der erlaubten Normen.',
  params: z.strictObject({
    allowed: z
      .array(
        z
          .string()
          .trim()
          .refine((entry) => parseAllowed(entry).length > 0, {
            error: 'keine Norm mit Gesetz erkannt (Beispiele: "§ 28 VwVfG", "Art. 6 DSGVO")',
          }),
      )
      .min(1, { error: 'braucht mindestens eine Norm' }),
  }),
  negatable: false,
  grade: ({ allowed }, { output }) => {
    const permitted = allowed.flatMap(parseAllowed);
    const cited = unique(findNormReferences(output));
    if (cited.length === 0) return outcome(true, 'Keine §- oder Art.-Verweise in der Antwort');
    const unlisted = cited.filter((norm) => !permitted.some((allowedNorm) => covers(allowedNorm, norm)));
    return unlisted.length === 0
      ? outcome(true, `Nur erlaubte Normen zitiert: ${cited.map(formatNorm).join(', ')}`)
      : outcome(
          false,
          `Nicht erlaubte Normen: ${listFindings(
            unlisted.map((norm) => `„${formatNorm(norm)}“`),
            5,
          )}`,
        );
  },
  describe: ({ allowed }) => `Verweist auf keine anderen Normen als ${germanList(allowed, 'und')}`,
});

/** The norms an `allowed` entry names; entries without a law are no norms ("§ 28" could be any law's). */
function parseAllowed(entry: string): Norm[] {
  return findNormReferences(entry).filter((norm) => norm.law !== undefined);
}

function covers(allowed: Norm, cited: Norm): boolean {
  return (
    allowed.kind === cited.kind &&
    allowed.number.toLowerCase() === cited.number.toLowerCase() &&
    (cited.law === undefined || lawKey(allowed.law!) === lawKey(cited.law))
  );
}

function unique(norms: Norm[]): Norm[] {
  const seen = new Set<string>();
  return norms.filter((norm) => {
    const key = `${norm.kind} ${norm.number.toLowerCase()} ${norm.law === undefined ? '' : lawKey(norm.law)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
