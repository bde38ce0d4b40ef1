import { collect, crossSum, type PiiMatch } from './types.ts';

const CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]\d{9}(?![\p{L}\p{N}])/gu;

/**
 * Krankenversichertennummer (unveränderbarer Teil, § 290 SGB V): a letter and nine digits. The letter becomes
 * 01..26; with the first eight digits that makes ten digits, weighted 1,2,1,2,…; the cross sums of the products
 * added up, mod 10, are the last digit.
 */
export function isValidKvnr(value: string): boolean {
  if (!/^[A-Z]\d{9}$/u.test(value)) return false;
  const digits = String(value.charCodeAt(0) - 64).padStart(2, '0') + value.slice(1, 9);
  const sum = [...digits].reduce((total, digit, i) => total + crossSum(Number(digit) * (i % 2 === 0 ? 1 : 2)), 0);
  return sum % 10 === Number(value[9]);
}

export function findKvnrs(text: string): PiiMatch[] {
  return collect(text, CANDIDATE, 'kvnr', ([value]) => isValidKvnr(value));
}
