import { describe, expect, it } from 'vitest';
import { EXERCISE_TITLE, expectAccessible, replaceUserPrompt, useAppAndBrowser, waitForRunEnd } from './harness.ts';

const PROMPT = 'Beantworte die E-Mail freundlich in der Sie-Form.\n\nE-Mail:\n{{anfrage}}\n\nFAQ:\n{{faq}}';
const SECOND_PROMPT = `${PROMPT}\n\nSchreibe höchstens 100 Wörter und schließe mit „Mit freundlichen Grüßen“.`;
// buergeranfrage-sperrmuell: 4 visible cases and 1 hidden one.
const CASES = 5;

describe('Ein neuer Nutzer übt eine Aufgabe', () => {
  const session = useAppAndBrowser();

  it('findet die Übung im Katalog und filtert nach Stufe und Thema', async () => {
    const { page } = session.browser;
    await page.goto(session.app.url);
    await page.getByRole('heading', { level: 1, name: 'Übungen' }).waitFor();
    await expectAccessible(page, 'Katalog');

    const cards = page.locator('pa-exercise-card');
    const all = await cards.count();
    await page.getByLabel('Stufe').selectOption('1');
    await expect.poll(() => cards.count()).toBeLessThan(all);
    await page.getByRole('link', { name: EXERCISE_TITLE }).waitFor();
    await page.getByLabel('Thema').selectOption('bürgerkommunikation');
    await expect(await page.getByRole('status').first().textContent()).toMatch(/von \d+ Übungen/);
    await expectAccessible(page, 'Katalog gefiltert');
    await page.getByRole('link', { name: EXERCISE_TITLE }).click();
    await page.getByRole('heading', { level: 1, name: EXERCISE_TITLE }).waitFor();
    await page.getByRole('heading', { name: 'Worum es geht' }).waitFor();
    await expectAccessible(page, 'Arbeitsplatz');
  });

  it('bearbeitet den Prompt, sieht unbekannte Variablen und startet einen Lauf, der die Matrix live füllt', async () => {
    const { page } = session.browser;
    await replaceUserPrompt(page, `${PROMPT} {{tippfehler}}`);
    await page.getByText('Unbekannt: {{tippfehler}}').waitFor();
    await expectAccessible(page, 'unbekannte Variable');
    await replaceUserPrompt(page, PROMPT);
    await page.getByText('Unbekannt:').waitFor({ state: 'detached' });

    await page.getByRole('checkbox', { name: /Knapp/ }).check();
    await page.getByRole('button', { name: /Ausführen/ }).click();
    // A running cell shows how much text has streamed in so far.
    await page
      .locator('pa-results-matrix .state', { hasText: /Läuft\s+…\s+\d+ Zeichen/ })
      .first()
      .waitFor();
    await expectAccessible(page, 'Lauf läuft');
    await waitForRunEnd(page);

    const cells = page.locator('pa-results-matrix .cell-button');
    expect(await cells.count()).toBe(CASES * 2);
    expect(await page.getByRole('rowheader', { name: 'Verborgener Fall 1' }).count()).toBe(1);
    const summary = await page.locator('pa-results-matrix tfoot').textContent();
    expect(summary).toMatch(/Ø \d+ Punkte/);
    expect(summary).toMatch(/von 5 bestanden/);
    // Screen readers hear the end of the run (progress in between is throttled).
    expect(await page.locator('#announcer').textContent()).toMatch(/Lauf abgeschlossen\. Durchschnitt \d+ Punkte/);
    await expectAccessible(page, 'Lauf fertig');
  });

  it('öffnet eine Zelle und sieht Ausgabe, Wortvergleich und Prüfungen', async () => {
    const { page } = session.browser;
    const opener = page.locator('pa-results-matrix .cell-button').first();
    await opener.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('heading', { name: 'Vergleich mit der Musterlösung' }).waitFor();
    expect(await dialog.locator('.diff ins').count()).toBeGreaterThan(0);
    expect(await dialog.locator('.diff del').count()).toBeGreaterThan(0);
    // Each check reads as its description; the pattern behind it stays with the trainer.
    const checks = dialog.locator('ul.assertions li');
    expect(await checks.count()).toBeGreaterThan(0);
    expect(await checks.first().textContent()).toContain('Duzt an keiner Stelle');
    const checkText = await dialog.locator('ul.assertions').textContent();
    expect(checkText).not.toContain('not-regex');
    expect(checkText).not.toContain('(du|dich');
    // Folded until asked for: the prompt the model got, the case's e-mail filled in.
    const sent = dialog.locator('details', { hasText: 'Gesendeter Prompt' });
    expect(await sent.getAttribute('open')).toBeNull();
    await sent.getByText('Gesendeter Prompt').click();
    await sent.getByText('Beantworte die E-Mail freundlich in der Sie-Form.').waitFor();
    const sentText = await sent.textContent();
    expect(sentText).toContain('Erika Beispiel');
    expect(sentText).not.toContain('{{anfrage}}');
    await expectAccessible(page, 'Detail');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('findet nach dem Neuladen den Entwurf und den Versuch in der Historie', async () => {
    const { page } = session.browser;
    expect(page.url()).toMatch(/#\/uebung\/buergeranfrage-sperrmuell\/lauf\//);
    await page.reload();
    const field = page.getByRole('textbox', { name: 'Nutzerprompt' });
    await expect.poll(() => field.inputValue()).toBe(PROMPT);
    expect(await page.getByRole('checkbox', { name: /Knapp/ }).isChecked()).toBe(true);
    await page.getByRole('heading', { name: /Versuch 1/ }).waitFor();
    // The reopened run fills the matrix from the store.
    await expect.poll(() => page.locator('pa-results-matrix .cell-button').count()).toBe(CASES * 2);
    await expectAccessible(page, 'nach dem Neuladen');
  });

  it('vergleicht zwei Versuche: Prompt-Unterschiede und Punkte je Fall', async () => {
    const { page } = session.browser;
    await replaceUserPrompt(page, SECOND_PROMPT);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('heading', { name: /Versuch 2/ }).waitFor();
    await waitForRunEnd(page);

    await page.getByRole('checkbox', { name: /Zum Vergleich auswählen \(Versuch 1\)/ }).check();
    await page.getByRole('checkbox', { name: /Zum Vergleich auswählen \(Versuch 2\)/ }).check();
    await page.getByRole('button', { name: 'Ausgewählte Versuche vergleichen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Versuch 1 und Versuch 2 vergleichen' }).waitFor();

    expect(await page.locator('pa-compare pa-word-diff .diff ins').allTextContents()).toContainEqual(
      expect.stringContaining('höchstens'),
    );
    const rows = page.locator('pa-compare table').last().locator('tbody tr');
    expect(await rows.count()).toBe(CASES);
    const verdict = page.locator('pa-compare p', { hasText: 'gegenüber' });
    expect(await verdict.textContent()).toMatch(/\d+ besser,\s+\d+ schlechter,\s+\d+ gleich/);
    await expectAccessible(page, 'Vergleich');
  });

  it('lädt den Prompt eines früheren Versuchs in den Editor und kann das rückgängig machen', async () => {
    const { page } = session.browser;
    await page.getByRole('link', { name: '← Zurück zur Übung' }).click();
    const field = page.getByRole('textbox', { name: 'Nutzerprompt' });
    await expect.poll(() => field.inputValue()).toBe(SECOND_PROMPT);
    await page.getByRole('button', { name: 'Prompt übernehmen aus Versuch 1' }).click();
    await expect.poll(() => field.inputValue()).toBe(PROMPT);
    await page.getByRole('button', { name: 'Vorherigen Entwurf wiederherstellen' }).click();
    await expect.poll(() => field.inputValue()).toBe(SECOND_PROMPT);
    expect(session.browser.errors).toEqual([]);
  });
});
