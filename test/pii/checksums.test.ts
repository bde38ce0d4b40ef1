import { describe, expect, it } from 'vitest';
import { isValidIban } from '../../server/pii/iban.ts';
import { icaoCheckDigit } from '../../server/pii/icao.ts';
import { isValidKvnr } from '../../server/pii/kvnr.ts';
import { isValidRvnr } from '../../server/pii/rvnr.ts';
import { isValidSteuerId } from '../../server/pii/steuer-id.ts';

// Known valid samples from their issuers' documentation; each invalid one differs in a single character.
describe('Steuer-ID', () => {
  it('accepts valid numbers', () => {
    expect(isValidSteuerId('86095742719')).toBe(true); // BZSt sample
    expect(isValidSteuerId('12345678995')).toBe(true); // check digit example from the algorithm's description
  });
  it('rejects a wrong check digit, a leading 0 and broken digit repetition', () => {
    expect(isValidSteuerId('86095742718')).toBe(false);
    expect(isValidSteuerId('02476291358')).toBe(false); // test numbers start with 0
    expect(isValidSteuerId('12345678901')).toBe(false); // no repeated digit
    expect(isValidSteuerId('11123456781')).toBe(false); // one digit three times in a row
    expect(isValidSteuerId('1234567899')).toBe(false); // ten digits
  });
});

describe('IBAN', () => {
  it('accepts valid IBANs of several countries', () => {
    for (const iban of [
      'DE89370400440532013000',
      'AT611904300234573201',
      'CH9300762011623852957',
      'GB82WEST12345698765432',
      'NL91ABNA0417164300',
      'FR1420041010050500013M02606',
    ]) {
      expect(isValidIban(iban), iban).toBe(true);
    }
  });
  it('rejects one wrong digit, a wrong length and unknown countries', () => {
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(isValidIban('DE8937040044053201300')).toBe(false);
    expect(isValidIban('XX89370400440532013000')).toBe(false);
  });
});

describe('Rentenversicherungsnummer', () => {
  it('accepts valid numbers', () => {
    expect(isValidRvnr('15070649C103')).toBe(true); // DRV example: area 15, born 07.06.49, C, serial 10
    expect(isValidRvnr('65170839J003')).toBe(true);
  });
  // Gemeinsames Rundschreiben zum Meldeverfahren, Ziff. 3.1.1.2: unknown day or month is 00, and the day is raised
  // by 32 or 64 (by 96 only from the 1st) when the serial numbers of a date run out. Check digits as written.
  it('accepts the birth dates the DRV writes when a date is unknown or its serial numbers ran out', () => {
    for (const rvnr of [
      '15000649C105', // day 00
      '15070049C107', // month 00
      '15001286C104', // day 00 with a month: the Rundschreiben's example "001286"
      '15170088C107', // month 00, the day of issue as day: "170088"
      '15330649C107', // 01..31 + 32
      '15650649C105', // + 64
      '15970649C102', // 01 + 96
      '15320049C106', // 00 + 32, month unknown
      '15950049C105', // 31 + 64, the largest day below 97
    ]) {
      expect(isValidRvnr(rvnr), rvnr).toBe(true);
    }
  });
  it('rejects a wrong check digit and dates that cannot occur', () => {
    expect(isValidRvnr('15070649C104')).toBe(false);
    expect(isValidRvnr('15000649C103')).toBe(false); // day 00, but the check digit of 07.06.49
    // Each with its correct check digit, so only the date rule rejects it.
    expect(isValidRvnr('15071349C107')).toBe(false); // month 13
    expect(isValidRvnr('15960649C107')).toBe(false); // day 96: 96 is added to the 1st only
    expect(isValidRvnr('15980649C108')).toBe(false); // day 98
  });
});

describe('Krankenversichertennummer', () => {
  it('accepts a valid number and rejects one wrong digit', () => {
    expect(isValidKvnr('A123456780')).toBe(true); // sample of the GKV-Spitzenverband
    expect(isValidKvnr('A123456781')).toBe(false);
    expect(isValidKvnr('A12345678')).toBe(false);
  });
});

describe('ICAO 9303 check digit', () => {
  it('matches the Bundesdruckerei specimens', () => {
    expect(icaoCheckDigit('T22000129')).toBe(3); // Personalausweis "Erika Mustermann"
    expect(icaoCheckDigit('C01X00T47')).toBe(8); // Reisepass "Erika Mustermann"
  });
});
