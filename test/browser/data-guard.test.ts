import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../server/schema/workshop.ts';
import type { FakeServer } from '../fakes/core.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  openBrowser,
  replaceUserPrompt,
  startApp,
  stopApp,
  waitForRunEnd,
  type App,
  type Browser,
} from './harness.ts';
import {
  heading,
  joinInBrowser,
  trainerApi,
  TRAINER_PASSWORD,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// A letter with a name, an address and an IBAN, pasted into the prompt and run on a model outside the house.
const NAME = 'Katharina Wöllner';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const ADDRESS = 'Kastanienallee 12, 10435 Berlin';
const LETTER = [
  'Beantworte den folgenden Brief freundlich.',
  '',
  'Sehr geehrte Damen und Herren,',
  `ich ziehe um und möchte Sperrmüll anmelden. Meine Anschrift: ${ADDRESS}.`,
  `Buchen Sie die Gebühr bitte von meinem Konto ab: ${IBAN}.`,
  '',
  'Mit freundlichen Grüßen',
  `Frau ${NAME}`,
].join('\n');
/** The same letter, asked a little differently: not answered from the run cache. */
const LETTER_SHORT = LETTER.replace('freundlich', 'freundlich und kurz');
/** The values as the fake might get them, spaces or not. */
const SECRETS = [NAME, 'Wöllner', IBAN, IBAN.replace(/ /g, ''), 'Kastanienallee', '10435'];

const CLOUD_MODEL = 'Wolken-Modell';
/** What the fake answers: every placeholder it received (the app maps them back to the real values). */
const echoPlaceholders = (body: unknown) => {
  const found = JSON.stringify(body).match(/\[[^[\]"\\]{1,40} \d+\]/g) ?? [];
  return `Antwort an: ${[...new Set(found)].join(' ')}`;
};

describe('Datenschutz: personenbezogene Daten gehen nicht unverändert an ein Modell außer Haus', () => {
  let fake: FakeServer;
  let app: App;
  let attendee: Browser;
  let trainer: TrainerCall;
  let workshop: Workshop;
  let page: Page;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ reply: echoPlaceholders });
    app = await startApp({
      ...WORKSHOP_APP,
      config: {
        endpoints: {
          wolke: {
            label: 'Wolke',
            base_url: fake.url,
            in_house: false,
            models: [{ id: 'wolke-1', label: CLOUD_MODEL }],
          },
        },
      },
    });
    attendee = await openBrowser();
    page = attendee.page;
    trainer = await trainerApi(app);
    // The trainer leaves the data guard at its default: replace.
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: 'Datenschutz-Werkstatt',
      exercises: [EXERCISE],
      released: [EXERCISE],
      runs_per_minute: null,
    });
    expect(workshop.data_guard).toBe('pseudonymise');
    await page.goto(app.url);
    expect(await joinInBrowser(page, { code: workshop.code, team: 'Team Datenschutz' })).toBe(201);
    await page.reload();
    await heading(page, 'Übungen');
    await page.getByRole('link', { name: EXERCISE_TITLE }).click();
    await heading(page, EXERCISE_TITLE);
  });

  afterAll(async () => {
    await attendee?.close();
    await stopApp(app);
    await fake?.close();
  });

  it('ersetzt Name, Anschrift und IBAN vor dem Senden und zeigt die Antwort mit den echten Angaben', async () => {
    // A new draft starts with the first real model: the one outside the house.
    expect(await page.getByRole('checkbox', { name: CLOUD_MODEL }).isChecked()).toBe(true);
    await replaceUserPrompt(page, LETTER);
    await page.getByRole('button', { name: /Ausführen/ }).click();
    await waitForRunEnd(page);

    const guard = page.locator('pa-run-results .guard');
    const line = (await guard.textContent())!.replace(/\s+/g, ' ').trim();
    expect(line).toMatch(/^Datenschutz: 3 Angaben wurden vor dem Senden ersetzt \(/);
    expect(line).toContain('1 × Name');
    expect(line).toContain('1 × IBAN');
    expect(line).toContain('1 × Anschrift');
    expect(line).toContain('Sie sehen die Antworten mit den echten Angaben.');
    for (const secret of SECRETS) expect(line).not.toContain(secret);

    // Nothing of the three values reached the model outside the house.
    expect(fake.requests.length).toBeGreaterThan(0);
    const received = JSON.stringify(fake.requests.map((r) => r.body));
    expect(received).toContain('[IBAN 1]');
    for (const secret of SECRETS) expect(received).not.toContain(secret);

    // The attendee reads the answer with the real values, and may compare what was sent.
    await page.locator('pa-results-matrix .cell-button').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    // The answer as the model wrote it, the placeholders mapped back to the real values.
    const output = dialog.locator('.output');
    await output.getByText(NAME).waitFor();
    for (const value of [IBAN, 'Kastanienallee 12']) expect(await output.getByText(value).count()).toBe(1);
    const sent = dialog.locator('details', { hasText: 'Gesendeter Prompt' });
    await sent.getByText('Gesendeter Prompt').click();
    const real = sent.getByRole('region', { name: 'Mit echten Angaben' });
    const replaced = sent.getByRole('region', { name: 'So gesendet (ersetzt)' });
    await replaced.waitFor();
    expect(await real.textContent()).toContain(IBAN);
    const replacedText = (await replaced.textContent())!;
    expect(replacedText).toContain('[IBAN 1]');
    for (const secret of SECRETS) expect(replacedText).not.toContain(secret);
    await expectAccessible(page, 'Detail mit gesendetem Text');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('startet unter „Sperren“ keinen Lauf und sagt, was wo gefunden wurde; der Prompt bleibt', async () => {
    await trainer('PATCH', `/api/workshops/${workshop.id}`, { data_guard: 'block' });
    const before = fake.requests.length;
    await page.getByRole('button', { name: /Ausführen/ }).click();
    const alert = page.locator('pa-run-controls').getByRole('alert');
    await alert.getByText('Der Lauf wurde nicht gestartet').waitFor();
    const message = (await alert.textContent())!.replace(/\s+/g, ' ');
    expect(message).toMatch(/IBAN \(Nutzerprompt, Zeile 5, Zeichen \d+\)/);
    for (const secret of SECRETS) expect(message).not.toContain(secret);
    expect(await page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toBe(LETTER);
    expect(fake.requests.length).toBe(before);
  });

  it('fragt unter „Warnen“ nach, bevor die Daten unverändert gehen; Esc bricht ab, der Prompt bleibt', async () => {
    await trainer('PATCH', `/api/workshops/${workshop.id}`, { data_guard: 'warn' });
    await replaceUserPrompt(page, LETTER_SHORT);
    const before = fake.requests.length;
    const run = page.getByRole('button', { name: /Ausführen/ });
    await run.click();
    const dialog = page.getByRole('dialog', { name: 'Personenbezogene Daten unverändert senden?' });
    await dialog.waitFor();
    // What and where, never the values; the focus starts on the safe choice.
    const found = (await dialog.getByRole('list').textContent())!.replace(/\s+/g, ' ');
    expect(found).toMatch(/IBAN \(Nutzerprompt, Zeile 5, Zeichen \d+\)/);
    for (const secret of SECRETS) expect(found).not.toContain(secret);
    expect(await focusedElement(page)).toMatchObject({ text: 'Abbrechen', inDialog: true });
    await expectAccessible(page, 'Bestätigung personenbezogener Daten');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await focusedElement(page))?.text).toMatch(/^Ausführen/);
    expect(await page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toBe(LETTER_SHORT);
    expect(fake.requests.length).toBe(before);

    await run.click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Trotzdem senden' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('pa-run-results .status', { hasText: /Läuft|Abgeschlossen/ }).waitFor();
    await waitForRunEnd(page);
    const line = (await page.locator('pa-run-results .guard').textContent())!.replace(/\s+/g, ' ');
    expect(line).toMatch(/Mit Ihrer Bestätigung unverändert gesendet: .*1 × IBAN/);
    // Confirmed: this time the model got the text as it is.
    expect(fake.requests.length).toBeGreaterThan(before);
    expect(JSON.stringify(fake.requests.slice(before).map((r) => r.body))).toContain(IBAN);
    expect(await page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toBe(LETTER_SHORT);
    expect(attendee.errors).toEqual([]);
  });

  it('zeigt der Trainerin je Team nur Zahlen, und die Einstellung im Formular', async () => {
    const browser = await openBrowser();
    try {
      const trainerPage = browser.page;
      await trainerPage.goto(`${app.url}/#/anmelden`);
      await trainerPage.getByLabel('Passwort').fill(TRAINER_PASSWORD);
      await trainerPage.getByRole('button', { name: 'Anmelden' }).click();
      await heading(trainerPage, 'Ihre Workshops');
      await trainerPage.goto(`${app.url}/#/workshop/${workshop.id}/live`);
      const row = trainerPage.getByRole('row', { name: /Team Datenschutz/ });
      await row.waitFor();
      const cell = row.locator('td').last();
      const text = (await cell.textContent())!.replace(/\s+/g, ' ');
      expect(text).toMatch(/3 ersetzt/);
      expect(text).toMatch(/\d+ bestätigt gesendet/);
      for (const secret of SECRETS) expect(text).not.toContain(secret);

      await trainerPage.goto(`${app.url}/#/workshop/${workshop.id}/bearbeiten`);
      await heading(trainerPage, 'Workshop bearbeiten');
      const group = trainerPage.getByRole('group', { name: 'Datenschutz' });
      expect(await group.getByRole('radio', { name: 'Warnen' }).isChecked()).toBe(true);
      await group.getByRole('radio', { name: 'Ersetzen (empfohlen)' }).check();
      await group.getByRole('radio', { name: /^Erfundene Werte/ }).check();
      await expectAccessible(trainerPage, 'Workshop-Formular, Datenschutz');
      await trainerPage.getByRole('button', { name: 'Änderungen speichern' }).click();
      await trainerPage.getByRole('heading', { level: 1, name: 'Datenschutz-Werkstatt' }).waitFor();
      const saved = await trainer<Workshop>('GET', `/api/workshops/${workshop.id}`);
      expect(saved).toMatchObject({ data_guard: 'pseudonymise', data_guard_replacement: 'fictitious' });
      expect(browser.errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
