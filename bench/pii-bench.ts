// `npm run bench -- pii`: how well the data guard finds personal data in realistic letters (bench/pii/corpus), and
// whether what it replaces comes back. `--verbose` (run this file directly) or PII_BENCH_VERBOSE=1 lists every miss,
// false alarm and leak with file:line; the values are invented, so printing them is fine.
import { pathToFileURL } from 'node:url';
import { diffWordsWithSpace } from 'diff';
import { createPseudonymizer } from '../server/guard/pseudonymizer.ts';
import { detectPii, type PiiMatch } from '../server/pii/index.ts';
import { GOLD_KINDS, type GoldSpan, type Letter, lineOf, loadCorpus, validateGold } from './pii/corpus.ts';

/** Numbers with a fixed form: a miss leaks the value outright. Email and Kfz-Kennzeichen count here too. */
const IDENTIFIERS = ['iban', 'steuer-id', 'rvnr', 'kvnr', 'ausweis', 'pass', 'email', 'kennzeichen'];
const RECALL_TARGET: Record<string, number> = {
  ...Object.fromEntries(IDENTIFIERS.map((kind) => [kind, 0.99])),
  person: 0.95,
  address: 0.95,
  birthdate: 0.95,
};
const PRECISION_TARGET = 0.9;
const MODES = ['placeholder', 'fictitious'] as const;
const STREAM_DELTA = 3;
const MAX_MERGED = 12;

const ALNUM = /[\p{L}\p{N}]/u;
const fmt = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));
const ratio = (part: number, whole: number) => (whole === 0 ? undefined : part / whole);
const mark = (ok: boolean) => (ok ? '✓' : '✗');
const where = (letter: Letter, start: number) => `${letter.file}:${lineOf(letter.text, start)}`;

interface KindScore {
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

function score(letters: readonly Letter[]): Scoring {
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

function roundTrip(letters: readonly Letter[], mode: (typeof MODES)[number]): RoundTrip {
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

export async function piiBench(): Promise<boolean> {
  const verbose = process.argv.includes('--verbose') || process.env.PII_BENCH_VERBOSE === '1';
  const letters = loadCorpus();
  const invalid = validateGold(letters);
  if (invalid.length > 0)
    throw new Error(`Korpus: ${invalid.length} Prüfziffern falsch, der Bench läuft so nicht:\n${invalid.join('\n')}`);

  const started = performance.now();
  const { byKind, misses, otherKind, falsePositives } = score(letters);
  const detectMs = performance.now() - started;
  const totals = [...byKind.values()].reduce(
    (t, s) => ({
      gold: t.gold + s.gold,
      found: t.found + s.found,
      foundSameKind: t.foundSameKind + s.foundSameKind,
      detected: t.detected + s.detected,
      truePositive: t.truePositive + s.truePositive,
    }),
    { gold: 0, found: 0, foundSameKind: 0, detected: 0, truePositive: 0 },
  );

  let ok = true;
  const row = (kind: string, s: KindScore, recallTarget?: number, precisionTarget?: number) => {
    const recall = ratio(s.found, s.gold);
    const precision = ratio(s.truePositive, s.detected);
    let recallGoal = '';
    if (recallTarget !== undefined && recall !== undefined) {
      ok &&= recall >= recallTarget;
      recallGoal = `≥${recallTarget.toFixed(2)} ${mark(recall >= recallTarget)}`;
    }
    let precisionGoal = '';
    if (precisionTarget !== undefined && precision !== undefined) {
      ok &&= precision >= precisionTarget;
      precisionGoal = `  ≥${precisionTarget.toFixed(2)} ${mark(precision >= precisionTarget)}`;
    }
    const same = ratio(s.foundSameKind, s.gold);
    return (
      `  ${kind.padEnd(18)}${String(s.gold).padStart(5)}${fmt(recall).padStart(8)}  ${recallGoal.padEnd(8)}` +
      `${fmt(same).padStart(9)}${String(s.detected).padStart(9)}${fmt(precision).padStart(11)}${precisionGoal}`
    );
  };

  const lines = [
    `PII-Erkennung / PII detection: detectPii (alle Arten) auf ${letters.length} Briefen mit ${totals.gold} markierten Werten, ${detectMs.toFixed(0)} ms`,
    `  ${'Art / kind'.padEnd(18)}${'Gold'.padStart(5)}${'Recall'.padStart(8)}  ${'Ziel'.padEnd(8)}` +
      `${'gl. Art'.padStart(9)}${'Erkannt'.padStart(9)}${'Precision'.padStart(11)}  Ziel`,
    ...[...byKind].map(([kind, s]) => row(kind, s, RECALL_TARGET[kind])),
    row('gesamt / overall', totals, undefined, PRECISION_TARGET),
    '  Recall: gefunden, wenn jeder Buchstabe und jede Ziffer des Werts von Erkennungen (beliebiger Art) bedeckt ist;',
    '  "gl. Art": nur von Erkennungen derselben Art. Precision nach der Art der Erkennung: richtig, wenn sie einen',
    `  markierten Wert überlappt. Ziel 0.99 für Kennungen (${IDENTIFIERS.join(', ')}).`,
    '  (recall: every letter and digit covered by detections of any kind; "gl. Art": by detections of the same kind;',
    "  precision by the detection's kind: a detection is right when it overlaps a marked value.)",
  ];
  console.log(lines.join('\n'));
  if (verbose) {
    const list = (title: string, items: string[]) =>
      console.log([`${title}: ${items.length}`, ...items.map((item) => `    ${item}`)].join('\n'));
    list('  Nicht gefunden / missed', misses);
    list('  Nur als andere Art gefunden / found as another kind', otherKind);
    list('  Fehlalarme / false positives', falsePositives);
  }

  for (const mode of MODES) {
    const r = roundTrip(letters, mode);
    const complete = r.restored === r.values && r.streamed === r.values && r.identical === letters.length;
    ok &&= complete && r.values > 0;
    console.log(
      [
        `Pseudonymisierung / round trip (${mode === 'placeholder' ? 'Platzhalter' : 'fiktive Werte'}):`,
        `  Rückweg: ${r.restored} von ${r.values} Werten wiederhergestellt (restore), ${r.streamed} von ${r.values} ` +
          `(restoreStream, ${STREAM_DELTA}-Zeichen-Stücke) ${mark(complete)}`,
        `  Ersetzte Werte laut counts(): ${r.counted}${r.counted === r.values ? '' : ` (im Text gefunden: ${r.values})`}`,
        `  restore(protect(text)) === text: ${r.identical} von ${letters.length} Briefen`,
        `  Im geschützten Text noch sichtbar / leaked: ${r.leaked} von ${r.goldValues} markierten Werten`,
      ].join('\n'),
    );
    if (verbose && r.problems.length > 0) console.log(r.problems.map((p) => `    ${p}`).join('\n'));
  }
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = (await piiBench()) ? 0 : 1;
}
