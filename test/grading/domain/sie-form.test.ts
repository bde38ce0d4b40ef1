import { describe, expect, it } from 'vitest';
import { grade, issues } from '../context.ts';

const formal = `Sehr geehrte Frau Beispiel,

vielen Dank für Ihre Anfrage vom 3. März 2025. Wir haben Ihren Antrag geprüft. Die Unterlagen sind vollständig;
sie liegen dem Bürgerbüro vor. Sie erhalten den Bescheid in den nächsten Tagen. Bitte wenden Sie sich bei Fragen
an Herrn Dirk Muster.

Mit freundlichen Grüßen`;

describe('sie-form', () => {
  it('passes a formal letter, with "sie" as third person and "Dirk"', async () => {
    expect(await grade('sie-form', {}, formal)).toMatchObject({
      pass: true,
      score: 1,
      reason: 'Durchgehend förmliche Anrede mit „Sie“',
    });
  });

  it('fails on informal address and names the words with their context', async () => {
    const result = await grade(
      'sie-form',
      {},
      'Hallo Frau Beispiel,\n\ndanke für deine Nachricht. Kannst du uns den Ausweis schicken?',
    );
    expect(result).toMatchObject({ pass: false, score: 0 });
    expect(result.reason).toBe(
      'Nicht durchgehend förmlich („Sie“): „deine“ in „…danke für deine Nachricht. Kannst…“, „du“ in „…Nachricht. Kannst du uns den Ausweis…“',
    );
  });

  it('fails on "Dein" at the start of a sentence and on the informal plural', async () => {
    expect((await grade('sie-form', {}, 'Dein Antrag ist da.')).pass).toBe(false);
    expect((await grade('sie-form', {}, 'Ihr habt die Frist versäumt.')).pass).toBe(false);
    expect((await grade('sie-form', {}, 'Wir danken euch.')).pass).toBe(false);
  });

  it('fails on lower-case formal address where it cannot be the third person', async () => {
    for (const text of [
      'Bitte senden sie uns die Unterlagen.',
      'Gerne teilen wir ihnen mit, dass der Antrag bewilligt ist.',
      'Vielen Dank für ihre Geduld.',
      'Können sie uns bis Freitag antworten?',
    ]) {
      const result = await grade('sie-form', {}, text);
      expect(result.pass, text).toBe(false);
      expect(result.reason, text).toContain('kleingeschrieben');
    }
  });

  it('ignores quoted words of the citizen', async () => {
    const text = 'Sie schreiben: „Du Bürokrat hast mich warten lassen.“ Wir bedauern die Wartezeit.';
    expect((await grade('sie-form', {}, text)).pass).toBe(true);
  });

  it('checks the text inside a JSON answer, whose quotes are no quotations', async () => {
    const post = (text: string) => JSON.stringify({ titel: 'Stadtfest', posts: [{ kanal: 'Mastodon', text }] });
    expect((await grade('sie-form', {}, post('Kommen Sie vorbei!'))).pass).toBe(true);
    const informal = await grade('sie-form', {}, post('Komm vorbei, wir freuen uns auf dich!'));
    expect(informal.pass).toBe(false);
    expect(informal.reason).toContain('„dich“');
  });

  it('lists at most three findings and counts the rest', async () => {
    const result = await grade('sie-form', {}, 'Du, dein Antrag, dir, dich und euch.');
    expect(result.reason).toMatch(/und 2 weitere$/u);
  });

  it('takes no parameters and cannot be negated', () => {
    expect(issues({ type: 'sie-form' })).toEqual([]);
    expect(issues({ type: 'sie-form', value: 'Sie' })).toEqual(['value: unbekanntes Feld "value"']);
    expect(issues({ type: 'not-sie-form' })).toEqual([
      'type: "not-sie-form": Typ "sie-form" lässt sich nicht verneinen',
    ]);
  });
});
