import { words } from './words.ts';

export interface RougeScore {
  precision: number;
  recall: number;
  f1: number;
}

/** ROUGE-L on lower-cased words: longest common subsequence against the reference. */
export function rougeL(candidate: string, reference: string): RougeScore {
  const a = tokens(candidate);
  const b = tokens(reference);
  const lcs = lcsLength(a, b);
  if (lcs === 0) return { precision: 0, recall: 0, f1: 0 };
  const precision = lcs / a.length;
  const recall = lcs / b.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

function tokens(text: string): string[] {
  return words(text.normalize('NFC')).map((word) => word.toLocaleLowerCase('de'));
}

// Two rows of the classic table: memory stays linear in the reference length.
function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const token of a) {
    const current = [0];
    for (let j = 1; j <= b.length; j++) {
      current[j] = token === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, current[j - 1]!);
    }
    previous = current;
  }
  return previous[b.length]!;
}
