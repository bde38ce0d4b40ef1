// The round trip of the guard's stand-ins: each letter protected, a model's answer that mentions every stand-in
// restored (whole and streamed), and every replaced value checked to come back.
import { diffWordsWithSpace } from 'diff';
import { createPseudonymizer } from '../../server/guard/pseudonymizer.ts';
import type { DataGuardReplacement } from '../../server/schema/guard.ts';
import { ALNUM, type Letter, where } from './corpus.ts';

/** Stream the answer in pieces this long, so stand-ins come split. */
export const STREAM_DELTA = 3;
const MAX_MERGED = 12;

/** One replaced stretch: the letter's text and what the protected text has there. */
interface Replacement {
  original: string;
  standIn: string;
  /** Whether some stretch around it restores to exactly the original (else the stand-in is the bare change). */
  restores: boolean;
}

interface Segment {
  same: boolean;
  original: string;
  standIn: string;
}

/** Offsets in an unchanged stretch where a word starts or ends (and its two ends), nearest to `fromEnd` first. */
function cuts(text: string, fromEnd: boolean, limit = 40): number[] {
  const found: number[] = [];
  for (let j = 0; j <= text.length; j++) {
    const edge = j === 0 || j === text.length || ALNUM.test(text[j - 1]!) !== ALNUM.test(text[j]!);
    const length = fromEnd ? text.length - j : j;
    if (edge && length <= limit) found.push(length);
  }
  return found.sort((a, b) => a - b);
}

/** Drops characters both ends share (a diff may put a full stop inside the change) while it still restores. */
function shortest(original: string, standIn: string, restore: (text: string) => string) {
  let [o, s] = [original.trim(), standIn.trim()];
  while (o.length > 1 && s.length > 1 && o.at(-1) === s.at(-1) && restore(s.slice(0, -1)) === o.slice(0, -1))
    [o, s] = [o.slice(0, -1), s.slice(0, -1)];
  while (o.length > 1 && s.length > 1 && o[0] === s[0] && restore(s.slice(1)) === o.slice(1))
    [o, s] = [o.slice(1), s.slice(1)];
  return { original: o, standIn: s };
}

/**
 * The stand-ins in a protected text and what they replace. A word diff against the original finds the changed
 * stretches, but not always a stand-in's edges: a fictitious Kfz-Kennzeichen keeps its district ("K-DW 4821" /
 * "K-XY 1234"), and a diff may align a space inside "[Person 1]" with one in "Markus Hofbauer". So each change
 * grows by whole words of the unchanged text around it, and if need be takes in the next changes, until the
 * protected stretch restores to exactly the original one. A change that never does is returned bare, as a failure.
 */
function replacements(original: string, protectedText: string, restore: (text: string) => string): Replacement[] {
  const segments: Segment[] = [];
  for (const change of diffWordsWithSpace(original, protectedText)) {
    const same = !change.added && !change.removed;
    let last = segments.at(-1);
    if (!last || last.same !== same) segments.push((last = { same, original: '', standIn: '' }));
    if (!change.added) last.original += change.value;
    if (!change.removed) last.standIn += change.value;
  }
  const found: Replacement[] = [];
  for (let k = 0; k < segments.length; k++) {
    if (segments[k]!.same) continue;
    const before = segments[k - 1]?.same ? segments[k - 1]!.original : '';
    let match: { replacement: Replacement; last: number } | undefined;
    // Take in following changes while the unchanged text between them is short (an IBAN in groups, an e-mail).
    for (let last = k; !match && last < segments.length && last <= k + 2 * MAX_MERGED; last += 2) {
      if (last > k && segments[last - 1]!.original.length > 40) break;
      const inner = segments.slice(k, last + 1);
      const after = segments[last + 1]?.same ? segments[last + 1]!.original : '';
      const tries = cuts(before, true).flatMap((left) => cuts(after, false).map((right) => [left, right] as const));
      tries.sort((a, b) => a[0] + a[1] - (b[0] + b[1]));
      for (const [left, right] of tries) {
        const head = before.slice(before.length - left);
        const tail = after.slice(0, right);
        const wanted = head + inner.map((s) => s.original).join('') + tail;
        const standIn = head + inner.map((s) => s.standIn).join('') + tail;
        if (restore(standIn) === wanted) {
          match = { replacement: { ...shortest(wanted, standIn, restore), restores: true }, last };
          break;
        }
      }
    }
    if (match) {
      found.push(match.replacement);
      k = match.last;
    } else {
      // No stretch restores: the change and those right after it (one value, most likely) count as one failure.
      let last = k;
      while (last + 2 < segments.length && /^[ ./()-]{1,3}$/u.test(segments[last + 1]!.original)) last += 2;
      const bare = segments.slice(k, last + 1);
      const [original, standIn] = [bare.map((s) => s.original).join(''), bare.map((s) => s.standIn).join('')];
      found.push({ original: original.trim(), standIn: standIn.trim(), restores: false });
      k = last;
    }
  }
  return found.filter((r) => r.standIn !== '' && r.original !== r.standIn);
}

interface RoundTrip {
  /** Different values replaced, as the pseudonymizer's `counts()` has them: the stand-ins the diff should find. */
  counted: number;
  values: number;
  restored: number;
  streamed: number;
  identical: number;
  goldValues: number;
  leaked: number;
  problems: string[];
}

/** Whole-word occurrence, as the pseudonymizer matches known values ("Roth" is not in "Rothenburg"). */
function containsWord(text: string, value: string): boolean {
  for (let i = text.indexOf(value); i !== -1; i = text.indexOf(value, i + 1)) {
    const before = text[i - 1];
    const after = text[i + value.length];
    if ((!before || !ALNUM.test(before)) && (!after || !ALNUM.test(after))) return true;
  }
  return false;
}

// The model's answer: the stand-ins as a list, one "- " item each (an item may span lines).
const HEADER = 'Zusammenfassung der Anfrage (Test):';
const FOOTER = '\nBitte prüfen Sie die Angaben.';
const answerOf = (items: readonly string[]) => HEADER + items.map((item) => `\n- ${item}`).join('') + FOOTER;
const itemsOf = (answer: string) =>
  answer.startsWith(HEADER) && answer.endsWith(FOOTER)
    ? answer
        .slice(HEADER.length, answer.length - FOOTER.length)
        .split('\n- ')
        .slice(1)
    : [];

export function roundTrip(letters: readonly Letter[], mode: DataGuardReplacement): RoundTrip {
  const result: RoundTrip = {
    counted: 0,
    values: 0,
    restored: 0,
    streamed: 0,
    identical: 0,
    goldValues: 0,
    leaked: 0,
    problems: [],
  };
  for (const letter of letters) {
    try {
      const guard = createPseudonymizer({ replacement: mode, seed: letter.file });
      const protectedText = guard.protect(letter.text);
      result.counted += Object.values(guard.counts()).reduce((sum, n) => sum + (n ?? 0), 0);
      if (guard.restore(protectedText) === letter.text) result.identical++;
      else result.problems.push(`${letter.file}  restore(protect(text)) weicht vom Brief ab`);

      const seen = new Set<string>();
      for (const g of letter.gold) {
        if (seen.has(g.value)) continue;
        seen.add(g.value);
        result.goldValues++;
        if (containsWord(protectedText, g.value)) {
          result.leaked++;
          result.problems.push(`${where(letter, g.start)}  noch sichtbar: ${g.kind} "${g.value}"`);
        }
      }

      // Every stand-in once, in reverse order of appearance, as a model might list them in its answer.
      const byStandIn = new Map<string, Set<string>>();
      for (const r of replacements(letter.text, protectedText, (t) => guard.restore(t))) {
        byStandIn.set(r.standIn, (byStandIn.get(r.standIn) ?? new Set()).add(r.original));
        if (!r.restores) result.problems.push(`${letter.file}  "${r.standIn}" stellt "${r.original}" nicht her`);
      }
      const standIns = [...byStandIn.keys()].reverse();
      const answer = answerOf(standIns);
      const restoredItems = itemsOf(guard.restore(answer));
      let streamedText = '';
      const stream = guard.restoreStream((text) => (streamedText += text));
      for (let i = 0; i < answer.length; i += STREAM_DELTA) stream.push(answer.slice(i, i + STREAM_DELTA));
      stream.flush();
      const streamedItems = itemsOf(streamedText);
      for (const [i, standIn] of standIns.entries()) {
        const expected = byStandIn.get(standIn)!;
        const wanted = [...expected][0];
        result.values++;
        if (expected.has(restoredItems[i]!)) result.restored++;
        else result.problems.push(`${letter.file}  restore: "${standIn}" -> "${restoredItems[i]}" statt "${wanted}"`);
        if (expected.has(streamedItems[i]!)) result.streamed++;
        else result.problems.push(`${letter.file}  Strom: "${standIn}" -> "${streamedItems[i]}" statt "${wanted}"`);
      }
    } catch (error) {
      result.problems.push(`${letter.file}  Fehler: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return result;
}
