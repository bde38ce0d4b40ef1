import { PII_LABELS } from '../../../server/pii/types.ts';
import type { PersonalDataFinding, RunGuard } from '../api/types.ts';
import { formatInteger } from '../format.ts';

/** Values by kind, as the data guard counts them (never the values themselves). */
export type GuardCounts = RunGuard['replaced'];

/** The German name of a kind of personal data; a kind this build does not know yet goes by its key. */
export const kindLabel = (kind: string): string => (PII_LABELS as Readonly<Record<string, string>>)[kind] ?? kind;

const entries = (counts: GuardCounts | undefined): [string, number][] =>
  Object.entries(counts ?? {})
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number' && entry[1] > 0)
    .sort((a, b) => b[1] - a[1]);

/** How many values in all. */
export const countTotal = (counts: GuardCounts | undefined): number =>
  entries(counts).reduce((sum, [, n]) => sum + n, 0);

/** "2 × Name, 1 × IBAN": the most frequent kind first. */
export const countsText = (counts: GuardCounts | undefined): string =>
  entries(counts)
    .map(([kind, n]) => `${formatInteger(n)} × ${kindLabel(kind)}`)
    .join(', ');

/** "1 Angabe" or "3 Angaben". */
export const valuesText = (n: number): string => (n === 1 ? '1 Angabe' : `${formatInteger(n)} Angaben`);

/**
 * What the data guard did to a run, after "Datenschutz:", for the attendee: how many values it replaced (by kind),
 * what the team sent unchanged on confirmation, or that it found nothing.
 */
export function guardSentences(guard: Pick<RunGuard, 'replaced' | 'confirmed'>): string[] {
  const replaced = countTotal(guard.replaced);
  const confirmed = countTotal(guard.confirmed);
  const sentences: string[] = [];
  if (replaced > 0) {
    sentences.push(
      `${valuesText(replaced)} ${replaced === 1 ? 'wurde' : 'wurden'} vor dem Senden ersetzt (${countsText(guard.replaced)}). ` +
        'Sie sehen die Antworten mit den echten Angaben.',
    );
  }
  if (confirmed > 0) sentences.push(`Mit Ihrer Bestätigung unverändert gesendet: ${countsText(guard.confirmed)}.`);
  if (sentences.length === 0) sentences.push('keine personenbezogenen Daten gefunden.');
  return sentences;
}

/** "Name (Nutzerprompt, Zeile 3, Zeichen 12)", or "IBAN (Fall „brief-2“)": what and where, never the value. */
export function findingText({ kind, label, where, line, column }: PersonalDataFinding): string {
  const place = line === null ? where : `${where}, Zeile ${line}${column === null ? '' : `, Zeichen ${column}`}`;
  return `${label || kindLabel(kind)} (${place})`;
}
