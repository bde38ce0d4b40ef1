import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../web/src/api/types.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  useAppAndBrowsers,
  type App,
  type Browser,
} from './harness.ts';
import {
  heading,
  joinInBrowser,
  named,
  runAsTeam,
  teamApi,
  trainerApi,
  TRAINER_PASSWORD,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// After the reveal the trainer shows every team's entry side by side: she opens the gallery in her browser, a
// team's browser follows without reloading, and the case she picks becomes everyone's case; the projector shows it
// too.
const TITLE = 'Prompt-a-thon im Bürgerbüro';
const FIRST_CASE = 'Zwei Fragen – Kosten und Anmeldung';
const SECOND_CASE = 'Ein Teil ist kein Sperrmüll, wird aber trotzdem abgeholt';
const THIRD_CASE = 'Beide kostenlosen Abholungen sind verbraucht, und es eilt';
const REVEALED_CASE = 'Gefragtes ist kein Sperrmüll; die FAQ sagt nicht, wohin damit (war verborgen)';
const CLOSED = 'Die Galerie ist gerade nicht geöffnet.';
/** A change reaches the other browsers within moments; a busy machine may take longer. */
const LIVE = { timeout: 10_000 };

/** Which case the page's gallery shows: its radio button is checked. */
const checkedCase = (page: Page, name: string) => () =>
  page.locator('pa-gallery').getByRole('radio', { name, exact: true }).isChecked();

describe('Galerie nach dem Aufdecken', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {});
  let app: App;
  let trainerBrowser: Browser;
  let trainerPage: Page;
  let team: Page;
  let trainer: TrainerCall;
  let workshop: Workshop;

  beforeAll(async () => {
    app = session.app;
    [trainerBrowser] = session.browsers as [Browser, Browser];
    trainerPage = trainerBrowser.page;
    team = session.browsers[1]!.page;
    trainer = await trainerApi(app);
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE],
      runs_per_minute: null,
    });

    await team.goto(app.url);
    await heading(team, 'Einem Workshop beitreten');
    expect(await joinInBrowser(team, { code: workshop.code, team: 'Team Nord', name: 'Anna' })).toBe(201);
    await team.reload();
    await heading(team, 'Übungen');

    await trainerPage.goto(`${app.url}/#/anmelden`);
    await trainerPage.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await trainerPage.getByRole('button', { name: 'Anmelden' }).click();
    await heading(trainerPage, 'Ihre Workshops');
    await trainerPage.getByRole('link', { name: TITLE }).click();
    await heading(trainerPage, TITLE);
    await trainerPage.getByRole('link', { name: 'Auswertung öffnen' }).click();
    await heading(trainerPage, `Auswertung: ${TITLE}`);
  });

  it('öffnet die Galerie erst nach dem Aufdecken; das Team sieht sie ohne Neuladen', async () => {
    const prompts: [string, string][] = [
      ['Team Nord', 'Beantworte die E-Mail freundlich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}'],
      ['Team Süd', 'Antworte kurz.\n\n{{anfrage}}\n\n{{faq}}'],
    ];
    for (const [name, prompt] of prompts) {
      await runAsTeam(await teamApi(app, { code: workshop.code, team: name }), EXERCISE, prompt);
    }
    await trainerPage.getByText('Erst nach dem Aufdecken möglich.').waitFor();
    expect(
      await trainerPage.getByRole('button', { name: named('Galerie für alle öffnen', EXERCISE_TITLE) }).count(),
    ).toBe(0);
    await trainer('POST', `/api/workshops/${workshop.id}/exercises/${EXERCISE}/reveal`);
    await trainerPage.getByRole('button', { name: named('Galerie für alle öffnen', EXERCISE_TITLE) }).click();
    await trainerPage.getByText('Die Teams und der Beamer zeigen die Galerie gerade.').waitFor();
    await trainerPage
      .getByRole('status')
      .filter({ hasText: 'Alle sehen jetzt die Galerie' })
      .waitFor({ state: 'attached' });
    // The button keeps its place with its new label, and the focus.
    await expect.poll(async () => (await focusedElement(trainerPage))?.text).toMatch(/^Galerie für alle schließen/);
    await expectAccessible(trainerPage, 'Auswertung mit offener Galerie');

    await team.getByText('Die Galerie ist geöffnet.').waitFor();
    await team.getByRole('link', { name: 'Zur Galerie' }).click();
    await heading(team, 'Galerie');
    await team.getByRole('heading', { level: 2, name: EXERCISE_TITLE }).waitFor();
    const entries = team.locator('pa-gallery-entry');
    await expect.poll(() => entries.count(), LIVE).toBe(2);
    for (const name of ['Team Nord', 'Team Süd']) {
      await team.getByRole('heading', { level: 3, name: new RegExp(`^\\d\\. Platz: ${name}$`) }).waitFor();
    }
    await expect.poll(checkedCase(team, FIRST_CASE), LIVE).toBe(true);
    await team.getByRole('heading', { level: 3, name: `Fall: ${FIRST_CASE}` }).waitFor();
    // The prompt against the starter prompt, and the checks an answer missed, in words: their descriptions, without
    // the type and pattern behind them.
    await entries.first().locator('pa-word-diff').first().waitFor();
    const missed = team.locator('pa-gallery-entry ul.failed li');
    expect(await missed.count()).toBeGreaterThan(0);
    expect(await missed.allTextContents()).toContainEqual(
      expect.stringContaining('Formuliert ähnlich wie die Musterlösung'),
    );
    expect(await team.locator('pa-gallery-entry ul.failed code').count()).toBe(0);
    await expectAccessible(team, 'Galerie (Team)');
  });

  it('der Fall, den die Trainerin wählt, wird der Fall aller; ein Team darf selbst blättern', async () => {
    await trainerPage.getByRole('link', { name: named('Galerie ansehen', EXERCISE_TITLE) }).click();
    await heading(trainerPage, 'Galerie');
    await trainerPage.getByText('Die Teams und der Beamer zeigen diese Galerie gerade.').waitFor();
    // The trainer also reads each missed check's type.
    await trainerPage.locator('pa-gallery-entry ul.failed code', { hasText: 'similar' }).first().waitFor();
    await trainerPage.locator('pa-gallery').getByRole('radio', { name: SECOND_CASE }).check();
    await expect.poll(checkedCase(team, SECOND_CASE), LIVE).toBe(true);
    await team.getByRole('heading', { level: 3, name: `Fall: ${SECOND_CASE}` }).waitFor();
    await team
      .getByRole('status')
      .filter({ hasText: `Jetzt gezeigt: ${SECOND_CASE}` })
      .waitFor({ state: 'attached' });

    // The team looks at another case; the trainer's next case brings it back in step.
    await team.locator('pa-gallery').getByRole('radio', { name: THIRD_CASE }).check();
    await team.getByText(`Gezeigt wird gerade „${SECOND_CASE}“.`).waitFor();
    await expectAccessible(team, 'Galerie (Team, anderer Fall)');
    await trainerPage.locator('pa-gallery').getByRole('radio', { name: REVEALED_CASE }).check();
    await expect.poll(checkedCase(team, REVEALED_CASE), LIVE).toBe(true);
    expect(await team.getByText('Gezeigt wird gerade').count()).toBe(0);
    await expectAccessible(trainerPage, 'Galerie (Trainerin)');
  });

  it('zeigt die Galerie auf dem Beamer, beim Fall aller', async () => {
    const projector = await trainerBrowser.context.newPage();
    try {
      await projector.goto(`${app.url}/#/workshop/${workshop.id}/beamer`);
      await projector.getByRole('heading', { level: 2, name: EXERCISE_TITLE }).waitFor();
      await expect.poll(checkedCase(projector, REVEALED_CASE), LIVE).toBe(true);
      await expect.poll(() => projector.locator('pa-gallery-entry').count(), LIVE).toBe(2);
      // The room reads the missed checks as the teams do: the trainer's session shows no types or patterns there.
      expect(await projector.locator('pa-gallery-entry ul.failed li').count()).toBeGreaterThan(0);
      expect(await projector.locator('pa-gallery-entry ul.failed code').count()).toBe(0);
      // Black on white, as the rest of the projector.
      expect(
        await projector.locator('pa-gallery').evaluate((el) => getComputedStyle(el).getPropertyValue('--pa-text')),
      ).toBe('#000');
      await expectAccessible(projector, 'Beamer mit Galerie');
    } finally {
      await projector.close();
    }
  });

  it('schließt die Galerie: das Team erfährt es ohne Neuladen', async () => {
    await trainerPage.getByRole('button', { name: 'Galerie für alle schließen' }).click();
    await trainerPage.getByText('Nur Sie sehen diese Galerie.').waitFor();
    await team.getByText(CLOSED).waitFor();
    expect(await team.locator('pa-gallery').count()).toBe(0);
    await expect
      .poll(() => team.locator('pa-session-bar').getByRole('link', { name: 'Galerie' }).count(), LIVE)
      .toBe(0);
    await expectAccessible(team, 'Galerie geschlossen');
    for (const b of session.browsers) expect(b.errors).toEqual([]);
  });
});
