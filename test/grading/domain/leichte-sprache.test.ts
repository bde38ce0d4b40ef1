import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

const easy = `Sie möchten einen neuen Ausweis?
Dann kommen Sie ins Bürger·amt.
Bringen Sie 1 Foto mit.
Der Ausweis kostet 37 Euro.
Haben Sie Fragen?
Dann rufen Sie uns an.`;

describe('leichte-sprache', () => {
  it('passes text that follows the rules', async () => {
    expect(await grade('leichte-sprache', {}, easy)).toMatchObject({
      pass: true,
      score: 1,
      reason: 'Alle 6 Sätze folgen den Regeln (höchstens 10 Wörter je Satz)',
    });
  });

  it('finds each rule and gives partial credit per sentence', async () => {
    const text = `Ihr Antrag wird von uns geprüft.
Wenn Sie Fragen haben, rufen Sie an.
Sie könnten auch später kommen.
Ohne Termin kommen Sie nicht dran.
Die Krankenversicherung bezahlt das.
Das kostet z. B. 10 % mehr.
Bringen Sie drei Fotos mit.
Sie brauchen einen Ausweis.`;
    const result = await grade('leichte-sprache', {}, text);
    expect(result.pass).toBe(false);
    expect(result.score).toBeCloseTo(1 / 8, 6);
    expect(result.reason).toMatch(/^7 von 8 Sätzen verstoßen gegen Regeln der Leichten Sprache: /u);
    const details = [
      'Satz 1 „Ihr Antrag wird von uns geprüft.“: Passiv („wird … geprüft“)',
      'Satz 2 „Wenn Sie Fragen haben, rufen Sie an.“: Nebensatz („Wenn“)',
      'Satz 3 „Sie könnten auch später kommen.“: Konjunktiv („könnten“)',
    ];
    expect(result.reason).toContain(details.join('; '));
    expect(result.reason).toMatch(/und 4 weitere$/u);
  });

  it('reports every rule in a sentence, with the sentence length', async () => {
    const result = await grade(
      'leichte-sprache',
      { 'max-words': 6 },
      'Die Krankenversicherung bezahlt nicht, weil der Antrag z. B. fehlt.',
    );
    expect(result.reason).toBe(
      '1 von 1 Sätzen verstößt gegen Regeln der Leichten Sprache: Satz 1 „Die Krankenversicherung bezahlt nicht, weil der A…“: ' +
        'zu lang (10 Wörter, höchstens 6), Nebensatz („weil“), Verneinung („nicht“), langes Wort („Krankenversicherung“), ' +
        'Abkürzung („z. B.“)',
    );
  });

  it('checks only the chosen rules, but always the sentence length', async () => {
    const text = 'Ihr Antrag wird nicht geprüft.';
    expect((await grade('leichte-sprache', { rules: ['konjunktiv'] }, text)).pass).toBe(true);
    expect((await grade('leichte-sprache', { rules: ['negation'] }, text)).reason).toContain('Verneinung („nicht“)');
    expect((await grade('leichte-sprache', { rules: ['konjunktiv'], 'max-words': 4 }, text)).reason).toContain(
      'zu lang (5 Wörter, höchstens 4)',
    );
  });

  it('joins hard-wrapped lines before it counts words', async () => {
    const wrapped =
      'Die Bearbeitung Ihres Antrags auf Gewährung von Wohngeld nimmt wegen\nder hohen Zahl an Anträgen derzeit etwa acht Wochen in Anspruch.';
    expect((await grade('leichte-sprache', { rules: ['passive'] }, wrapped)).reason).toContain('zu lang (21 Wörter');
  });

  it('allows separated compounds, long verbs, "möchten", "während" as a preposition and "Sonntag, den 14."', async () => {
    const text = [
      'Sie möchten Wohn·geld?',
      'Während der Sprech·zeiten helfen wir.',
      'Das Kranken-Versicherungs-Amt hilft.',
      'Unterschreiben Sie den Antrag.',
      'Die Wahl ist am Sonntag, den 14. September.',
    ].join('\n');
    expect((await grade('leichte-sprache', {}, text)).pass).toBe(true);
  });

  it('validates its parameters', () => {
    expect(issues({ type: 'leichte-sprache' })).toEqual([]);
    expect(issues({ type: 'leichte-sprache', 'max-words': 8, rules: ['passive', 'numbers'] })).toEqual([]);
    expect(issues({ type: 'leichte-sprache', 'max-words': 2 })[0]).toMatch(/^max-words: /u);
    expect(issues({ type: 'leichte-sprache', rules: ['passiv'] })[0]).toMatch(/^rules\.0: /u);
    expect(issues({ type: 'leichte-sprache', rules: [] })).toEqual(['rules: braucht mindestens einen Eintrag']);
    expect(issues({ type: 'leichte-sprache', rules: ['passive', 'passive'] })).toEqual([
      'rules: enthält Einträge doppelt',
    ]);
    expect(issues({ type: 'leichte-sprache', maxWords: 8 })).toEqual(['maxWords: unbekanntes Feld "maxWords"']);
  });
});
