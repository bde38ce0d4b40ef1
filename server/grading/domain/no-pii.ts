import { z } from 'zod';
import { germanList } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import { PII_KINDS, PII_LABELS } from '../../pii/types.ts';
import { listFindings, subsetParam } from './findings.ts';

/**
 * No personal identifiers in the output. The reason shows only the first characters of each value: it is stored
 * and displayed, and should not spread the data further. Not negatable: to require an identifier in the answer,
 * use `contains`.
 */
export const noPii = defineAssertion({
  type: 'no-pii',
  summary: 'Die Antwort enthält keine personenbezogenen Kennungen (IBAN, Steuer-ID, Telefonnummer, …).',
  params: z.strictObject({ kinds: subsetParam(PII_KINDS).default([...PII_KINDS]) }),
  negatable: false,
  grade: async ({ kinds }, { output }) => {
    // Loaded on first use: the telephone metadata is large, and most exercises never check for identifiers.
    const { detectPii } = await import('../../pii/index.ts');
    const found = detectPii(output, kinds);
    if (found.length === 0) {
      const checked =
        kinds.length === PII_KINDS.length ? '' : ` (geprüft: ${kinds.map((kind) => PII_LABELS[kind]).join(', ')})`;
      return outcome(true, `Keine personenbezogenen Kennungen gefunden${checked}`);
    }
    const described = found.map(({ kind, value }) => `${PII_LABELS[kind]} „${mask(value)}“`);
    return outcome(false, `Personenbezogene Daten in der Antwort: ${listFindings(described)}`);
  },
  describe: ({ kinds }) =>
    kinds.length === PII_KINDS.length
      ? 'Enthält keine personenbezogenen Kennungen (etwa Steuer-ID, IBAN, Telefonnummer oder E-Mail-Adresse)'
      : `Enthält keine ${germanList(
          kinds.map((kind) => PII_LABELS[kind]),
          'oder',
        )}`,
});

function mask(value: string): string {
  const visible = value.slice(0, 4);
  return value.length > 4 ? `${visible}…` : visible;
}
