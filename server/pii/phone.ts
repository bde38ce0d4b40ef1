import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PiiMatch } from './types.ts';

// A written telephone number: "+" and a digit, or 0 (optionally in brackets), then digits and separators; a group
// starting with 0 after a space begins the next number ("030 901820 0176 12345678"). At most 25 characters, so a
// long run of digits costs linear time.
const CANDIDATE = /(?<![\p{L}\p{N}+/-])(?:\+\d|\(?0)(?:[\d()/-]| (?![0+])){3,22}\d/gu;
const LAST_GROUP = /[ ()/-]+[^ ()/-]*$/u;
const MAX_TRIMMED_GROUPS = 3;

/**
 * Telephone numbers, valid by libphonenumber's full metadata ("max": number ranges, not only lengths) with
 * Germany as the default country. Numbers in German text start with 0, 00 or + ("030 901820", "+49 30 901820"), so
 * bare digit runs ("Az. 456789") are not candidates. libphonenumber's own finder (findPhoneNumbersInText) is not
 * used: it takes over a second for 100 kB of digits and merges numbers separated by a comma.
 */
export function findPhoneNumbers(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  const candidates = new RegExp(CANDIDATE);
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const value = validPrefix(match[0]);
    if (value) found.push({ kind: 'phone', value, start: match.index, end: match.index + value.length });
    candidates.lastIndex = match.index + (value ?? match[0]).length;
  }
  return found;
}

/** The candidate, or the candidate without its last few groups, if that is a valid number. */
function validPrefix(candidate: string): string | undefined {
  let value = candidate;
  for (let trimmed = 0; trimmed <= MAX_TRIMMED_GROUPS && value; trimmed++) {
    if (parsePhoneNumberFromString(value, 'DE')?.isValid()) return value;
    value = value.replace(LAST_GROUP, '');
  }
  return undefined;
}
