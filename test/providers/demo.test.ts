import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../server/text/sentences.ts';
import { countWords } from '../../server/text/words.ts';
import { createDemoAdapter, demoModels, estimateTokens } from '../../server/providers/demo.ts';
import { DEMO_MARKER } from '../../server/providers/demo/marker.ts';
import { ProviderError, type ChatRequest } from '../../server/providers/types.ts';

const FAQ = `Was kostet die Abholung?
Jeder Haushalt hat pro Jahr zwei kostenlose Sperrmüllabholungen.
Jede weitere Abholung kostet 25 Euro.
Eine Expressabholung innerhalb von drei Werktagen kostet 60 Euro.

Wie melde ich Sperrmüll an?
Sie melden Sperrmüll online unter https://www.musterstadt.de/sperrmuell an.

Wohin mit Elektrogeräten?
Elektrogeräte nimmt der Wertstoffhof Musterstadt, Am Beispielweg 3, kostenlos an; er ist samstags von 9 bis 14 Uhr geöffnet, und die Abgabe ist für Haushalte aus Musterstadt kostenlos.`;

const MAIL = `Sehr geehrte Damen und Herren,

ich möchte einen alten Schrank als Sperrmüll entsorgen. Was kostet die Abholung?

Mit freundlichen Grüßen
Erika Beispiel`;

const INFORMAL_MAIL = `Hallo, wohin kann ich meinen kaputten Fernseher und andere Elektrogeräte bringen?

LG
Tim`;

const adapter = createDemoAdapter();

function prompt(instruction: string, mail = MAIL, documents = [`FAQ:\n${FAQ}`]): string {
  return [instruction, `E-Mail:\n${mail}`, ...documents].join('\n\n');
}

async function answer(user: string, extra: Partial<ChatRequest> = {}): Promise<string> {
  return (await adapter.chat({ model: 'basis', user, ...extra })).text;
}

/** The answer without the marker line, and without salutation and closing when it is a letter. */
function body(text: string): string {
  const withoutMarker = text.replace(`\n\n${DEMO_MARKER}`, '');
  const paragraphs = withoutMarker.split('\n\n');
  return /,$/.test(paragraphs[0] ?? '') ? paragraphs.slice(1, -1).join('\n\n') : withoutMarker;
}

describe('demo provider: answers', () => {
  it('offers a detailed and a terse model, both free', () => {
    expect(demoModels.map((m) => m.id)).toEqual(['basis', 'knapp']);
    expect(demoModels.every((m) => m.price?.input === 0 && m.price.output === 0)).toBe(true);
  });

  it('answers the same request with the same text, whatever the temperature', async () => {
    const user = prompt('Beantworte die folgende E-Mail.');
    const first = await adapter.chat({ model: 'basis', user, temperature: 0 });
    const second = await createDemoAdapter().chat({ model: 'basis', user, temperature: 1.5 });
    expect(second).toEqual(first);
  });

  it('says that it is a demo, as the last line', async () => {
    expect(await answer(prompt('Beantworte die folgende E-Mail.'))).toMatch(/\n\n\[Demo-Antwort\]$/);
  });

  it('answers from the documents in the prompt, and without them has no facts', async () => {
    const withFaq = await answer(prompt('Beantworte die folgende E-Mail.'));
    const withoutFaq = await answer(prompt('Beantworte die folgende E-Mail.', MAIL, []));
    expect(withFaq).toContain('25 Euro');
    expect(withoutFaq).not.toContain('25 Euro');
    expect(withoutFaq).toContain('liegen mir leider keine Unterlagen vor');
  });

  it('picks the facts that match the question', async () => {
    const costs = await answer(prompt('Beantworte die folgende E-Mail.'));
    const appliances = await answer(prompt('Beantworte die folgende E-Mail.', INFORMAL_MAIL));
    expect(costs).toContain('Jede weitere Abholung kostet 25 Euro.');
    expect(costs).not.toContain('Wertstoffhof');
    expect(appliances).toContain('Wertstoffhof');
    expect(appliances).not.toContain('25 Euro');
  });

  it('lets the instructions steer which facts come first', async () => {
    const plain = await answer(prompt('Beantworte die folgende E-Mail kurz.'));
    const steered = await answer(prompt('Beantworte die folgende E-Mail kurz. Nenne auch die Online-Anmeldung.'));
    expect(plain).not.toContain('online');
    expect(steered).toContain('https://www.musterstadt.de/sperrmuell');
  });

  it('writes a reply to a letter as a letter, with the sender named in the salutation', async () => {
    const text = await answer(
      prompt('Du bist Sachbearbeiterin im Bürgerbüro der Stadt Musterstadt. Beantworte die folgende E-Mail.'),
    );
    expect(text).toMatch(/^Guten Tag Erika Beispiel,\n\nvielen Dank für Ihre Nachricht\. /);
    expect(text).toContain('\n\nMit freundlichen Grüßen\nBürgerbüro der Stadt Musterstadt\n\n');
  });

  it('uses "Frau" or "Herr" in the salutation when the prompt gives it', async () => {
    const mail = MAIL.replace('Erika Beispiel', 'Frau Erika Beispiel');
    expect(await answer(prompt('Beantworte die folgende E-Mail.', mail))).toMatch(/^Sehr geehrte Frau Beispiel,\n/);
  });

  it('drafts a letter from case data with a subject taken from the instruction', async () => {
    const user =
      'Schreibe ein Anhörungsschreiben nach § 28 VwVfG.\n\nEmpfänger: Herrn Max Mustermann\nFrist zur Stellungnahme: 11. April 2025';
    const text = await answer(user);
    expect(text).toMatch(/^Betreff: Anhörungsschreiben nach § 28 VwVfG\n\nSehr geehrter Herr Mustermann,\n/);
    expect(text).toContain('Frist zur Stellungnahme: 11. April 2025.');
  });

  it('is no letter when the prompt does not ask for one', async () => {
    const text = await answer(`Was kostet eine weitere Sperrmüllabholung?\n\nFAQ:\n${FAQ}`);
    expect(text).not.toMatch(/Sehr geehrte|Guten Tag|Grüße/);
    expect(text).toContain('25 Euro');
  });

  it('mirrors an informal input, unless told to use "Sie"', async () => {
    const mirrored = await answer(prompt('Beantworte die folgende E-Mail.', INFORMAL_MAIL));
    const formal = await answer(
      prompt('Beantworte die folgende E-Mail. Sprich die Person mit „Sie“ an.', INFORMAL_MAIL),
    );
    expect(mirrored).toMatch(/^Hallo Tim,\n\ndanke für deine Nachricht\./);
    expect(mirrored).toContain('Viele Grüße');
    expect(formal).toMatch(/^Guten Tag Tim,\n\nvielen Dank für Ihre Nachricht\./);
    expect(formal).not.toMatch(/\b(du|dein\w*|dir)\b/i);
  });

  it('uses "du" when told to', async () => {
    const text = await answer(prompt('Beantworte die folgende E-Mail. Duze die Person.'));
    expect(text).toMatch(/^Hallo Erika,\n\ndanke für deine Nachricht\./);
  });

  it('keeps to a word limit by leaving out the least relevant facts', async () => {
    const free = await answer(prompt('Beantworte die folgende E-Mail.'));
    const limited = await answer(prompt('Beantworte die folgende E-Mail in höchstens 40 Wörtern.'));
    expect(countWords(free)).toBeGreaterThan(40);
    expect(countWords(limited)).toBeLessThanOrEqual(40);
    const kept = splitSentences(body(limited));
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.every((sentence) => free.includes(sentence))).toBe(true);
  });

  it('cuts the last sentence when not even one fact fits the word limit', async () => {
    const text = await answer(prompt('Beantworte die folgende E-Mail in höchstens 25 Wörtern.', INFORMAL_MAIL));
    expect(countWords(text)).toBeLessThanOrEqual(25);
    expect(body(text)).toMatch(/^Elektrogeräte nimmt der Wertstoffhof .* …$/);
  });

  it('keeps to a sentence limit', async () => {
    const free = await answer(prompt('Beantworte die folgende E-Mail.'));
    const limited = await answer(prompt('Beantworte die folgende E-Mail in maximal zwei Sätzen.'));
    expect(splitSentences(body(free)).length).toBeGreaterThan(2);
    expect(splitSentences(body(limited))).toHaveLength(2);
  });

  it('reads any German number word and "einen" before the unit, past words that are no number', async () => {
    const one = await answer(prompt('Die Sätze der FAQ sind lang. Beantworte die E-Mail in einem Satz.'));
    expect(splitSentences(body(one))).toHaveLength(1);
    const words = await answer(prompt('Manche Wörter sind schwer. Antworte in höchstens fünfundzwanzig Wörtern.'));
    expect(countWords(body(words))).toBeLessThanOrEqual(25);
  });

  it('answers in bullet points when asked for them', async () => {
    const text = await answer(`Fasse die FAQ in Stichpunkten zusammen.\n\nFAQ:\n${FAQ}`);
    const items = body(text).split('\n');
    expect(items.length).toBeGreaterThan(2);
    expect(items.every((line) => line.startsWith('- '))).toBe(true);
  });

  it('writes short sentences for Leichte Sprache, one per line', async () => {
    const instruction = 'Erkläre die Regeln zu Elektrogeräten.';
    const normal = await answer(`${instruction}\n\nFAQ:\n${FAQ}`);
    const easy = await answer(`${instruction} Schreibe in Leichter Sprache.\n\nFAQ:\n${FAQ}`);
    const longest = (text: string) => Math.max(...splitSentences(body(text)).map(countWords));
    expect(longest(normal)).toBeGreaterThan(15);
    expect(longest(easy)).toBeLessThanOrEqual(10);
    expect(body(easy).split('\n')).toEqual(splitSentences(body(easy)));
    expect(easy).toContain('Er ist samstags von 9 bis 14 Uhr geöffnet.');
  });

  describe('JSON', () => {
    const routing = (mail: string) => `Ordne die E-Mail genau einer der folgenden Abteilungen zu:
- Bürgerbüro: Personalausweis, Reisepass, Meldebescheinigung
- Ordnungsamt: Lärm, Falschparker, Hunde
- Abfallwirtschaft: Müllabfuhr, Biotonne, Sperrmüll
- Sonstiges: alles andere

Antworte nur mit JSON: {"abteilung": "...", "begruendung": "..."}

E-Mail:
${mail}`;

    it('uses the keys from the example and the label whose keywords match the input', async () => {
      const waste = JSON.parse(await answer(routing('Unsere Biotonne wurde nicht geleert. Gruß, Petra Probe')));
      const passport = JSON.parse(await answer(routing('Mein Reisepass läuft ab. Gruß, Petra Probe')));
      expect(Object.keys(waste)).toEqual(['abteilung', 'begruendung']);
      expect(waste.abteilung).toBe('Abfallwirtschaft');
      expect(passport.abteilung).toBe('Bürgerbüro');
      expect(waste.begruendung).toBe(
        'Die Nachricht nennt „Biotonne“; das passt am besten zu „Abfallwirtschaft“. [Demo-Antwort]',
      );
    });

    it('falls back to the catch-all label when nothing matches', async () => {
      const parsed = JSON.parse(await answer(routing('Ich möchte mich als Erzieherin bewerben.')));
      expect(parsed.abteilung).toBe('Sonstiges');
    });

    it('takes keys named in prose and options given in the example', async () => {
      const named = JSON.parse(
        await answer(`Antworte als JSON mit den Feldern „zusammenfassung“ und „anmeldung“.\n\nFAQ:\n${FAQ}`),
      );
      expect(Object.keys(named)).toEqual(['zusammenfassung', 'anmeldung']);
      expect(named.zusammenfassung).toMatch(/ \[Demo-Antwort\]$/);
      expect(named.anmeldung).toBe('Sie melden Sperrmüll online unter https://www.musterstadt.de/sperrmuell an.');
      const options = JSON.parse(
        await answer(
          'Antworte als JSON: {"dringlichkeit": "hoch | normal"}\n\nE-Mail:\nHallo, bitte dringend, es ist hoch eilig! Gruß, Tim',
        ),
      );
      expect(options).toEqual({ dringlichkeit: 'hoch' });
    });
  });

  it('answers tersely with the "knapp" model', async () => {
    const user = prompt('Beantworte die folgende E-Mail.', INFORMAL_MAIL);
    const basis = await adapter.chat({ model: 'basis', user });
    const knapp = await adapter.chat({ model: 'knapp', user });
    expect(knapp.usage.outputTokens).toBeLessThan(basis.usage.outputTokens);
    expect(knapp.text).toContain('Wertstoffhof');
  });

  it('refuses an unknown model', async () => {
    const error = await adapter.chat({ model: 'gpt-4o', user: 'Hallo' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('unavailable');
  });
});

describe('demo provider: streaming, cancelling, limits', () => {
  const user = prompt('Beantworte die folgende E-Mail.');

  it('streams word-sized deltas that add up to the text', async () => {
    const deltas: string[] = [];
    const response = await adapter.chat({ model: 'basis', user, onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBe(response.text.split(/\s+/).length);
    expect(deltas.join('')).toBe(response.text);
    expect(deltas.every((d) => d.trim().split(/\s+/).length === 1)).toBe(true);
  });

  it('stops streaming when aborted between deltas', async () => {
    const controller = new AbortController();
    const deltas: string[] = [];
    const onDelta = (d: string) => {
      deltas.push(d);
      if (deltas.length === 3) controller.abort();
    };
    const error = await adapter
      .chat({ model: 'basis', user, signal: controller.signal, onDelta })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProviderError);
    expect((error as ProviderError).kind).toBe('cancelled');
    expect(deltas).toHaveLength(3);
  });

  it('stops waiting between deltas when aborted', async () => {
    // A minute between words: the test only finishes because the abort ends the wait.
    const slow = createDemoAdapter({ delayMs: 60_000 });
    const controller = new AbortController();
    const pending = slow.chat({ model: 'basis', user, signal: controller.signal, onDelta: () => undefined });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
  });

  it('does not start when already aborted', async () => {
    const deltas: string[] = [];
    const request = { model: 'basis', user, signal: AbortSignal.abort(), onDelta: (d: string) => deltas.push(d) };
    await expect(adapter.chat(request)).rejects.toMatchObject({ kind: 'cancelled' });
    expect(deltas).toEqual([]);
  });

  it('estimates tokens at about four characters each', async () => {
    const response = await adapter.chat({ model: 'basis', system: 'Du bist Sachbearbeiterin.', user });
    expect(response.usage).toEqual({
      inputTokens: Math.ceil(('Du bist Sachbearbeiterin.' + user).length / 4),
      outputTokens: estimateTokens(response.text),
    });
    expect(response.finishReason).toBe('stop');
  });

  it('cuts at max tokens, keeps the marker and says so', async () => {
    const full = await answer(user);
    const cut = await adapter.chat({ model: 'basis', user, maxTokens: 20 });
    expect(cut.finishReason).toBe('length');
    expect(cut.usage.outputTokens).toBeLessThanOrEqual(20);
    expect(cut.text).toMatch(/\n\n\[Demo-Antwort\]$/);
    expect(full.startsWith(cut.text.replace(`\n\n${DEMO_MARKER}`, ''))).toBe(true);
    const roomy = await adapter.chat({ model: 'basis', user, maxTokens: estimateTokens(full) });
    expect(roomy).toMatchObject({ text: full, finishReason: 'stop' });
  });
});
