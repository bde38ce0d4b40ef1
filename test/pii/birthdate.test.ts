import { describe, expect, it } from 'vitest';
import { findBirthdates } from '../../server/pii/birthdate.ts';

const dates = (text: string) => findBirthdates(text).map(({ value }) => value);

describe('findBirthdates', () => {
  it('finds the date after a birth keyword', () => {
    expect(dates('geb. am 03.05.1980')).toEqual(['03.05.1980']);
    expect(dates('Geb.-Dat.: 03.05.1980')).toEqual(['03.05.1980']);
    expect(dates('Geburtsdatum 03/05/1980')).toEqual(['03/05/1980']);
    expect(dates('Geburtsdatum/-ort: 03.05.1980, Köln')).toEqual(['03.05.1980']);
    expect(dates('Geb.: 1. Januar 1970; geboren am 3. Sept. 1980')).toEqual(['1. Januar 1970', '3. Sept. 1980']);
    expect(dates('geboren am dritten Mai 1980, Geburtstag: einunddreißigsten Dezember 1999')).toEqual([
      'dritten Mai 1980',
      'einunddreißigsten Dezember 1999',
    ]);
  });

  it('finds the date after a few words between the keyword and a colon', () => {
    expect(dates('geboren am: 14.02.1977')).toEqual(['14.02.1977']);
    expect(dates('Geb.-Datum zur Prüfung: 1.3.1961')).toEqual(['1.3.1961']);
    expect(dates('Geburtsdatum lt. Ausweis: 9. Oktober 1955')).toEqual(['9. Oktober 1955']);
    expect(dates('Geburtsdatum (Kind): 2020-05-17')).toEqual(['2020-05-17']);
    // The words do not run into the next sentence or line, and four words are too many.
    expect(dates('geboren in Ulm. Termin: 12.03.2025')).toEqual([]);
    expect(dates('geboren in Ulm\nTermin: 12.03.2025')).toEqual([]);
    expect(dates('Geburtsdatum ist nicht bekannt, Termin: 12.03.2025')).toEqual([]);
    expect(dates('geboren und aufgewachsen in Bonn seit: 12.03.2025')).toEqual([]);
  });

  it('finds the date before "geboren"', () => {
    expect(dates('Sie sind am 3. Mai 1980 geboren.')).toEqual(['3. Mai 1980']);
    expect(dates('wurde am 3.5.1980 in Bad Tölz geboren')).toEqual(['3.5.1980']);
    expect(dates('am 3. Mai 1980 in Köln geboren')).toEqual(['3. Mai 1980']);
  });

  it('reports offsets of the date alone', () => {
    const text = 'Erika, geb. am 03.05.1980, wohnt hier.';
    expect(findBirthdates(text)).toEqual([{ kind: 'birthdate', value: '03.05.1980', start: 15, end: 25 }]);
  });

  it('keeps out years alone, other dates and impossible days and months', () => {
    expect(dates('Jahrgang 1980, geboren 1980, 1980 geboren')).toEqual([]);
    expect(dates('Termin am 03.03.2025, Frist bis 3. Mai 2025')).toEqual([]);
    expect(dates('geb. Müller, Geburtsdatum 13/13/1980, geb. 32.01.1980, geb. 1964-13-01')).toEqual([]);
  });

  it('scans long adversarial input in linear time', () => {
    const inputs = [
      'geb. '.repeat(20_000),
      'geboren am '.repeat(9_000),
      '1. '.repeat(30_000),
      '12.12.12 '.repeat(10_000),
      'Geburtsdatum laut Pass vom Amt: '.repeat(5_000),
      'geboren am: '.repeat(10_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findBirthdates(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
