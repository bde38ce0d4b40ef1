import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  EXERCISE_TITLE,
  expectAccessible,
  replaceUserPrompt,
  useAppAndBrowsers,
  waitForRunEnd,
  type App,
  type Browser,
} from './harness.ts';
import { heading, joinOnPage, TRAINER_PASSWORD, WORKSHOP_APP } from './workshop-harness.ts';

// The whole event through the UI, each person in a browser of their own: the trainer opens a workshop, two teams
// join with its code (one of them with two people), both work, and nobody sees another team's attempts.
const TITLE = 'Prompt-a-thon der Stadtverwaltung';
const PROMPT_NORD = 'Beantworte die E-Mail freundlich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}';
const PROMPT_SUED = 'Antworte kurz und sachlich.\n\n{{anfrage}}\n\n{{faq}}';

/** The attempts the history lists, as "Versuch n" lines with their prompt. */
const history = (page: Page) => page.locator('pa-history li');

async function openExercise(page: Page): Promise<void> {
  await page.getByRole('link', { name: EXERCISE_TITLE }).click();
  await heading(page, EXERCISE_TITLE);
}

async function runPrompt(page: Page, prompt: string): Promise<void> {
  await replaceUserPrompt(page, prompt);
  await page.getByRole('button', { name: /Ausführen/ }).click();
  await waitForRunEnd(page);
}

describe('Ein Prompt-a-thon von Anfang bis Ende', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {}, {}, {});
  let app: App;
  let trainer: Browser;
  let nord: Browser;
  let nord2: Browser;
  let sued: Browser;
  let code = '';

  beforeAll(() => {
    ({ app } = session);
    [trainer, nord, nord2, sued] = session.browsers as [Browser, Browser, Browser, Browser];
  });

  it('die Trainerin meldet sich an und legt den Workshop an', async () => {
    const { page } = trainer;
    await page.goto(`${app.url}/#/anmelden`);
    await page.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await heading(page, 'Ihre Workshops');
    await page.getByRole('link', { name: 'Neuen Workshop anlegen' }).click();
    await heading(page, 'Neuen Workshop anlegen');
    await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    await page.getByRole('group', { name: 'Aus dem Katalog' }).getByRole('checkbox', { name: EXERCISE_TITLE }).check();
    await page.getByRole('textbox', { name: 'Budget je Team in Euro' }).fill('3');
    await expectAccessible(page, 'Workshop anlegen');
    await page.getByRole('button', { name: 'Workshop anlegen' }).click();
    await heading(page, TITLE);
    code = ((await page.locator('pa-join-panel .code').textContent()) ?? '').replace(/\s/g, '');
    expect(code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/);
    await expectAccessible(page, 'Workshop-Seite');
  });

  it('zwei Teams treten an eigenen Geräten bei, ein Team mit zwei Personen', async () => {
    await nord.page.goto(app.url);
    await heading(nord.page, 'Einem Workshop beitreten');
    await expectAccessible(nord.page, 'Beitrittsseite');
    await nord.page.getByRole('textbox', { name: 'Code des Workshops' }).fill(code);
    await nord.page.getByRole('button', { name: 'Code prüfen' }).click();
    await joinOnPage(nord.page, TITLE, { create: 'Team Nord' }, 'Anna Beispiel');
    for (const [browser, team] of [
      [sued, { create: 'Team Süd' }],
      [nord2, { existing: 'Team Nord' }],
    ] as const) {
      await browser.page.goto(`${app.url}/#/beitreten/${code}`);
      await joinOnPage(browser.page, TITLE, team);
    }
    // The trainer's page shows both teams without a reload.
    await trainer.page.getByRole('rowheader', { name: 'Team Nord' }).waitFor();
    await trainer.page.getByRole('rowheader', { name: 'Team Süd' }).waitFor();
  });

  it('beide Teams arbeiten; jedes sieht nur seine eigenen Versuche, das zweite Mitglied sieht den neuen live', async () => {
    for (const { page } of [nord, nord2, sued]) await openExercise(page);
    await expectAccessible(nord.page, 'Arbeitsplatz eines Teams');

    await runPrompt(nord.page, PROMPT_NORD);
    await history(nord2.page).filter({ hasText: 'Versuch 1' }).waitFor();
    await history(nord2.page).filter({ hasText: 'Abgeschlossen' }).waitFor();
    await runPrompt(sued.page, PROMPT_SUED);

    expect(await history(nord.page).count()).toBe(1);
    expect(await history(sued.page).count()).toBe(1);
    expect(await history(sued.page).first().textContent()).toContain('Antworte kurz und sachlich.');
    expect(await sued.page.getByText('Beantworte die E-Mail freundlich').count()).toBe(0);
    await nord.page.reload();
    await heading(nord.page, EXERCISE_TITLE);
    await history(nord.page).first().waitFor();
    expect(await history(nord.page).count()).toBe(1);
    expect(await nord.page.getByText('Antworte kurz und sachlich.').count()).toBe(0);
    await expectAccessible(sued.page, 'Arbeitsplatz nach dem Lauf');

    // The trainer sees each team's runs on the workshop page.
    for (const team of ['Team Nord', 'Team Süd']) {
      const runs = trainer.page.getByRole('row', { name: new RegExp(team) }).locator('td.number');
      await expect.poll(() => runs.textContent(), { timeout: 10_000 }).toBe('1');
    }
    await expectAccessible(trainer.page, 'Workshop-Seite mit Teams und Läufen');
    for (const browser of session.browsers) expect(browser.errors).toEqual([]);
  });
});
