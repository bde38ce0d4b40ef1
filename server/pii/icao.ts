import type { PiiKind, PiiMatch } from './types.ts';

// Nine characters from the alphabet of German document numbers (no vowels, no B, D, Q, S), then an optional
// check digit. German ID cards (since 2010) and passports (since 2017) use this alphabet.
const CANDIDATE = /(?<![\p{L}\p{N}])([CFGHJKLMNPRTVWXYZ0-9]{9})(\d?)(?![\p{L}\p{N}])/gu;
const WEIGHTS = [7, 3, 1];

/** ICAO Doc 9303 check digit: letters count 10..35, weights 7,3,1 repeating, sum mod 10. */
export function icaoCheckDigit(chars: string): number {
  let sum = 0;
  for (const [i, char] of [...chars].entries()) sum += Number.parseInt(char, 36) * WEIGHTS[i % 3]!;
  return sum % 10;
}

/**
 * Document numbers of one kind. With its check digit (as in the machine-readable zone or online forms) a number
 * is always reported; the nine printed characters alone only after a keyword such as "Ausweisnummer" in the 60
 * characters before it, since codes of that shape occur elsewhere too.
 */
export function findDocumentNumbers(
  text: string,
  kind: PiiKind,
  startsRight: (first: string) => boolean,
  keyword: RegExp,
): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [value, number = '', check = ''] = match;
    if (!startsRight(number[0]!) || !/\d/u.test(number) || !/[A-Z]/u.test(number)) continue;
    const valid = check
      ? icaoCheckDigit(number) === Number(check)
      : keyword.test(text.slice(Math.max(0, match.index - 60), match.index));
    if (valid) found.push({ kind, value, start: match.index, end: match.index + value.length });
  }
  return found;
}
