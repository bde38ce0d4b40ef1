// `npm run bench -- pii`: how well the data guard finds personal data in realistic letters (bench/pii/corpus), and
// whether what it replaces comes back. `--verbose` (run this file directly) or PII_BENCH_VERBOSE=1 lists every miss,
// false alarm and leak with file:line; the values are invented, so printing them is fine.
import { pathToFileURL } from 'node:url';
import { detectPii } from '../server/pii/index.ts';
import { loadCorpus, validateGold } from './pii/corpus.ts';
import { roundTrip, STREAM_DELTA } from './pii/round-trip.ts';
import { score, type KindScore } from './pii/score.ts';

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

const fmt = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));
const ratio = (part: number, whole: number) => (whole === 0 ? undefined : part / whole);
const mark = (ok: boolean) => (ok ? '✓' : '✗');
export async function piiBench(): Promise<boolean> {
  const verbose = process.argv.includes('--verbose') || process.env.PII_BENCH_VERBOSE === '1';
  const letters = loadCorpus();
  const invalid = validateGold(letters);
  if (invalid.length > 0)
    throw new Error(`Korpus: ${invalid.length} Prüfziffern falsch, der Bench läuft so nicht:\n${invalid.join('\n')}`);

  const started = performance.now();
  const { byKind, misses, otherKind, falsePositives } = score(letters);
  const detectMs = performance.now() - started;
  // Once loaded (name lists, telephone metadata), what the guard costs each call: time per kB of text.
  const kb = letters.reduce((sum, letter) => sum + letter.text.length, 0) / 1024;
  const again = performance.now();
  for (const letter of letters) detectPii(letter.text);
  const perKbMs = (performance.now() - again) / kb;
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
    `PII-Erkennung / PII detection: detectPii (alle Arten) auf ${letters.length} Briefen mit ${totals.gold} markierten Werten, ${detectMs.toFixed(0)} ms (mit Laden; danach ${perKbMs.toFixed(1)} ms je kB)`,
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
