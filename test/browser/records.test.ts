import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../server/schema/workshop.ts';
import { EXERCISE, EXERCISE_TITLE, expectAccessible, useAppAndBrowsers, type App, type Browser } from './harness.ts';
import {
  heading,
  joinByApi,
  named,
  runAsTeam,
  teamApi,
  trainerApi,
  TRAINER_PASSWORD,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// After the workshop: the trainer prints one training record per participant (the browser's print dialog makes the
// PDF) and puts the teams' prompts together into a library for other offices.
const TITLE = 'Prompt-a-thon im Ordnungsamt';
const NORD_PROMPT = 'Beantworte die E-Mail freundlich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}';
const SUED_PROMPT = 'Antworte kurz auf die Anfrage.\n\n{{anfrage}}';
/** Named participants; one more in Team Süd joins without a name. */
const PEOPLE = [
  { team: 'Team Nord', name: 'Anna Beispiel' },
  { team: 'Team Nord', name: 'Bernd Muster' },
  { team: 'Team Süd', name: 'Clara Schmidt' },
];
const PARTICIPANTS = PEOPLE.length + 1;

/** Pages of a PDF: its page objects (`/Type /Pages` is the tree above them). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('Teilnahmenachweise und Prompt-Bibliothek', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {});
  let app: App;
  let browser: Browser;
  let page: Page;
  let workshop: Workshop;
  let trainer: TrainerCall;

  beforeAll(async () => {
    app = session.app;
    browser = session.browsers[0]!;
    page = browser.page;
    trainer = await trainerApi(app);
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE],
      released: [EXERCISE],
      runs_per_minute: null,
    });
    await page.goto(`${app.url}/#/anmelden`);
    await page.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await heading(page, 'Ihre Workshops');
  });

  it('zwei Teams bearbeiten die Übung, die Trainerin deckt sie auf', async () => {
    const [nord, , sued] = await Promise.all(PEOPLE.map((p) => teamApi(app, { code: workshop.code, ...p })));
    expect(await joinByApi(app, { code: workshop.code, team: 'Team Süd' })).toBe(201);
    await runAsTeam(nord!, EXERCISE, NORD_PROMPT);
    await runAsTeam(sued!, EXERCISE, SUED_PROMPT);
    // The library holds revealed exercises only.
    await trainer('POST', `/api/workshops/${workshop.id}/exercises/${EXERCISE}/reveal`);
  });

  it('bietet in der Auswertung die Dateien zum Herunterladen an', async () => {
    await page.goto(`${app.url}/#/workshop/${workshop.id}/auswertung`);
    const links = page.locator('pa-export-links');
    /** The file behind a download link, fetched with the trainer's session. */
    const download = async (name: string) => {
      const link = links.getByRole('link', { name });
      expect(await link.getAttribute('download')).not.toBeNull();
      const response = await page.request.get(new URL((await link.getAttribute('href'))!, app.url).href);
      expect(response.ok(), name).toBe(true);
      return response.text();
    };
    const results = JSON.parse(await download('Ergebnisse als JSON')) as { rows: { team: string }[] };
    expect(new Set(results.rows.map((r) => r.team))).toEqual(new Set(['Team Nord', 'Team Süd']));
    expect(await download('Ergebnisse als CSV (für Excel)')).toContain('Team Süd');
    expect(await download('Teilnahmenachweise als CSV')).toContain('Clara Schmidt');
  });

  describe('Nachweise drucken', () => {
    const sheets = () => page.locator('pa-records article.sheet');

    it('zeigt je Person einen Nachweis als Karte, barrierefrei', async () => {
      await page.locator('pa-export-links').getByRole('link', { name: 'Teilnahmenachweise drucken' }).click();
      await heading(page, `Teilnahmenachweise: ${TITLE}`);
      await expect.poll(() => sheets().count()).toBe(PARTICIPANTS);
      const first = sheets().filter({ hasText: 'Anna Beispiel' });
      await first.getByRole('heading', { name: /^Nachweis über eine Schulung zur KI-Kompetenz/ }).waitFor();
      for (const text of ['Verordnung (EU) 2024/1689', 'Team Nord', TITLE, EXERCISE_TITLE, 'Unterschrift']) {
        await first.getByText(text).first().waitFor();
      }
      await expectAccessible(page, 'Teilnahmenachweise');
    });

    it('druckt nur die Nachweise, jeden auf einer eigenen Seite', async () => {
      const chrome = [
        page.locator('header.site-header'),
        page.locator('pa-session-bar'),
        page.locator('footer.site-footer'),
        page.getByRole('button', { name: 'Drucken' }),
        page.getByRole('link', { name: 'Zurück zur Auswertung' }),
      ];
      for (const part of chrome) expect(await part.isVisible()).toBe(true);
      await page.emulateMedia({ media: 'print' });
      try {
        for (const part of chrome) expect(await part.isVisible()).toBe(false);
        expect(await sheets().evaluateAll((all) => all.map((s) => getComputedStyle(s).breakAfter))).toEqual(
          Array(PARTICIPANTS).fill('page'),
        );
        for (const { name } of PEOPLE) expect(await sheets().filter({ hasText: name }).count()).toBe(1);
        expect(await sheets().filter({ hasText: 'ohne Namen' }).count()).toBe(1);
        expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(PARTICIPANTS);
      } finally {
        await page.emulateMedia({ media: null });
      }
    });
  });

  describe('Prompt-Bibliothek', () => {
    const pick = (team: string) =>
      page.getByRole('checkbox', { name: named('In die Bibliothek', `${team}, ${EXERCISE_TITLE}`) });
    const anonymous = () => page.getByRole('switch', { name: 'Teamnamen weglassen' });
    const saved = () => page.getByRole('status').filter({ hasText: 'Gespeichert.' }).waitFor();
    /** Ticks or unticks an entry, unless it already is, and waits until that is saved. */
    const choose = async (team: string, picked: boolean) => {
      if ((await pick(team).isChecked()) === picked) return;
      await pick(team).setChecked(picked);
      await saved();
    };
    /** The Markdown file behind the page's link, fetched with the trainer's session. */
    const markdown = async () => {
      const href = await page.getByRole('link', { name: 'Bibliothek als Markdown' }).getAttribute('href');
      const response = await page.request.get(new URL(href!, app.url).href);
      expect(response.ok()).toBe(true);
      return response.text();
    };

    it('zeigt die Beiträge der aufgedeckten Übung, barrierefrei', async () => {
      await page.getByRole('link', { name: 'Zurück zur Auswertung' }).click();
      await page.locator('pa-export-links').getByRole('link', { name: 'Prompt-Bibliothek zusammenstellen' }).click();
      await heading(page, 'Prompt-Bibliothek zusammenstellen');
      await pick('Team Süd').waitFor();
      await page.getByRole('heading', { level: 2, name: EXERCISE_TITLE }).waitFor();
      await page
        .getByText(/^Prompt ansehen/)
        .first()
        .click();
      await expectAccessible(page, 'Prompt-Bibliothek');
    });

    it('speichert die Auswahl und das Weglassen der Teamnamen', async () => {
      // Whatever was picked before (the best entries, at first): one entry gets ticked, the other unticked.
      await choose('Team Nord', false);
      await choose('Team Süd', true);
      await pick('Team Nord').check();
      await saved();
      await pick('Team Süd').uncheck();
      await saved();
      await anonymous().check();
      await saved();

      await page.reload();
      await heading(page, 'Prompt-Bibliothek zusammenstellen');
      await pick('Team Süd').waitFor();
      expect(await pick('Team Nord').isChecked()).toBe(true);
      expect(await pick('Team Süd').isChecked()).toBe(false);
      expect(await anonymous().isChecked()).toBe(true);
    });

    it('lässt in der Markdown-Datei die Teamnamen weg, solange der Schalter an ist', async () => {
      const anonymousFile = await markdown();
      expect(anonymousFile).toContain('Beantworte die E-Mail freundlich');
      expect(anonymousFile).not.toContain('Antworte kurz auf die Anfrage.');
      expect(anonymousFile).not.toContain('Team Nord');
      expect(anonymousFile).not.toContain('Team Süd');

      await anonymous().uncheck();
      await saved();
      expect(await markdown()).toContain('Team Nord');
    });

    it('behält die Auswahl, wenn das Speichern scheitert, und speichert sie auf Wunsch noch einmal', async () => {
      const url = `${app.url}/api/workshops/${workshop.id}/library`;
      await page.route(url, (route) =>
        route.request().method() === 'PUT'
          ? route.fulfill({ status: 500, json: { error: { message: 'Die Datenbank antwortet nicht.' } } })
          : route.continue(),
      );
      await pick('Team Süd').check();
      const alert = page.getByRole('alert').filter({ hasText: 'Ihre Auswahl wurde nicht gespeichert.' });
      await alert.getByText('Die Datenbank antwortet nicht.').waitFor();
      expect(await pick('Team Süd').isChecked()).toBe(true);
      await expectAccessible(page, 'Prompt-Bibliothek, Speichern gescheitert');

      await page.unroute(url);
      await alert.getByRole('button', { name: 'Noch einmal speichern' }).click();
      await saved();
      expect(await alert.count()).toBe(0);
      await page.reload();
      await heading(page, 'Prompt-Bibliothek zusammenstellen');
      await pick('Team Süd').waitFor();
      expect(await pick('Team Süd').isChecked()).toBe(true);
      expect(browser.errors).toEqual([]);
    });
  });
});
