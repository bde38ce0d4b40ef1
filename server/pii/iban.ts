import type { PiiMatch } from './types.ts';

// IBAN lengths of the SEPA countries and neighbours (ISO 13616 registry); others are not detected.
const LENGTHS: Record<string, number> = {
  DE: 22,
  AT: 20,
  CH: 21,
  LI: 21,
  LU: 20,
  NL: 18,
  BE: 16,
  FR: 27,
  MC: 27,
  IT: 27,
  SM: 27,
  ES: 24,
  PT: 25,
  PL: 28,
  CZ: 24,
  SK: 24,
  DK: 18,
  FO: 18,
  GL: 18,
  FI: 18,
  SE: 24,
  NO: 15,
  IS: 26,
  GB: 22,
  IE: 22,
  HU: 28,
  HR: 21,
  SI: 19,
  GR: 27,
  RO: 24,
  BG: 22,
  LT: 20,
  LV: 21,
  EE: 20,
  CY: 28,
  MT: 31,
  TR: 26,
  UA: 29,
};

const START = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}/gu;
const ALNUM = /^[A-Z0-9]$/u;

/** Country length and the ISO 7064 MOD 97-10 check: the rearranged number, letters as 10..35, mod 97 is 1. */
export function isValidIban(compact: string): boolean {
  if (LENGTHS[compact.slice(0, 2)] !== compact.length || !/^[A-Z]{2}\d{2}[A-Z0-9]+$/u.test(compact)) return false;
  let remainder = 0;
  for (const char of compact.slice(4) + compact.slice(0, 4)) {
    const value = Number.parseInt(char, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder === 1;
}

/** IBANs written compact or in groups ("DE89 3704 0044 0532 0130 00"), exactly as long as their country requires. */
export function findIbans(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(START)) {
    const length = LENGTHS[match[0].slice(0, 2)];
    if (length === undefined) continue;
    // Read the characters one by one: a regex with optional spaces would also swallow the next word.
    let compact = '';
    let end = match.index;
    while (compact.length < length && end < text.length) {
      const char = text[end]!;
      if (ALNUM.test(char)) compact += char;
      else if (!(/[ \u00a0]/u.test(char) && ALNUM.test(text[end + 1] ?? ''))) break;
      end++;
    }
    if (/[\p{L}\p{N}]/u.test(text[end] ?? '') || !isValidIban(compact)) continue;
    found.push({ kind: 'iban', value: text.slice(match.index, end), start: match.index, end });
  }
  return found;
}
