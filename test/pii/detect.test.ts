import { describe, expect, it } from 'vitest';
import { detectPii, IDENTIFIER_KINDS, type PiiKind } from '../../server/pii/index.ts';

// The identifiers only: names and addresses have tests of their own.
const found = (text: string, kinds: readonly PiiKind[] = IDENTIFIER_KINDS) =>
  detectPii(text, kinds).map(({ kind, value }) => [kind, value]);

describe('detectPii', () => {
  it('finds each kind in a letter', () => {
    const letter = [
      'Sehr geehrte Frau Mustermann (geb. 12.08.1964),',
      'Ihre Steuer-ID 86 095 742 719 und Ihre IBAN DE89 3704 0044 0532 0130 00 liegen uns vor.',
      'Versicherungsnummer 15 070649 C 103, Krankenversichertennummer A123456780.',
      'Ausweisnummer T22000129, Reisepass C01X00T478, Fahrzeug B-AB 1234.',
      'Erreichbar unter 030 901820 oder erika.mustermann@example.de.',
    ].join('\n');
    expect(found(letter)).toEqual([
      ['birthdate', '12.08.1964'],
      ['steuer-id', '86 095 742 719'],
      ['iban', 'DE89 3704 0044 0532 0130 00'],
      ['rvnr', '15 070649 C 103'],
      ['kvnr', 'A123456780'],
      ['ausweis', 'T22000129'],
      ['pass', 'C01X00T478'],
      ['kennzeichen', 'B-AB 1234'],
      ['phone', '030 901820'],
      ['email', 'erika.mustermann@example.de'],
    ]);
  });

  it('reports start and end offsets', () => {
    const text = 'IBAN: DE89370400440532013000.';
    const [match] = detectPii(text);
    expect(match).toEqual({ kind: 'iban', value: 'DE89370400440532013000', start: 6, end: 28 });
    expect(text.slice(match!.start, match!.end)).toBe(match!.value);
  });

  it('does not take numbers with one wrong digit for identifiers', () => {
    const text =
      'Steuer-ID 86095742718, IBAN DE89 3704 0044 0532 0130 01, RV 15 070649 C 104, KV A123456781, Pass C01X00T479.';
    expect(found(text)).toEqual([]);
  });

  it('stops an IBAN at its length and does not swallow the next word', () => {
    expect(found('DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX')).toEqual([['iban', 'DE89 3704 0044 0532 0130 00']]);
    expect(found('DE89 3704 0044 0532 0130 0012')).toEqual([]);
  });

  it('finds document numbers with check digit anywhere, without only after a keyword', () => {
    // A letter and only digits needs a keyword even with its check digit; "IDD<" (the ID card's MRZ) is one.
    expect(found('IDD<<T220001293<<<<<<<<<<<<<<<')).toEqual([['ausweis', 'T220001293']]);
    expect(found('Vorgang T22000129 erledigt')).toEqual([]);
    expect(found('Passnummer: C01X00T47')).toEqual([['pass', 'C01X00T47']]);
  });

  it('requires a real district code and the plate format', () => {
    expect(found('Halter von M AB 123E und HH-X-12')).toEqual([
      ['kennzeichen', 'M AB 123E'],
      ['kennzeichen', 'HH-X-12'],
    ]);
    expect(found('nach SGB II 12 und Nr 12, DIN EN 1090, Raum B 12')).toEqual([]);
    expect(found('B-AB 12345')).toEqual([]); // more than four digits
  });

  it('accepts only valid telephone numbers written with 0 or +', () => {
    expect(found('Tel. +49 30 901820, 0176 12345678, (030) 9018 20')).toEqual([
      ['phone', '+49 30 901820'],
      ['phone', '0176 12345678'],
      ['phone', '(030) 9018 20'],
    ]);
    expect(found('030 901820 0176 12345678', ['phone'])).toEqual([
      ['phone', '030 901820'],
      ['phone', '0176 12345678'],
    ]);
    // A template number, a file number, a postcode and a date are no telephone numbers.
    expect(found('Tel. 0123 456789, Az. 456789, 12345 Musterstadt, am 03.03.2025', ['phone'])).toEqual([]);
  });

  it('finds birth dates only next to a birth keyword, and not Markdown bullets', () => {
    expect(
      found('geboren am 3. März 1970; Geburtsdatum: 1964-08-12; Erika Muster, * 12.8.64; Termin am 03.03.2025'),
    ).toEqual([
      ['birthdate', '3. März 1970'],
      ['birthdate', '1964-08-12'],
      ['birthdate', '12.8.64'],
    ]);
    expect(found('* 12.03.2025 Kontrolle vor Ort')).toEqual([]);
    expect(found('geb. 32.13.1964')).toEqual([]);
  });

  it('finds e-mail addresses, also with umlauts, but not bare domains', () => {
    expect(found('an buergerbuero@musterstadt.de oder jürgen.müller@städte-tag.de. Web: www.musterstadt.de')).toEqual([
      ['email', 'buergerbuero@musterstadt.de'],
      ['email', 'jürgen.müller@städte-tag.de'],
    ]);
  });

  it('filters by kind after resolving overlaps', () => {
    const text = 'IBAN DE89 3704 0044 0532 0130 00, Telefon 030 901820';
    expect(found(text, ['phone'])).toEqual([['phone', '030 901820']]);
    expect(found(text, ['iban'])).toEqual([['iban', 'DE89 3704 0044 0532 0130 00']]);
  });

  it('scans long adversarial input in linear time', () => {
    const inputs = [
      '1 '.repeat(50_000),
      '0 '.repeat(50_000),
      'a'.repeat(100_000) + '@',
      'a@' + 'b-'.repeat(50_000),
      'DE12 '.repeat(20_000),
      'geb. '.repeat(20_000),
      'AB '.repeat(30_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      detectPii(input);
      expect(performance.now() - started, input.slice(0, 10)).toBeLessThan(2000);
    }
  });
});
