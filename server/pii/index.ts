import { findAusweisNumbers } from './ausweis.ts';
import { findBirthdates } from './birthdate.ts';
import { findEmails } from './email.ts';
import { findIbans } from './iban.ts';
import { findKennzeichen } from './kennzeichen.ts';
import { findKvnrs } from './kvnr.ts';
import { findPassNumbers } from './pass.ts';
import { findPhoneNumbers } from './phone.ts';
import { findRvnrs } from './rvnr.ts';
import { findSteuerIds } from './steuer-id.ts';
import { PII_KINDS, PII_LABELS, type PiiDetector, type PiiKind, type PiiMatch } from './types.ts';

export { PII_KINDS, PII_LABELS, type PiiKind, type PiiMatch };

// Most specific first: where matches overlap, the earlier detector wins, so the digits of an IBAN or a
// check-digit-verified number are not also reported as a telephone number.
const DETECTORS: PiiDetector[] = [
  findEmails,
  findIbans,
  findSteuerIds,
  findRvnrs,
  findKvnrs,
  findPassNumbers,
  findAusweisNumbers,
  findBirthdates,
  findKennzeichen,
  findPhoneNumbers,
];

/**
 * Personal identifiers in `text`, in text order, restricted to `kinds` (default: all). Every detector runs even
 * when `kinds` is narrower, so that overlaps resolve the same way: asking only for phone numbers must not report
 * the digits of an IBAN.
 */
export function detectPii(text: string, kinds: readonly PiiKind[] = PII_KINDS): PiiMatch[] {
  const accepted: PiiMatch[] = [];
  for (const detect of DETECTORS) {
    for (const match of detect(text)) {
      if (!accepted.some((other) => match.start < other.end && other.start < match.end)) accepted.push(match);
    }
  }
  const wanted = new Set(kinds);
  return accepted.filter((match) => wanted.has(match.kind)).sort((a, b) => a.start - b.start);
}
