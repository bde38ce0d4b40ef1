import { UNTERSCHEIDUNGSZEICHEN } from './kennzeichen-codes.ts';
import { collect, type PiiMatch } from './types.ts';

// "B-AB 1234", "M AB 123E", "HH-X-12": district code, "-" or space, one or two letters, one to four digits
// (no leading 0), optionally E (electric) or H (historic).
const CANDIDATE =
  /(?<![\p{L}\p{N}])([A-ZÄÖÜ]{1,3})[- \u00a0]([A-Z]{1,2})[- \u00a0]?([1-9]\d{0,3})([EH]?)(?![\p{L}\p{N}])/gu;

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
