import { Lru } from '../memo/lru.ts';
import { detectPii } from '../pii/index.ts';
import { PII_PLACEHOLDER_LABELS, type PiiKind, type PiiMatch } from '../pii/types.ts';
import type { DataGuardReplacement } from '../schema/guard.ts';
import { createFaker, fictitiousValue } from './fictitious.ts';
import { restoreStream, type TextStream } from './stream-restore.ts';

export interface PseudonymizerOptions {
  /** `placeholder` (default): "[Person 1]"; `fictitious`: an invented value of the same kind and form. */
  replacement?: DataGuardReplacement;
  /** Makes the fictitious values repeatable: the same run shows the same sent text when asked again. */
  seed?: string;
  /** What counts as personal data; an NER model would come in here. */
  detect?: (text: string) => PiiMatch[];
}

export interface Pseudonymizer {
  /** The text with every personal value (found here or in an earlier text of the run) replaced. */
  protect(text: string): string;
  /** An answer with the replacements mapped back to the real values. */
  restore(text: string): string;
  /** `restore` for streamed text: holds back a fragment that may be the start of a replacement. */
  restoreStream(emit: (text: string) => void): TextStream;
  /** How many different values of each kind were replaced so far. */
  counts(): Partial<Record<PiiKind, number>>;
}

interface Entry {
  kind: PiiKind;
  value: string;
  standIn: string;
}

/**
 * One run's mapping between personal values and their stand-ins. The same value gets the same stand-in across
 * the system prompt, every case and the judge's calls, so the model can tell that two mentions are one person.
 * The mapping lives in this object only: never stored, logged or sent.
 */
/**
 * Case prompts checked lately in this process: in a workshop the same prompts go out run after run (a team's
 * members, "Ausführen" again), and checking one takes a millisecond or more. Long texts are rarely sent twice and
 * are not kept, which bounds the memory to about 1,000 x 4,000 characters.
 */
const recentlyDetected = new Lru<string, PiiMatch[]>(1000);
const CACHED_UP_TO = 4000;
const detectRecent = (text: string): PiiMatch[] =>
  text.length > CACHED_UP_TO
    ? detectPii(text)
    : (recentlyDetected.get(text) ?? recentlyDetected.set(text, detectPii(text)));

export function createPseudonymizer(options: PseudonymizerOptions = {}): Pseudonymizer {
  const detector = options.detect ?? detectRecent;
  // A run sends the same prompts again (the counts at its start, then each call, retries): detect each text once.
  const detected = new Map<string, PiiMatch[]>();
  const detect = (text: string): PiiMatch[] => {
    let found = detected.get(text);
    if (!found) detected.set(text, (found = detector(text)));
    return found;
  };
  const faker = options.replacement === 'fictitious' ? createFaker(options.seed ?? '') : undefined;
  const byValue = new Map<string, Entry>();
  const byStandIn = new Map<string, Entry>();
  const numbers = new Map<PiiKind, number>();
  let restorer: RegExp | undefined;
  /** The stand-ins as a list, for every streamed fragment; rebuilt when one is added. */
  let standIns: string[] | undefined;

  const standInFor = (kind: PiiKind, value: string): string => {
    if (faker) {
      // Invented values must not be mistaken for real ones when mapping back, nor repeat.
      for (let tries = 0; tries < 20; tries++) {
        const candidate = fictitiousValue(faker(kind, value, tries), kind, value);
        if (candidate === undefined) break;
        // Short invented names ("De", "Co") would turn up inside ordinary words when mapping back.
        if (candidate.length >= 4 && !byStandIn.has(candidate) && !byValue.has(candidate)) return candidate;
      }
    }
    const n = (numbers.get(kind) ?? 0) + 1;
    numbers.set(kind, n);
    return `[${PII_PLACEHOLDER_LABELS[kind]} ${n}]`;
  };

  const entryFor = (kind: PiiKind, value: string): Entry => {
    const known = byValue.get(value);
    if (known) return known;
    const entry = { kind, value, standIn: standInFor(kind, value) };
    byValue.set(value, entry);
    byStandIn.set(entry.standIn, entry);
    restorer = undefined;
    standIns = undefined;
    return entry;
  };

  /** Values known from earlier texts that the detector misses here (a surname alone, say). */
  const knownIn = (text: string, found: PiiMatch[]): PiiMatch[] => {
    const extra: PiiMatch[] = [];
    for (const { kind, value } of byValue.values()) {
      for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length)) {
        const end = at + value.length;
        if (!isWordBoundary(text, at, end)) continue;
        if ([...found, ...extra].some((m) => at < m.end && m.start < end)) continue;
        extra.push({ kind, value, start: at, end });
      }
    }
    return extra;
  };

  const pattern = (): RegExp | undefined => {
    if (restorer || byStandIn.size === 0) return restorer;
    // Longest first, so that "[Person 12]" is not read as "[Person 1]" followed by "2]". An invented value counts
    // only as a whole word ("Roth" is not in "Rothenburg"); a placeholder may be glued to an ending ("[Person 1]s").
    const alternatives = [...byStandIn.keys()]
      .sort((a, b) => b.length - a.length)
      .map(
        (s) =>
          (WORD.test(s[0]!) ? '(?<![\\p{L}\\p{N}])' : '') +
          escapeRegExp(s) +
          (WORD.test(s.at(-1)!) ? '(?![\\p{L}\\p{N}])' : ''),
      );
    return (restorer = new RegExp(alternatives.join('|'), 'gu'));
  };

  const restore = (text: string): string => {
    // Most streamed fragments hold no stand-in: a few substring searches instead of a Unicode regex.
    if (!(standIns ??= [...byStandIn.keys()]).some((s) => text.includes(s))) return text;
    return text.replace(pattern()!, (standInText) => byStandIn.get(standInText)?.value ?? standInText);
  };

  return {
    protect(text) {
      const found = detect(text);
      const matches = [...found, ...knownIn(text, found)].sort((a, b) => a.start - b.start);
      let out = '';
      let last = 0;
      for (const match of matches) {
        out += text.slice(last, match.start) + entryFor(match.kind, match.value).standIn;
        last = match.end;
      }
      return out + text.slice(last);
    },
    restore,
    restoreStream: (emit) => restoreStream(emit, restore, () => (standIns ??= [...byStandIn.keys()])),
    counts() {
      const counts: Partial<Record<PiiKind, number>> = {};
      for (const { kind } of byValue.values()) counts[kind] = (counts[kind] ?? 0) + 1;
      return counts;
    },
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const WORD = /[\p{L}\p{N}]/u;
/** A known value counts only as a whole word: "Roth" is not in "Rothenburg". */
const isWordBoundary = (text: string, start: number, end: number) =>
  !WORD.test(text[start - 1] ?? '') && !WORD.test(text[end] ?? '');
