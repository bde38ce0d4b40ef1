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

  it('finds numbers after document keywords, compound "-vorgang" words and register numbers', () => {
    expect(numbers('Ihres Anwohnerparkausweises Nr. AP-2022-8813 und Bescheid-Nr. 44/2024')).toEqual([
      'AP-2022-8813',
      '44/2024',
    ]);
    expect(numbers('Genehmigungsnummer 63-B-551, Registernummer HRA 8812, Reg.-Nr. G 7/2023')).toEqual([
      '63-B-551',
      'HRA 8812',
      'G 7/2023',
    ]);
    expect(numbers('Zahlvorgang ZV-9-2023-114 und Vorgang 77-XB-12')).toEqual(['ZV-9-2023-114', '77-XB-12']);
    expect(numbers('Buchungszeichen 0.4711.2209.1')).toEqual(['0.4711.2209.1']);
  });

  it('finds the BG number of a Jobcenter by its shape', () => {
    expect(numbers('Betreff: Leistungen BG 71503//0118822, alt 71503BG0118822')).toEqual([
      '71503//0118822',
      '71503BG0118822',
    ]);
    expect(numbers('Seite 12345//7 und 1234//1234567')).toEqual([]);
  });

  it('keeps a number across a spaced dash and with the initials after it', () => {
    expect(numbers('Unser Zeichen: IV C 3 – EG 2023/5521')).toEqual(['IV C 3 – EG 2023/5521']);
    expect(numbers('Mein Zeichen: 88/23 Kr/bo, Datum folgt')).toEqual(['88/23 Kr/bo']);
    expect(numbers('Az. 45/23 - Bitte angeben. Az. 45/23 - Ko')).toEqual(['45/23', '45/23']);
  });

  it('reads the value below a heading in a letter head', () => {
    expect(numbers('Ihr Zeichen\nKL-55/b1\n')).toEqual(['KL-55/b1']);
    const columns = [
      'Ihr Zeichen, Ihre Nachricht vom   Unser Zeichen      Datum',
      'Ri/77-2, 04.03.2024               51.2-0815/24       11.03.2024',
    ].join('\n');
    expect(numbers(columns)).toEqual(['Ri/77-2', '51.2-0815/24']);
    expect(numbers('Unser Zeichen\tDurchwahl\tDatum\nQ 12-3\t-218\t01.02.2024')).toEqual(['Q 12-3']);
    expect(numbers('Ihr Zeichen: –\nUnser Zeichen: 9/12')).toEqual(['9/12']);
    expect(numbers('Kundennummer:    40 77 12')).toEqual(['40 77 12']);
  });

  it('takes no date, amount, year or ordinary word after a keyword', () => {
    expect(numbers('Az.: 03.04.2024, Kundennummer 49,90 €, Kassenzeichen 12 %')).toEqual([]);
    expect(numbers('Der Vorgang 2024 ist erledigt. Vorgang vom 02.02.2024. Vorgang: siehe oben')).toEqual([]);
    expect(numbers('Aktenordner 12, Akteneinsicht am 3.4., Aktenvermerk 2')).toEqual([]);
    expect(numbers('Personalausweis Nr. T220001293, Ausweisnummer L01X00T47')).toEqual([]);
    expect(numbers('gemäß § 5 Abs. 1 Nr. 2 BauO und Anlage Nr. 3')).toEqual([]);
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
      'Vorgang A-1 '.repeat(8_000),
      'Ihr Zeichen  '.repeat(8_000),
      'Ihr Zeichen\n'.repeat(8_000),
      'Ihr Zeichen\t'.repeat(8_000),
      '12345//'.repeat(15_000),
      'Parkausweises Nr. '.repeat(6_000),
      'Az. 1 - 2 - '.repeat(9_000),
      'Az. 1 Sa/k '.repeat(9_000),
      `Unser Zeichen, ${'x '.repeat(50_000)}`,
    ];
    for (const input of inputs) {
      const started = performance.now();
      findCaseNumbers(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
