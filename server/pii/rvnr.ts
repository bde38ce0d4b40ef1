import { collect, crossSum, type PiiMatch } from './types.ts';

// Area (2 digits), birth date DDMMYY, initial letter of the birth name, serial (2 digits), check digit;
// often written "15 070649 C 103".
const CANDIDATE = /(?<![\p{L}\p{N}])\d{2}[ \u00a0]?\d{6}[ \u00a0]?[A-Z][ \u00a0]?\d{2}[ \u00a0]?\d(?![\p{L}\p{N}])/gu;
const WEIGHTS = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];

/**
 * Rentenversicherungsnummer (Versicherungsnummer der Deutschen Rentenversicherung): the letter becomes its
 * two-digit position in the alphabet, the twelve digits are weighted 2,1,2,5,7,1,2,1,2,1,2,1, the cross sums of
 * the products are added, and the sum mod 10 is the check digit. Day 01..31 and month 01..12 must be plausible.
 */
export function isValidRvnr(compact: string): boolean {
  const parts = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/u.exec(compact);
  if (!parts) return false;
  const [, area, day, month, year, letter, serial, check] = parts as unknown as string[];
  if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return false;
  const position = String(letter!.charCodeAt(0) - 64).padStart(2, '0');
  const digits = `${area}${day}${month}${year}${position}${serial}`;
  const sum = WEIGHTS.reduce((total, weight, i) => total + crossSum(Number(digits[i]) * weight), 0);
  return sum % 10 === Number(check);
}

export function findRvnrs(text: string): PiiMatch[] {
  return collect(text, CANDIDATE, 'rvnr', ([value]) => isValidRvnr(value.replace(/[ \u00a0]/gu, '')));
}
