// The detectors against the corpus' marks: recall (every letter and digit of a marked value covered) and precision
// (a detection overlapping some marked value), per kind.
import { detectPii, type PiiMatch } from '../../server/pii/index.ts';
import { ALNUM, GOLD_KINDS, type GoldSpan, type Letter, where } from './corpus.ts';

export interface KindScore {
  gold: number;
  found: number;
  foundSameKind: number;
  detected: number;
  truePositive: number;
}

interface Scoring {
  byKind: Map<string, KindScore>;
  misses: string[];
  otherKind: string[];
  falsePositives: string[];
}

/** A span's letters and digits, as offsets: what has to be covered for it to count as found. */
function significant(text: string, span: { start: number; end: number }): number[] {
  const offsets: number[] = [];
  for (let i = span.start; i < span.end; i++) if (ALNUM.test(text[i]!)) offsets.push(i);
  return offsets;
}

export function score(letters: readonly Letter[]): Scoring {
  const byKind = new Map<string, KindScore>();
  const entry = (kind: string) => {
    let s = byKind.get(kind);
    if (!s) byKind.set(kind, (s = { gold: 0, found: 0, foundSameKind: 0, detected: 0, truePositive: 0 }));
    return s;
  };
  GOLD_KINDS.forEach(entry);
  const misses: string[] = [];
  const otherKind: string[] = [];
  const falsePositives: string[] = [];

  for (const letter of letters) {
    const { text, gold } = letter;
    const detections: PiiMatch[] = detectPii(text);
    const covered = new Uint8Array(text.length);
    const coveredByKind = new Map<string, Uint8Array>();
    for (const d of detections) {
      let mine = coveredByKind.get(d.kind);
      if (!mine) coveredByKind.set(d.kind, (mine = new Uint8Array(text.length)));
      covered.fill(1, d.start, d.end);
      mine.fill(1, d.start, d.end);
    }
    for (const g of gold) {
      const s = entry(g.kind);
      s.gold++;
      const offsets = significant(text, g);
      const found = offsets.every((i) => covered[i] === 1);
      const sameKind = coveredByKind.get(g.kind);
      if (found) s.found++;
      if (sameKind && offsets.every((i) => sameKind[i] === 1)) s.foundSameKind++;
      else if (found) {
        const kinds = detections.filter((d) => d.start < g.end && g.start < d.end).map((d) => d.kind);
        otherKind.push(`${where(letter, g.start)}  ${g.kind} "${g.value}" als ${[...new Set(kinds)].join(', ')}`);
      }
      if (!found) {
        const part = offsets.filter((i) => covered[i] === 1).length;
        misses.push(
          `${where(letter, g.start)}  ${g.kind} "${g.value}"${part > 0 ? ` (${part}/${offsets.length} bedeckt)` : ''}`,
        );
      }
    }
    for (const d of detections) {
      const s = entry(d.kind);
      s.detected++;
      if (gold.some((g: GoldSpan) => d.start < g.end && g.start < d.end)) s.truePositive++;
      else falsePositives.push(`${where(letter, d.start)}  ${d.kind} "${d.value}"`);
    }
  }
  return { byKind, misses, otherKind, falsePositives };
}
