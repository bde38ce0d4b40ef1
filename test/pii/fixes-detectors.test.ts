import { describe, expect, it } from 'vitest';
import { detectPii, IDENTIFIER_KINDS, type PiiKind } from '../../server/pii/index.ts';

// Defects found by checking the detectors against the issuers' rules and other tools; each case failed before.
// The identifiers only: names and addresses have tests of their own.
const found = (text: string, kinds: readonly PiiKind[] = IDENTIFIER_KINDS) =>
  detectPii(text, kinds).map(({ kind, value }) => [kind, value]);

describe('Rentenversicherungsnummer with a day or month that is no date', () => {
  it('finds numbers with day 00, a raised day or month 00', () => {
    expect(found('Versicherungsnummer 15 330649 C 107, alt 15 000649 C 105, neu 15 170088 C 107.')).toEqual([
      ['rvnr', '15 330649 C 107'],
      ['rvnr', '15 000649 C 105'],
      ['rvnr', '15 170088 C 107'],
    ]);
  });
});

describe('Personalausweis and Reisepass numbers', () => {
  it('do not start with a digit, even with a matching check digit or a keyword', () => {
    expect(found('Artikel 3KX7729F15 geliefert')).toEqual([]);
    expect(found('Ausweisnummer 3KX7729F1')).toEqual([]);
  });

  it('need a keyword when only digits follow the letter, even with a matching check digit', () => {
    // T22000129 with its check digit 3 is a letter and nine digits: the shape of a KVNR or a customer number.
    expect(found('Kundennummer T220001293 erledigt')).toEqual([]);
    expect(found('Vorgang C123456788 erledigt')).toEqual([]);
    expect(found('Ausweis-Nr. T220001293')).toEqual([['ausweis', 'T220001293']]);
    expect(found('ID-Karte T22000129')).toEqual([['ausweis', 'T22000129']]);
    expect(found('Reisepass C123456788')).toEqual([['pass', 'C123456788']]);
    expect(found('Dokumentennummer: C12345678')).toEqual([['pass', 'C12345678']]);
  });

  it('still finds specimen numbers with letters after the first by their check digit alone', () => {
    expect(found('Nr. C01X00T478 und L01X00T471')).toEqual([
      ['pass', 'C01X00T478'],
      ['ausweis', 'L01X00T471'],
    ]);
    expect(found('Personalausweis T22000129, Reisepass C01X00T47')).toEqual([
      ['ausweis', 'T22000129'],
      ['pass', 'C01X00T47'],
    ]);
  });
});

describe('telephone numbers at a boundary', () => {
  it('are not glued to letters on either side', () => {
    expect(found('Tel0301234567x AZ030123456 Tel 0301234567x Az 030123456b', ['phone'])).toEqual([]);
  });

  it('are not part of a longer number', () => {
    expect(found('Az. 2024/0301234567/3', ['phone'])).toEqual([]);
    expect(found('IBAN DE12 0301 2345 6789 0123 45 (Prüfziffer falsch)')).toEqual([]);
    expect(found('Nr. 0301234567.3', ['phone'])).toEqual([]);
  });

  it('drop trailing groups only at a space, where the number ends at a boundary', () => {
    expect(found('Az. 030 901820/2024/1234', ['phone'])).toEqual([]);
    expect(found('mobil 0176 12345678 1234', ['phone'])).toEqual([['phone', '0176 12345678']]);
  });

  it('keep an opening bracket after a letter with the number', () => {
    expect(found('Telefon(030) 901820', ['phone'])).toEqual([['phone', '(030) 901820']]);
  });

  it('still finds numbers in a list and in ordinary text', () => {
    expect(found('030 901820 0176 12345678; Tel.030 901820', ['phone'])).toEqual([
      ['phone', '030 901820'],
      ['phone', '0176 12345678'],
      ['phone', '030 901820'],
    ]);
  });
});

describe('Steuer-ID and IBAN as people write them', () => {
  it('finds Steuer-IDs grouped by slashes, points or hyphens', () => {
    expect(found('86/095/742/719, 86.095.742.719 und 86-095-742-719')).toEqual([
      ['steuer-id', '86/095/742/719'],
      ['steuer-id', '86.095.742.719'],
      ['steuer-id', '86-095-742-719'],
    ]);
  });

  it('does not take mixed separators or a part of a longer number for a Steuer-ID', () => {
    expect(found('86/095.742/719', ['steuer-id'])).toEqual([]);
    expect(found('1/86/095/742/719 und 86/095/742/719/1', ['steuer-id'])).toEqual([]);
  });

  it('finds IBANs in lower case and grouped by hyphens, points or slashes', () => {
    expect(found('de89 3704 0044 0532 0130 00; DE89-3704-0044-0532-0130-00; DE89.3704.0044.0532.0130.00')).toEqual([
      ['iban', 'de89 3704 0044 0532 0130 00'],
      ['iban', 'DE89-3704-0044-0532-0130-00'],
      ['iban', 'DE89.3704.0044.0532.0130.00'],
    ]);
    expect(found('IBAN/BIC: de89370400440532013000/COBADEFFXXX')).toEqual([['iban', 'de89370400440532013000']]);
  });

  it('does not take mixed separators or a longer token for an IBAN', () => {
    expect(found('DE89 3704-0044 0532 0130 00', ['iban'])).toEqual([]);
    expect(found('DE89-3704-0044-0532-0130-00-12', ['iban'])).toEqual([]);
  });

  it('scans separators and lower case in linear time', () => {
    for (const input of ['86/'.repeat(40_000), '1.'.repeat(50_000), 'de12-'.repeat(20_000), '0/'.repeat(50_000)]) {
      const started = performance.now();
      detectPii(input);
      expect(performance.now() - started, input.slice(0, 10)).toBeLessThan(2000);
    }
  });
});
