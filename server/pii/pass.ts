import { findDocumentNumbers } from './icao.ts';
import type { PiiMatch } from './types.ts';

// "P<D<" opens the machine-readable zone of a German passport; the number starts the line after it.
const KEYWORD = /pass|dokumentennummer|seriennummer|P<D</iu;

/** Reisepass numbers (since 2017): C and eight characters, check digit. */
export function findPassNumbers(text: string): PiiMatch[] {
  return findDocumentNumbers(text, 'pass', (first) => first === 'C', KEYWORD);
}
