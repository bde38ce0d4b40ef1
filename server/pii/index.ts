import { findAddresses } from './address.ts';
import { findAusweisNumbers } from './ausweis.ts';
import { findBirthdates } from './birthdate.ts';
import { findCaseNumbers } from './case-number.ts';
import { findEmails } from './email.ts';
import { findIbans } from './iban.ts';
import { findKennzeichen } from './kennzeichen.ts';
import { findKvnrs } from './kvnr.ts';
import { findPassNumbers } from './pass.ts';
import { findPersons } from './person.ts';
import { findPhoneNumbers } from './phone.ts';
import { findRvnrs } from './rvnr.ts';
import { findSensitive } from './sensitive.ts';
import { findSteuerIds } from './steuer-id.ts';
import { PII_KINDS, type PiiDetector, type PiiKind, type PiiMatch } from './types.ts';

export {
  IDENTIFIER_KINDS,
  PII_KINDS,
  PII_LABELS,
  PII_PLACEHOLDER_LABELS,
  type PiiDetector,
  type PiiKind,
  type PiiMatch,
} from './types.ts';

/**
 * The rule-based detectors, most specific first: where matches overlap, the earlier detector wins.
 * - E-mail addresses first: the whole address goes, with the name or digits in it.
 * - Numbers with a check digit (IBAN, Steuer-ID, RV, KV, Pass, Ausweis): a valid checksum is strong evidence.
 * - File and customer numbers after a keyword: "Kundennummer 0301234567" is no telephone number.
 * - Birth dates (only after or before "geboren" and the like), then Kfz-Kennzeichen (format plus district list).
 * - Addresses before names, so "Anna-Seghers-Straße 5" is a street; names before health and religion phrases.
 * - Telephone numbers last: their format takes almost any run of digits.
 */
export const RULE_DETECTORS: readonly PiiDetector[] = [
  findEmails,
  findIbans,
  findSteuerIds,
  findRvnrs,
  findKvnrs,
  findPassNumbers,
  findAusweisNumbers,
  findCaseNumbers,
  findBirthdates,
  findKennzeichen,
  findAddresses,
  findPersons,
  findSensitive,
  findPhoneNumbers,
];

/**
 * Personal data in `text`, in text order, restricted to `kinds` (default: all). Every detector runs even when
 * `kinds` is narrower, so that overlaps resolve the same way: asking only for phone numbers must not report
 * the digits of an IBAN.
 *
 * `detectors` replaces the rule-based list. A statistical model (NER) is added as one more `PiiDetector` that
 * maps its entities to kinds (PER → person, LOC with a house number → address); placed after the rules, it
 * fills in what they miss and never overrides a checksum-verified match:
 * `detectPii(text, kinds, [...RULE_DETECTORS, nerDetector])`. A model that runs asynchronously gets its
 * entities first and is wrapped as a detector that returns them.
 */
export function detectPii(
  text: string,
  kinds: readonly PiiKind[] = PII_KINDS,
  detectors: readonly PiiDetector[] = RULE_DETECTORS,
): PiiMatch[] {
  // Accepted matches never overlap, so sorted by start they are sorted by end too: a binary search finds the one
  // a new match could overlap. Linear scans made long texts with many matches quadratic.
  const accepted: PiiMatch[] = [];
  for (const detect of detectors) {
    for (const match of detect(text)) {
      const at = firstEndingAfter(accepted, match.start);
      const next = accepted[at];
      if (!next || next.start >= match.end) accepted.splice(at, 0, match);
    }
  }
  const wanted = new Set(kinds);
  return accepted.filter((match) => wanted.has(match.kind));
}

/** The index of the first of `sorted` (disjoint, by start) that ends after `offset`. */
function firstEndingAfter(sorted: readonly PiiMatch[], offset: number): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
