import { UNTERSCHEIDUNGSZEICHEN } from './kennzeichen-codes.ts';
import { collect, type PiiMatch } from './types.ts';

// "B-AB 1234", "M AB 123E", "HH-X-12", "M–AB 123": district code, separator, one or two letters, one to four
// digits (no leading 0), optionally E (electric) or H (historic). The separator is "-", a space, or an en dash
// (U+2013), which text copied from word processors often has in place of the hyphen.
const CANDIDATE =
  /(?<![\p{L}\p{N}])([A-ZÄÖÜ]{1,3})[- \u00a0\u2013]([A-Z]{1,2})[- \u00a0\u2013]?([1-9]\d{0,3})([EH]?)(?![\p{L}\p{N}])/gu;

/**
 * Kfz-Kennzeichen. The format alone matches "SGB II 12" or "DIN EN 1090", so the district code must be a real
 * Unterscheidungszeichen and the plate at most eight characters long, as the FZV requires. Plates written without
 * any separator ("BAB1234") are not detected: they cannot be told apart from other codes.
 */
export function findKennzeichen(text: string): PiiMatch[] {
  return collect(
    text,
    CANDIDATE,
    'kennzeichen',
    ([, district = '', letters = '', digits = '', suffix = '']) =>
      UNTERSCHEIDUNGSZEICHEN.has(district) && district.length + letters.length + digits.length + suffix.length <= 8,
  );
}
