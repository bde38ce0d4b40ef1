import { findDocumentNumbers } from './icao.ts';
import type { PiiMatch } from './types.ts';

const KEYWORD = /pass|dokumentennummer|seriennummer/iu;

/** Reisepass numbers (since 2017): C and eight characters, check digit. */
export function findPassNumbers(text: string): PiiMatch[] {
  return findDocumentNumbers(text, 'pass', (first) => first === 'C', KEYWORD);
}
