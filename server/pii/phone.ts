import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PiiMatch } from './types.ts';

// A written telephone number: "+" and a digit, or 0 (optionally in brackets), then digits and separators; groups
// may start with 0 ("0173 8 44 12 09"), and `listHead` tells a list of numbers apart. At most 25 characters, so a
// long run of digits costs linear time. It must not be glued to what comes before: no letter or digit ("AZ030…"),
// no "+", "/", "-" or "(" ("2024/0301234567/3"), no digit with a decimal point or comma ("1.0301234567"). An
// opening bracket may follow a letter ("Telefon(030) 901820"), and then belongs to the number.
const CANDIDATE = /(?:(?<![\p{N}+/(-])\(0|(?<![\p{L}\p{N}+/(-]|\p{N}[.,])(?:\+\d|0))(?:[\d()/-]| (?!\+)){3,22}\d/gu;
const LAST_GROUP = /[ ()/-]+[^ ()/-]*$/u;
const MAX_TRIMMED_GROUPS = 3;
// After a number: a letter or digit means it is glued to a longer token ("0301234567x", or a run of digits longer
// than a candidate can be); so does a point before a digit ("0301234567.3").
const GLUED_AFTER = /^(?:[\p{L}\p{N}]|\.\p{N})/u;
// Before a number: a digit and one space mean the number continues to the left ("DE12 0301 2345 6789 0123 45", an
// IBAN that failed its checksum).
const GROUP_BEFORE = /\p{N}[ \u00a0]$/u;

/**
 * Telephone numbers, valid by libphonenumber's full metadata ("max": number ranges, not only lengths) with
 * Germany as the default country. Numbers in German text start with 0, 00 or + ("030 901820", "+49 30 901820"), so
 * bare digit runs ("Az. 456789") are not candidates. A number must stand at a boundary on both sides, so the
 * digits of a file number, a failed IBAN or a code with letters are not taken for one. libphonenumber's own finder
 * (findPhoneNumbersInText) is not used: it takes over a second for 100 kB of digits and merges numbers separated
 * by a comma.
 */
export function findPhoneNumbers(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  const candidates = new RegExp(CANDIDATE);
  let lastEnd = -1;
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // A list of numbers separated by spaces ("030 901820 0176 12345678") is the one exception to GROUP_BEFORE.
    const continuesLeft = GROUP_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && start - 1 !== lastEnd;
    const glued = continuesLeft || GLUED_AFTER.test(text.slice(end, end + 2));
    const value = glued ? undefined : (listHead(match[0]) ?? validPrefix(match[0]));
    if (value) {
      found.push({ kind: 'phone', value, start, end: start + value.length });
      lastEnd = start + value.length;
    }
    candidates.lastIndex = start + (value ?? match[0]).length;
  }
  return found;
}

const isValid = (value: string) => parsePhoneNumberFromString(value, 'DE')?.isValid() === true;

/**
 * The first number of a list separated by spaces ("030 901820 0176 12345678"): a valid number followed by a group
 * starting with 0 that begins another valid one. Without that second number the groups belong together
 * ("0511 / 84 37 02 9", "0159 06381742").
 */
function listHead(candidate: string): string | undefined {
  for (const { index } of candidate.matchAll(/ (?=0)/gu)) {
    const head = candidate.slice(0, index);
    if (isValid(head) && validPrefix(candidate.slice(index + 1))) return head;
  }
  return undefined;
}

/**
 * The candidate, or the candidate without its last few groups, if that is a valid number. Groups are dropped only
 * where a space separates them ("0176 12345678 1234"): after "/" or "-" the token goes on ("0301234567/3/2024"), and
 * a number cut off there would not end at a boundary.
 */
function validPrefix(candidate: string): string | undefined {
  let value = candidate;
  for (let trimmed = 0; trimmed <= MAX_TRIMMED_GROUPS && value; trimmed++) {
    if (trimmed > 0 && !/\s/u.test(candidate[value.length]!)) return undefined;
    if (isValid(value)) return value;
    value = value.replace(LAST_GROUP, '');
  }
  return undefined;
}
