import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

const pseudonymised = `Sehr geehrte Frau [Name],

Ihr Widerspruch vom 3. März 2025 gegen den Beitragsbescheid ist eingegangen. Den Beitrag von 180 Euro
überweisen Sie bitte auf das Konto der Stadtkasse. Bei Fragen erreichen Sie uns im Bürgerbüro, Zimmer 12.`;

const leaking = `Sehr geehrte Frau Mustermann (geb. 12.08.1964),

Ihr Widerspruch ist eingegangen. Wir erstatten 180 Euro auf Ihr Konto DE89 3704 0044 0532 0130 00.
Ihre Steuer-ID 86095742719 haben wir vermerkt. Rückfragen an erika.mustermann@example.de.`;

describe('no-pii', () => {
  it('passes a pseudonymised letter', async () => {
    expect(await grade('no-pii', {}, pseudonymised)).toMatchObject({
      pass: true,
      score: 1,
      reason: 'Keine personenbezogenen Kennungen gefunden',
    });
  });

  it('fails and names the kinds with masked values', async () => {
    expect(await grade('no-pii', {}, leaking)).toMatchObject({
      pass: false,
      score: 0,
      reason:
        'Personenbezogene Daten in der Antwort: Geburtsdatum „12.0…“, IBAN „DE89…“, Steuer-ID „8609…“ und 1 weitere',
    });
  });

  it('checks only the chosen kinds', async () => {
    const result = await grade('no-pii', { kinds: ['email', 'phone'] }, leaking);
    expect(result.reason).toBe('Personenbezogene Daten in der Antwort: E-Mail-Adresse „erik…“');
    expect(await grade('no-pii', { kinds: ['kvnr', 'rvnr'] }, leaking)).toMatchObject({
      pass: true,
      reason:
        'Keine personenbezogenen Kennungen gefunden (geprüft: Krankenversichertennummer, Rentenversicherungsnummer)',
    });
  });

  it('validates its parameters and cannot be negated', () => {
    expect(issues({ type: 'no-pii', kinds: ['iban', 'steuer-id'] })).toEqual([]);
    expect(issues({ type: 'no-pii', kinds: ['name'] })[0]).toMatch(/^kinds\.0: /u);
    expect(issues({ type: 'no-pii', kinds: [] })).toEqual(['kinds: braucht mindestens einen Eintrag']);
    expect(issues({ type: 'no-pii', kind: 'iban' })).toEqual(['kind: unbekanntes Feld "kind"']);
    expect(issues({ type: 'not-no-pii' })).toHaveLength(1);
  });
});
