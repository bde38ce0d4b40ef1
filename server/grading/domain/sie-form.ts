import * as z from 'zod';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import { findAddressProblems } from '../../text/address.ts';
import { parseJsonOutput } from '../json/output.ts';
import { around, listFindings } from './findings.ts';

/** The prose of an answer: for JSON, its string values one per line (their quotes would read as quotations). */
function prose(output: string): string {
  const parsed = parseJsonOutput(output);
  if (!parsed.ok) return output;
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(parsed.value);
  return strings.join('\n');
}

/**
 * Formal address only. Not negatable: an exercise that wants "du" says so with `contains` or `regex`; "not
 * formal" would already pass on a single slip.
 */
export const sieForm = defineAssertion({
  type: 'sie-form',
  summary: 'Die Antwort spricht durchgehend mit „Sie“ an, nie mit „du“.',
  params: z.strictObject({}),
  negatable: false,
  grade: (_params, ctx) => {
    const output = prose(ctx.output);
    const findings = findAddressProblems(output);
    if (findings.length === 0) return outcome(true, 'Durchgehend förmliche Anrede mit „Sie“');
    const described = findings.map(({ kind, words, start }) => {
      const where = around(output, start, words.length, 20);
      return kind === 'informal' ? `„${words}“ in „${where}“` : `kleingeschrieben „${words}“ in „${where}“`;
    });
    return outcome(false, `Nicht durchgehend förmlich („Sie“): ${listFindings(described)}`);
  },
  describe: () => 'Spricht die Person durchgehend mit „Sie“ an',
});
