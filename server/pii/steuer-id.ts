import { collect, type PiiMatch } from './types.ts';

// Eleven digits, the first not 0, optionally grouped as people write them: by single spaces ("86 095 742 719"),
// slashes ("86/095/742/719"), points ("86.095.742.719") or hyphens. Each separator is optional and followed by a
// digit, so the pattern cannot backtrack more than eleven digits. Before and after, no letter or digit, and no
// separator that would join the number to a longer one ("1/86/095/742/719").
const CANDIDATE = /(?<![\p{L}\p{N}])(?<![\p{L}\p{N}][./-])[1-9](?:[ \u00a0./-]?\d){10}(?![\p{L}\p{N}])(?![./-]\p{N})/gu;

/**
 * Steuerliche Identifikationsnummer: in the first ten digits exactly one digit occurs twice or three times (three
 * times not all in a row), and the eleventh is an ISO 7064 MOD 11,10 check digit (BZSt / ELSTER rules since 2016).
 */
export function isValidSteuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/u.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const digit of digits.slice(0, 10)) counts.set(digit, (counts.get(digit) ?? 0) + 1);
  const repeated = [...counts].filter(([, count]) => count > 1);
  if (repeated.length !== 1) return false;
  const [digit, count] = repeated[0]!;
  if (count > 3 || (count === 3 && digits.slice(0, 10).includes(digit.repeat(3)))) return false;
  return mod11_10(digits.slice(0, 10)) === Number(digits[10]);
}

function mod11_10(digits: string): number {
  let product = 10;
  for (const digit of digits) {
    const sum = (Number(digit) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Steuer-IDs with one kind of separator throughout: "86 095/742.719" is some other number. */
export function findSteuerIds(text: string): PiiMatch[] {
  return collect(text, CANDIDATE, 'steuer-id', ([value]) => {
    const separators = new Set(value.replace(/\d/gu, '').replace(/\u00a0/gu, ' '));
    return separators.size <= 1 && isValidSteuerId(value.replace(/\D/gu, ''));
  });
}
