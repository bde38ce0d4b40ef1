import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../server/text/language.ts';
import { fold, unfence } from '../../server/text/normalize.ts';
import { splitSentences } from '../../server/text/sentences.ts';
import { countWords, words } from '../../server/text/words.ts';

describe('splitSentences', () => {
  it.each([
    [
      'Bitte bringen Sie z. B. Ihren Ausweis mit. Die Gebühr beträgt ca. 25 Euro.',
      ['Bitte bringen Sie z. B. Ihren Ausweis mit.', 'Die Gebühr beträgt ca. 25 Euro.'],
    ],
    [
      'Gemäß § 28 Abs. 1 Nr. 2 VwVfG kann die Anhörung entfallen. Das gilt bzw. galt bis zum 12. März 2024.',
      ['Gemäß § 28 Abs. 1 Nr. 2 VwVfG kann die Anhörung entfallen.', 'Das gilt bzw. galt bis zum 12. März 2024.'],
    ],
    [
      'Die Abholung ist am 3. Oktober. Siehe S. 12 der Satzung.',
      ['Die Abholung ist am 3. Oktober.', 'Siehe S. 12 der Satzung.'],
    ],
    ['Sie wohnen im 2. Stock. Der Aufzug ist defekt.', ['Sie wohnen im 2. Stock.', 'Der Aufzug ist defekt.']],
    // A number after "Nr." or "§" is a reference, not an ordinal, so its period ends the sentence.
    [
      'Das regelt § 28 Abs. 1 Nr. 2. Die Behörde entscheidet.',
      ['Das regelt § 28 Abs. 1 Nr. 2.', 'Die Behörde entscheidet.'],
    ],
    [
      'Die Frist endet im Jahr 2024. Danach geht es nicht mehr.',
      ['Die Frist endet im Jahr 2024.', 'Danach geht es nicht mehr.'],
    ],
    [
      'Die Frist endet am 31.12.2024. Danach geht es nicht mehr.',
      ['Die Frist endet am 31.12.2024.', 'Danach geht es nicht mehr.'],
    ],
    ['Mehr unter www.musterstadt.de/sperrmuell. Danke!', ['Mehr unter www.musterstadt.de/sperrmuell.', 'Danke!']],
    ['Was kostet das? Es kostet 25,50 Euro! Wirklich.', ['Was kostet das?', 'Es kostet 25,50 Euro!', 'Wirklich.']],
    [
      'Wir sind Mo. bis Fr. von 8 bis 12 Uhr da. Das Bürgerbüro (vgl. Abs. 2) hilft.',
      ['Wir sind Mo. bis Fr. von 8 bis 12 Uhr da.', 'Das Bürgerbüro (vgl. Abs. 2) hilft.'],
    ],
    [
      'Das gilt i. d. R. und d.h. für alle. Ggf. fragen Sie nach.',
      ['Das gilt i. d. R. und d.h. für alle.', 'Ggf. fragen Sie nach.'],
    ],
    ['Er sagte: „Kommen Sie morgen.“ Dann ging er.', ['Er sagte: „Kommen Sie morgen.“', 'Dann ging er.']],
    ['Die Antwort ist 42. sie stimmt.', ['Die Antwort ist 42. sie stimmt.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text)).toEqual(expected);
  });

  it('ends a sentence at every line break and drops list markers', () => {
    const letter =
      'Sehr geehrte Frau Beispiel,\n\nbitte beachten Sie:\n1. Antrag ausfüllen.\n- Unterschreiben\n\nMit freundlichen Grüßen\nIhr Bürgerbüro';
    expect(splitSentences(letter)).toEqual([
      'Sehr geehrte Frau Beispiel,',
      'bitte beachten Sie:',
      'Antrag ausfüllen.',
      'Unterschreiben',
      'Mit freundlichen Grüßen',
      'Ihr Bürgerbüro',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n ')).toEqual([]);
  });
});

describe('words', () => {
  it('keeps compounds, amounts and dates whole and skips symbols', () => {
    expect(words('Ihre E-Mail vom 12.03.2024 über 25,50 € – § 28 z. B.')).toEqual([
      'Ihre',
      'E-Mail',
      'vom',
      '12.03.2024',
      'über',
      '25,50',
      '28',
      'z',
      'B',
    ]);
    expect(countWords('Sehr geehrte Frau Beispiel, vielen Dank für Ihre Anfrage.')).toBe(9);
    expect(countWords('')).toBe(0);
  });
});

describe('fold and unfence', () => {
  it('folds whitespace, composition and optionally case', () => {
    expect(fold('25\u00a0Euro\n\tbar')).toBe('25 Euro bar');
    expect(fold('Mu\u0308ller')).toBe('Müller');
    expect(fold('ÄRGER', true)).toBe('ärger');
  });

  it('removes a fence around the whole text only', () => {
    expect(unfence('```json\n{"a": 1}\n```')).toBe('{"a": 1}');
    expect(unfence('  `Beschwerde` ')).toBe('Beschwerde');
    expect(unfence('Hier: ```json\n{}\n```')).toBe('Hier: ```json\n{}\n```');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Die Antwort ist höflich und nennt die Gebühr.', 'de'],
    ['Sie-Form, keine Duz-Anrede', 'de'],
    ['The answer is polite and names the fee of 25 euros.', 'en'],
    ['Does the response mention the deadline?', 'en'],
    ['Sperrmüll', 'de'],
    ['', 'de'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
