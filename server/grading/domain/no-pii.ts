import * as z from 'zod';
import { germanList } from '../format.ts';
import { outcome } from '../result.ts';
import { defineAssertion } from '../types.ts';
import { IDENTIFIER_KINDS, PII_KINDS, PII_LABELS, type PiiKind } from '../../pii/types.ts';
import { listFindings, subsetParam } from './findings.ts';

/**
 * No personal identifiers in the output. By default the identifiers with a fixed format (IDENTIFIER_KINDS); names,
 * addresses, file numbers and health or religion data are found by context, less reliably, and are checked only
 * when asked for in `kinds`. The reason shows only the first characters of each value: it is stored
 * and displayed, and should not spread the data further. Not negatable: to require an identifier in the answer,
 * use `contains`.
 */
export const noPii = defineAssertion({
  type: 'no-pii',
  summary: 'Die Antwort enthält keine personenbezogenen Kennungen (IBAN, Steuer-ID, Telefonnummer, …).',
  params: z.strictObject({ kinds: subsetParam(PII_KINDS).default([...IDENTIFIER_KINDS]) }),
  negatable: false,
  grade: async ({ kinds }, { output }) => {
    // Loaded on first use: the telephone metadata is large, and most exercises never check for identifiers.
    const { detectPii } = await import('../../pii/index.ts');
    const found = detectPii(output, kinds);
    if (found.length === 0) {
      const checked = isDefault(kinds) ? '' : ` (geprüft: ${kinds.map((kind) => PII_LABELS[kind]).join(', ')})`;
      return outcome(true, `Keine personenbezogenen Kennungen gefunden${checked}`);
    }
    const described = found.map(({ kind, value }) => `${PII_LABELS[kind]} „${mask(value)}“`);
    return outcome(false, `Personenbezogene Daten in der Antwort: ${listFindings(described)}`);
  },
  describe: ({ kinds }) =>
    isDefault(kinds)
      ? 'Enthält keine personenbezogenen Kennungen (etwa Steuer-ID, IBAN, Telefonnummer oder E-Mail-Adresse)'
      : `Enthält keine ${germanList(
          kinds.map((kind) => PII_LABELS[kind]),
          'oder',
        )}`,
});

/** The default set, in any order: the reason and the label then name no kinds. */
function isDefault(kinds: readonly PiiKind[]): boolean {
  return kinds.length === IDENTIFIER_KINDS.length && IDENTIFIER_KINDS.every((kind) => kinds.includes(kind));
}

function mask(value: string): string {
  const visible = value.slice(0, 4);
  return value.length > 4 ? `${visible}…` : visible;
}
