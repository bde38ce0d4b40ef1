import type { PiiKind, PiiMatch } from './types.ts';

// A letter, then eight characters from the alphabet of German document numbers (no vowels, no B, D, Q, S), then
// an optional check digit. German ID cards (since 2010) and passports (since 2017) use this alphabet, and their
// numbers start with a letter (L, M, N, P, R, T, V, W, X, Y for ID cards, C for passports), never with a digit.
const CANDIDATE = /(?<![\p{L}\p{N}])([CFGHJKLMNPRTVWXYZ][CFGHJKLMNPRTVWXYZ0-9]{8})(\d?)(?![\p{L}\p{N}])/gu;
const WEIGHTS = [7, 3, 1];
// A letter and eight digits: also the shape of a Krankenversichertennummer without its check digit, of customer and
// file numbers, and with a check digit it is a letter and nine digits like the KVNR itself.
const LETTER_AND_DIGITS = /^[A-Z]\d{8}$/u;

/** ICAO Doc 9303 check digit: letters count 10..35, weights 7,3,1 repeating, sum mod 10. */
export function icaoCheckDigit(chars: string): number {
  let sum = 0;
  for (const [i, char] of [...chars].entries()) sum += Number.parseInt(char, 36) * WEIGHTS[i % 3]!;
  return sum % 10;
}

/**
 * Document numbers of one kind. With its check digit (as in the machine-readable zone or online forms) a number
 * with letters after the first is reported anywhere; the nine printed characters alone, or a letter followed only
 * by digits (one in ten such codes has a matching check digit by chance), only after a keyword such as
 * "Ausweisnummer" in the 60 characters before it.
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
    if (!startsRight(number[0]!) || !/\d/u.test(number)) continue;
    if (check && icaoCheckDigit(number) !== Number(check)) continue;
    const needsKeyword = !check || LETTER_AND_DIGITS.test(number);
    if (needsKeyword && !keyword.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
    found.push({ kind, value, start: match.index, end: match.index + value.length });
  }
  return found;
}
