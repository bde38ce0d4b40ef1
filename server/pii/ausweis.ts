import { findDocumentNumbers } from './icao.ts';
import type { PiiMatch } from './types.ts';

// "IDD<" opens the machine-readable zone of a German ID card ("IDD<<T220001293<<<…"): document code ID, state D.
const KEYWORD = /ausweis|dokumentennummer|seriennummer|id-karte|IDD</iu;

/**
 * Personalausweis numbers (since 2010): a letter other than C (that is the passport), eight characters and a
 * check digit.
 */
export function findAusweisNumbers(text: string): PiiMatch[] {
  return findDocumentNumbers(text, 'ausweis', (first) => first !== 'C', KEYWORD);
}
