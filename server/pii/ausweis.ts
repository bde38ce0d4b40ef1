import { findDocumentNumbers } from './icao.ts';
import type { PiiMatch } from './types.ts';

const KEYWORD = /ausweis|dokumentennummer|seriennummer|id-karte/iu;

/** Personalausweis numbers (since 2010): nine characters not starting with C (that is the passport), check digit. */
export function findAusweisNumbers(text: string): PiiMatch[] {
  return findDocumentNumbers(text, 'ausweis', (first) => first !== 'C', KEYWORD);
}
