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

// Country code and check digits, in either case ("DE89…", "de89…"), at the start of a token.
const START = /(?<![\p{L}\p{N}])[A-Za-z]{2}\d{2}/gu;
const ALNUM = /^[A-Za-z0-9]$/u;
// Group separators: the space of the paper format (ISO 13616), and "-", "." or "/" as people also write them.
const SEPARATOR = /^[ \u00a0./-]$/u;

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

/**
 * IBANs written compact or in groups ("DE89 3704 0044 0532 0130 00", "DE89-3704-0044-0532-0130-00"), in upper or
 * lower case, exactly as long as their country requires. The groups share one kind of separator; after the last
 * character comes no letter or digit, nor that separator and a digit ("DE89-…-00-12" goes on).
 */
export function findIbans(text: string): PiiMatch[] {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(START)) {
    const length = LENGTHS[match[0].slice(0, 2).toUpperCase()];
    if (length === undefined) continue;
    // Read the characters one by one: a regex with optional separators would also swallow the next word.
    let compact = '';
    let separator: string | undefined;
    let end = match.index;
    while (compact.length < length && end < text.length) {
      const char = text[end]!;
      if (ALNUM.test(char)) compact += char.toUpperCase();
      else if (isSeparator(char, separator) && ALNUM.test(text[end + 1] ?? '')) separator ??= normalize(char);
      else break;
      end++;
    }
    const next = text[end] ?? '';
    // A space may be followed by anything ("… 0130 00 BIC …"); "-", "." or "/" and a digit go on ("…-00-12").
    const continues = normalize(next) !== ' ' && isSeparator(next, separator) && /\d/u.test(text[end + 1] ?? '');
    if (/[\p{L}\p{N}]/u.test(next) || continues || !isValidIban(compact)) continue;
    found.push({ kind: 'iban', value: text.slice(match.index, end), start: match.index, end });
  }
  return found;
}

/** A space and a no-break space count as one kind of separator. */
const normalize = (char: string): string => (char === '\u00a0' ? ' ' : char);

function isSeparator(char: string, used: string | undefined): boolean {
  return SEPARATOR.test(char) && (used === undefined || normalize(char) === used);
}
