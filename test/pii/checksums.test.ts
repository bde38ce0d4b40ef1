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
  it('rejects a wrong check digit and impossible birth dates', () => {
    expect(isValidRvnr('15070649C104')).toBe(false);
    expect(isValidRvnr('15071349C103')).toBe(false); // month 13
    expect(isValidRvnr('15000649C103')).toBe(false); // day 00
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
