import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../server/pii/address.ts';
import { detectPii } from '../../server/pii/index.ts';

const addresses = (text: string) => findAddresses(text).map(({ value }) => value);

describe('findAddresses', () => {
  it('finds streets with house numbers in their common forms', () => {
    for (const street of [
      'Hauptstraße 12',
      'Hauptstr. 12a',
      'Bahnhofstrasse 3',
      'Am Markt 3',
      'An der Alten Mühle 7-9',
      'Karl-Marx-Allee 101',
      'Goethestraße 5 b',
      'Lindenweg 12/14',
      'Berliner Straße 5',
      'Alte Dorfstraße 5',
      'Platz der Republik 1',
      'Unter den Linden 77',
      'Am Sportplatz 4',
      'Rosenkamp 2',
      'Mühlenstieg 8',
      'Schlossgraben 1',
      'Elbchaussee 499',
      'Postfach 12 34 56',
    ]) {
      expect(addresses(`Anschrift:\n${street}\n`), street).toEqual([street]);
    }
  });

  it('finds postcodes with their place', () => {
    expect(addresses('12345 Musterstadt')).toEqual(['12345 Musterstadt']);
    expect(addresses('Versand nach D-12345 Berlin')).toEqual(['D-12345 Berlin']);
    expect(addresses('50667 Köln-Innenstadt')).toEqual(['50667 Köln-Innenstadt']);
    expect(addresses('79098 Freiburg im Breisgau')).toEqual(['79098 Freiburg im Breisgau']);
    expect(addresses('wohnhaft in 60311 Frankfurt am Main.')).toEqual(['60311 Frankfurt am Main']);
    expect(addresses('06108 Halle (Saale)')).toEqual(['06108 Halle (Saale)']);
    expect(addresses('Ort: 61348 Bad Homburg')).toEqual(['61348 Bad Homburg']);
  });

  it('reports a street and its postcode line as one match', () => {
    const text = 'Frau\nErika Mustermann\nHauptstraße 12\n12345 Musterstadt\n\nSehr geehrte …';
    const [match] = findAddresses(text);
    expect(match?.value).toBe('Hauptstraße 12\n12345 Musterstadt');
    expect(text.slice(match!.start, match!.end)).toBe(match!.value);
    expect(addresses('Hauptstraße 12, 12345 Musterstadt')).toEqual(['Hauptstraße 12, 12345 Musterstadt']);
    expect(addresses('Postfach 100523, 10115 Berlin')).toEqual(['Postfach 100523, 10115 Berlin']);
    // Other text between them: two matches.
    expect(addresses('Hauptstraße 12 in 12345 Musterstadt')).toEqual(['Hauptstraße 12', '12345 Musterstadt']);
  });

  it('finds streets and postcodes between the separators of a letterhead', () => {
    expect(addresses('Gemeinde Musterdorf · Rosenweg 7 · 54321 Musterdorf · Tel. 0123 45')).toEqual([
      'Rosenweg 7',
      '54321 Musterdorf',
    ]);
    expect(addresses('Kanzlei Brandauer | Am Hafenbecken 3 | 12345 Musterstadt')).toEqual([
      'Am Hafenbecken 3',
      '12345 Musterstadt',
    ]);
    expect(addresses('Zur Alten Mühle 4 • 98765 Talheim')).toEqual(['Zur Alten Mühle 4', '98765 Talheim']);
    // A preposition street still needs the end of its field: "Am Montag 3 Termine" is none.
    expect(addresses('Am Montag 3 Termine · Im Jahr 98 · Am Ende 5 Fälle')).toEqual([]);
  });

  it('finds streets named by an adjective before "Straße"', () => {
    for (const street of [
      'Lange Straße 12',
      'Niederländische Str. 4',
      'Untere Bergstraße 8',
      'Obere Talheimer Str. 21',
    ]) {
      expect(addresses(`Anschrift: ${street}\n`), street).toEqual([street]);
    }
    expect(addresses('Die Straße 5 ist gesperrt. Jede Straße 3 Mal, Eine Straße 4')).toEqual([]);
  });

  it('takes a street without a street word when a postcode follows it directly', () => {
    expect(addresses('wohnhaft Lindenhof 4, 12345 Musterstadt')).toEqual(['12345 Musterstadt']);
    expect(addresses('Mandantin: Frau Pohl, Rosenhöhe 12, 12345 Musterstadt')).toEqual([
      'Rosenhöhe 12, 12345 Musterstadt',
    ]);
    expect(addresses('Stadtverwaltung\nQ 3\n12345 Musterstadt')).toEqual(['Q 3\n12345 Musterstadt']);
    expect(addresses('Zimmer 214, 12345 Musterstadt; Platz 6\n12345 Musterstadt')).toEqual([
      '12345 Musterstadt',
      '12345 Musterstadt',
    ]);
  });

  it('does not take amounts, file numbers or other numbers for postcodes', () => {
    const text = [
      'Es kostet 12345 Euro. Es gab 12345 Anträge; in 12345 Fällen.',
      'Az. 12345 Berlin, Vorgang 123456 Berlin, Nr. 1.12345 Köln.',
      '00123 Nirgendwo',
    ].join('\n');
    expect(addresses(text)).toEqual([]);
  });

  it('does not take other numbered things for streets', () => {
    const text = [
      'Im Jahr 98 kam es. Am Montag 3 Termine. Im Kapitel 3 steht es.',
      'Arbeitsplatz 3 und Parkplatz 12 sind frei, Lösungsweg 2 ist besser.',
      'Hauptstraße 12 % mehr Verkehr. Die Hauptstraße ist gesperrt.',
    ].join('\n');
    expect(addresses(text)).toEqual([]);
  });

  it('wins over the telephone detector in detectPii', () => {
    expect(detectPii('Postfach 12 34 56').map(({ kind, value }) => [kind, value])).toEqual([
      ['address', 'Postfach 12 34 56'],
    ]);
  });

  it('scans long adversarial input in linear time', () => {
    const inputs = [
      'Hauptstraße '.repeat(8_000),
      '12345 '.repeat(16_000),
      'A'.repeat(100_000),
      'Straße der '.repeat(9_000),
      'An der Am '.repeat(10_000),
      'Postfach 1 '.repeat(10_000),
      'A-'.repeat(50_000),
      `12345 B${'-b'.repeat(50_000)}`,
      'Lange Str. 5 · '.repeat(8_000),
      'Rosenhöhe 81, 12345 Ort\n'.repeat(5_000),
      'A 1, '.repeat(20_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      findAddresses(input);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(1500);
    }
  });
});
