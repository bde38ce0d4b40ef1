import { collect, crossSum, type PiiMatch } from './types.ts';

// Area (2 digits), birth date DDMMYY, initial letter of the birth name, serial (2 digits), check digit;
// often written "15 070649 C 103".
const CANDIDATE = /(?<![\p{L}\p{N}])\d{2}[ \u00a0]?\d{6}[ \u00a0]?[A-Z][ \u00a0]?\d{2}[ \u00a0]?\d(?![\p{L}\p{N}])/gu;
const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * Rentenversicherungsnummer (Versicherungsnummer der Deutschen Rentenversicherung): the letter becomes its
 * two-digit position in the alphabet, the twelve digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1, the cross sums of
 * the products are added, and the sum mod 10 is the check digit, computed on the digits as written.
 *
 * The "birth date" is not always a date (Gemeinsames Rundschreiben zum Meldeverfahren der Sozialversicherung,
 * Ziff. 3.1.1.2, as amended on 9 March 2016; Haufe Personal Office on § 147 SGB VI, "Versicherungsnummer 2.2"):
 * day 00 when only the birth day is unknown ("001286"), and before 2005 even with the month unknown; month 00 when
 * the month is unknown; when the serial numbers of a date run out, the day is raised by 32 and then by 64 (so
 * 00..95 all occur), and the first of a month, common in foreign papers, also by 96 (97). So the day is 00..95 or
 * 97 and the month 00..12.
 */
export function isValidRvnr(compact: string): boolean {
  const parts = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/u.exec(compact);
  if (!parts) return false;
  const [, area, day, month, year, letter, serial, check] = parts as unknown as string[];
  if ((Number(day) > 95 && day !== '97') || Number(month) > 12) return false;
  const position = String(letter!.charCodeAt(0) - 64).padStart(2, '0');
  const digits = `${area}${day}${month}${year}${position}${serial}`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + crossSum(Number(digits[i]) * weight), 0);
  return sum % 10 === Number(check);
}

export function findRvnrs(text: string): PiiMatch[] {
  return collect(text, CANDIDATE, 'rvnr', ([value]) => isValidRvnr(value.replace(/[ \u00a0]/gu, '')));
}
