import { describe, expect, it } from 'vitest';
import { findCaseNumbers } from '../../server/pii/case-number.ts';
import { detectPii, RULE_DETECTORS, type PiiDetector } from '../../server/pii/index.ts';

const numbers = (text: string) => findCaseNumbers(text).map(({ value }) => value);

describe('findCaseNumbers', () => {
  it('finds the number after a keyword, without the keyword', () => {
    expect(numbers('Az.: 32-4711/2024')).toEqual(['32-4711/2024']);
    expect(numbers('Geschäftszeichen III/2-45.12 Bü')).toEqual(['III/2-45.12 Bü']);
    expect(numbers('Kundennummer 100 234 567')).toEqual(['100 234 567']);
    expect(numbers('Kassenzeichen 5.0123.456789.3')).toEqual(['5.0123.456789.3']);
    expect(numbers('Unser Zeichen: AB-12; Ihr Zeichen: 4711')).toEqual(['AB-12', '4711']);
    expect(numbers('Kd.-Nr.: K-12345, Vertragsnummer 998877, Zähler-Nr. 1ESY1160123456')).toEqual([
      'K-12345',
      '998877',
      '1ESY1160123456',
    ]);
    expect(numbers('Aktenzeichen: 5 K 123/20 und AZ 1 BvR 123/20.')).toEqual(['5 K 123/20', '1 BvR 123/20']);
    expect(numbers('Mitgliedsnummer 123, Personalnummer 4567, Fallnummer 89, Bearbeitungsnummer 10')).toEqual([
      '123',
      '4567',
      '89',
      '10',
    ]);
  });

  it('reports offsets of the number alone', () => {
    const text = 'Ihr Antrag (Az. 123/24) ist da.';
    const [match] = findCaseNumbers(text);
    expect(match).toEqual({ kind: 'case-number', value: '123/24', start: 16, end: 22 });
  });

  it('finds tax numbers: the printed shapes of the Länder alone, others after a keyword', () => {
    expect(numbers('048/815/08155 und 21/815/08150 und 181/815/08155; NRW 133/8150/8159')).toEqual([
      '048/815/08155',
      '21/815/08150',
      '181/815/08155',
      '133/8150/8159',
    ]);
    expect(numbers('Steuernummer 2181508150, St.-Nr. 93815/08152')).toEqual(['2181508150', '93815/08152']);
    expect(numbers('2181508150 und 93815/08152')).toEqual([]);
  });

  it('does not swallow a date, a word or a telephone number after the number', () => {
    expect(numbers('Az. 123/24 vom 12.03.2024')).toEqual(['123/24']);
    expect(numbers('Az. 123/24 12.03.2024')).toEqual(['123/24']);
    expect(numbers('Az. 123/24 Bitte melden Sie sich.')).toEqual(['123/24']);
    expect(numbers('Az. 123/24 Herr Müller')).toEqual(['123/24']);
    expect(numbers('Aktenzeichen 5 K 123/20 Tel 030 1234567')).toEqual(['5 K 123/20']);
    expect(numbers('Kundennummer: 12345, Vertrag folgt.')).toEqual(['12345']);
  });

  it('needs a number after the keyword, and is not the insurance numbers', () => {
    expect(numbers('Az. folgt. Unser Zeichen: Mü/Schm. Die Kundennummer steht oben.')).toEqual([]);
    expect(numbers('Versichertennummer A123456780, Versicherungsnummer 15 070649 C 103')).toEqual([]);
    expect(numbers('Datum 12/03/2024, Seite 1/2, im Jahr 2024/25')).toEqual([]);
  });

  it('wins over the telephone detector; checksummed identifiers win over it', () => {
    const found = (text: string) => detectPii(text).map(({ kind, value }) => [kind, value]);
    expect(found('Kundennummer 0301234567')).toEqual([['case-number', '0301234567']]);
    expect(found('Steuernummer 86 095 742 719')).toEqual([['steuer-id', '86 095 742 719']]);
  });

  it('lets detectPii take another list of detectors, such as a model added after the rules', () => {
    const model: PiiDetector = (text) => {
      const start = text.indexOf('Musterhausen');
      return start < 0 ? [] : [{ kind: 'address', value: 'Musterhausen', start, end: start + 12 }];
    };
    const text = 'Az. 123/24, Ortsteil Musterhausen';
    expect(detectPii(text, undefined, [...RULE_DETECTORS, model]).map(({ kind }) => kind)).toEqual([
      'case-number',
      'address',
    ]);
    expect(detectPii(text, undefined, [model]).map(({ kind }) => kind)).toEqual(['address']);
  });

  it('scans long adversarial input in linear time', () => {
    const inputs = [
      'Az. 1 '.repeat(16_000),
      'Az. '.repeat(25_000),
      '1/'.repeat(50_000),
      'Kundennummer a'.repeat(7_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findCaseNumbers(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
