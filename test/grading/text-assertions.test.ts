import { describe, expect, it } from 'vitest';
import { grade, issues } from './context.ts';

const letter =
  'Sehr geehrte Frau Beispiel,\n\ndie Abholung kostet 25\u00a0Euro. Termine finden Sie unter https://www.musterstadt.de/sperrmuell.';

describe('equals', () => {
  it('passes on the same text, ignoring surrounding whitespace', async () => {
    expect(await grade('equals', { value: 'Beschwerde' }, '  Beschwerde\n')).toMatchObject({ pass: true, score: 1 });
  });
  it('fails and shows what came instead', async () => {
    const result = await grade('equals', { value: 'Beschwerde' }, 'beschwerde');
    expect(result).toMatchObject({
      pass: false,
      score: 0,
      reason: 'Erwartet genau "Beschwerde", erhalten "beschwerde"',
    });
  });
  it('takes a YAML number as text', async () => {
    expect(await grade('equals', { value: 25 }, '25')).toMatchObject({ pass: true });
  });
});

describe('contains and icontains', () => {
  it('finds text across a no-break space', async () => {
    expect(await grade('contains', { value: '25 Euro' }, letter)).toMatchObject({
      pass: true,
      reason: 'Enthält "25 Euro"',
    });
  });
  it('fails with the missing text', async () => {
    expect(await grade('contains', { value: '30 Euro' }, letter)).toMatchObject({
      pass: false,
      score: 0,
      reason: 'Enthält nicht "30 Euro"',
    });
  });
  it('is case-sensitive unless icontains', async () => {
    expect((await grade('contains', { value: 'SEHR GEEHRTE' }, letter)).pass).toBe(false);
    expect((await grade('icontains', { value: 'SEHR GEEHRTE' }, letter)).pass).toBe(true);
    expect((await grade('icontains', { value: 'hallo' }, letter)).pass).toBe(false);
  });
  it('negates: not-icontains passes when absent and fails when present', async () => {
    const passed = await grade('not-icontains', { value: 'du ' }, letter);
    expect(passed).toMatchObject({ pass: true, score: 1, reason: 'Verneinte Prüfung bestanden: Enthält nicht "du "' });
    const failed = await grade('not-icontains', { value: 'du ' }, 'Kannst Du mir helfen?');
    expect(failed).toMatchObject({ pass: false, score: 0, reason: 'Verneinte Prüfung nicht bestanden: Enthält "du "' });
  });
});

describe('contains-any / contains-all and case-insensitive variants', () => {
  it('contains-any passes with one hit and names it', async () => {
    expect(await grade('contains-any', { value: ['Montag', 'Euro'] }, letter)).toMatchObject({
      pass: true,
      reason: 'Enthält "Euro"',
    });
  });
  it('contains-any fails when none occurs', async () => {
    expect(await grade('contains-any', { value: ['Montag', 'Dienstag'] }, letter)).toMatchObject({
      pass: false,
      reason: 'Enthält keinen der Begriffe "Montag", "Dienstag"',
    });
  });
  it('contains-all lists exactly what is missing', async () => {
    expect(await grade('contains-all', { value: ['Euro', 'Montag', 'Frau Beispiel', 'Frist'] }, letter)).toMatchObject({
      pass: false,
      reason: 'Enthält nicht "Montag", "Frist"',
    });
    expect((await grade('contains-all', { value: ['Euro', 'Termine'] }, letter)).pass).toBe(true);
  });
  it('icontains-any and icontains-all ignore case', async () => {
    expect((await grade('icontains-any', { value: ['MONTAG', 'EURO'] }, letter)).pass).toBe(true);
    expect((await grade('icontains-all', { value: ['EURO', 'TERMINE'] }, letter)).pass).toBe(true);
    expect((await grade('icontains-all', { value: ['EURO', 'MONTAG'] }, letter)).pass).toBe(false);
  });
  it('negates: not-contains-any passes only when none occurs', async () => {
    expect((await grade('not-contains-any', { value: ['du', 'dein'] }, letter)).pass).toBe(true);
    expect((await grade('not-contains-any', { value: ['du', 'Euro'] }, letter)).pass).toBe(false);
    expect((await grade('not-icontains-all', { value: ['euro', 'montag'] }, letter)).pass).toBe(true);
  });
});

describe('starts-with', () => {
  it('passes after leading whitespace', async () => {
    expect((await grade('starts-with', { value: 'Sehr geehrte' }, `\n ${letter}`)).pass).toBe(true);
  });
  it('fails and shows the actual start', async () => {
    const result = await grade(
      'starts-with',
      { value: 'Sehr geehrte' },
      'Hallo Frau Beispiel, danke für Ihre Nachricht.',
    );
    expect(result).toMatchObject({
      pass: false,
      reason: 'Beginnt nicht mit "Sehr geehrte", sondern mit "Hallo Frau Beispiel, danke für…"',
    });
  });
  it('negates', async () => {
    expect((await grade('not-starts-with', { value: 'Hallo' }, letter)).pass).toBe(true);
  });
});

describe('regex', () => {
  it('passes and quotes the match', async () => {
    const result = await grade('regex', { value: 'https://www\\.musterstadt\\.de/\\w+' }, letter);
    expect(result).toMatchObject({
      pass: true,
      reason: 'Passt zum Muster, gefunden: "https://www.musterstadt.de/sperrmuell"',
    });
  });
  it('fails without a match and honours flags; only the detail names the pattern', async () => {
    expect(await grade('regex', { value: 'SEHR', flags: 'g' }, letter)).toMatchObject({
      pass: false,
      reason: 'Keine Stelle passt zum vorgegebenen Muster',
      detail: 'Muster /SEHR/g',
    });
    expect((await grade('regex', { value: 'SEHR', flags: 'i' }, letter)).pass).toBe(true);
    expect((await grade('regex', { value: '^die', flags: 'm' }, letter)).pass).toBe(true);
  });
  it('negates', async () => {
    expect((await grade('not-regex', { value: '\\bdu\\b', flags: 'i' }, letter)).pass).toBe(true);
    expect((await grade('not-regex', { value: '\\d+' }, letter)).pass).toBe(false);
  });
  it('rejects a pattern that does not compile and bad flags', () => {
    expect(issues({ type: 'regex', value: '(offen' })).toEqual([
      expect.stringMatching(/^value: kein gültiger regulärer Ausdruck: /),
    ]);
    expect(issues({ type: 'regex', value: 'a', flags: 'x' })).toEqual([
      expect.stringMatching(/^flags: ungültige Flags "x"/),
    ]);
    expect(issues({ type: 'regex', value: 'a', flags: 'gg' })).toEqual([expect.stringMatching(/^flags: /)]);
    expect(issues({ type: 'regex', value: '\\p{L}', flags: 'u' })).toEqual([]);
  });
});

describe('word-count', () => {
  const words = (n: number): string => Array.from({ length: n }, (_, i) => `wort${i}`).join(' ');
  it('passes within the range', async () => {
    expect(await grade('word-count', { min: 5, max: 10 }, words(7))).toMatchObject({
      pass: true,
      reason: '7 Wörter (erlaubt: 5 bis 10)',
    });
    expect((await grade('word-count', { max: 10 }, words(10))).pass).toBe(true);
    expect((await grade('word-count', { min: 1 }, 'Ja.')).reason).toBe('1 Wort (erlaubt: mindestens 1)');
  });
  it('fails too long and too short with the numbers', async () => {
    expect(await grade('word-count', { max: 200 }, words(245))).toMatchObject({
      pass: false,
      reason: 'Zu lang: 245 Wörter (höchstens 200)',
    });
    expect(await grade('word-count', { min: 80, max: 200 }, words(40))).toMatchObject({
      pass: false,
      reason: 'Zu kurz: 40 Wörter (mindestens 80)',
    });
  });
  it('needs min or max, in order, and is not negatable', () => {
    expect(issues({ type: 'word-count' })).toEqual([': braucht "min" oder "max" (oder beide)']);
    expect(issues({ type: 'word-count', min: 10, max: 5 })).toEqual(['min: "min" ist größer als "max"']);
    expect(issues({ type: 'word-count', max: 2.5 })).toHaveLength(1);
    expect(issues({ type: 'not-word-count', max: 5 })).toEqual([
      'type: "not-word-count": Typ "word-count" lässt sich nicht verneinen',
    ]);
  });
});

describe('sentence-length', () => {
  it('passes when every sentence is short enough, abbreviations notwithstanding', async () => {
    const text = 'Bitte bringen Sie z. B. Ihren Ausweis mit. Die Gebühr beträgt ca. 25 Euro.';
    expect(await grade('sentence-length', { max: 8 }, text)).toMatchObject({
      pass: true,
      reason: 'Alle Sätze haben höchstens 8 Wörter (längster: 8)',
    });
  });
  it('fails, counting the long sentences and quoting the longest', async () => {
    const text =
      'Kurz. Dies ist ein Satz mit genau neun Wörtern darin. Und hier kommt ein noch etwas längerer Satz mit elf Wörtern.';
    const result = await grade('sentence-length', { max: 8 }, text);
    expect(result).toMatchObject({ pass: false, score: 0 });
    expect(result.reason).toBe(
      '2 Sätze zu lang (höchstens 8 Wörter); der längste hat 11: "Und hier kommt ein noch etwas längerer Satz mit elf Wörtern."',
    );
  });
  it('needs a positive whole max', () => {
    expect(issues({ type: 'sentence-length' })).toHaveLength(1);
    expect(issues({ type: 'sentence-length', max: 0 })).toHaveLength(1);
    expect(issues({ type: 'not-sentence-length', max: 10 })).toHaveLength(1);
  });
});

describe('parameter validation shared by the text types', () => {
  it('reports a missing value, an empty value and unknown fields', () => {
    expect(issues({ type: 'contains' })).toEqual([expect.stringMatching(/^value: /)]);
    expect(issues({ type: 'contains', value: '' })).toEqual(['value: darf nicht leer sein']);
    expect(issues({ type: 'contains', value: 'x', valeu: 'y' })).toEqual(['valeu: unbekanntes Feld "valeu"']);
    expect(issues({ type: 'contains-all', value: [] })).toEqual(['value: braucht mindestens einen Eintrag']);
    expect(issues({ type: 'contains-any', value: 'Euro' })).toHaveLength(1);
    expect(issues({ type: 'contains', value: 'x', weight: 2 })).toEqual([]);
  });
});
