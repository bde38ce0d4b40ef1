import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop, WorkshopDetail } from '../../web/src/api/types.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useAppAndBrowsers,
  waitForRunEnd,
  type App,
  type Browser,
} from './harness.ts';
import {
  heading,
  joinOnPage,
  TRAINER_PASSWORD,
  trainerApi,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

const TITLE = 'Prompt-a-thon im Bauamt';
/** The text of the session bar in the page header (it lives in a shadow root). */
const sessionBar = (page: Page) =>
  page.locator('pa-session-bar').evaluate((bar) => (bar.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());

const joinTeam = (page: Page, team: { existing?: string; create?: string }, name?: string) =>
  joinOnPage(page, TITLE, team, name);

describe('Workshop im Netz: beitreten, im Team arbeiten, entfernt werden', () => {
  // Team Nord: two people at two computers; Team Süd at a third, a phone.
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {}, { width: 360 });
  let app: App;
  let trainer: TrainerCall;
  let workshop: Workshop;
  let nord1: Browser;
  let nord2: Browser;
  let sued: Browser;

  beforeAll(async () => {
    ({ app } = session);
    [nord1, nord2, sued] = session.browsers as [Browser, Browser, Browser];
    trainer = await trainerApi(app);
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE],
      runs_per_minute: null,
      budget_eur: 5,
    });
  });

  it('führt Besucher ohne Sitzung zur Seite „Code eingeben“ und erklärt Fehler am Feld', async () => {
    const { page } = nord1;
    await page.goto(app.url);
    await heading(page, 'Einem Workshop beitreten');
    await page.getByRole('heading', { level: 2, name: 'Code eingeben' }).waitFor();
    await expectAccessible(page, 'Beitreten ohne Sitzung');

    const code = page.getByRole('textbox', { name: 'Code des Workshops' });
    await code.fill('abc');
    expect(await code.inputValue()).toBe('ABC');
    await page.getByRole('button', { name: 'Code prüfen' }).click();
    await page.getByText('Der Code hat 6 Zeichen, Sie haben 3 eingegeben.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect((await focusedElement(page))?.label).toBe('Code des Workshops');
    await expectAccessible(page, 'Code zu kurz');

    await code.fill('ZZZZZZ');
    await page.getByRole('button', { name: 'Code prüfen' }).click();
    await page.getByText('Zu diesem Code gibt es keinen Workshop').waitFor();

    await code.fill(workshop.code.toLowerCase());
    await page.getByRole('button', { name: 'Code prüfen' }).click();
    await expectAccessible(page, 'Workshop gefunden');
    await joinTeam(page, { create: 'Team Nord' }, 'Anna Beispiel');
    const bar = await sessionBar(page);
    expect(bar).toContain(`Workshop: ${TITLE}`);
    expect(bar).toContain('Team: Team Nord');
    expect(bar).toContain('Sie: Anna Beispiel');
    expect(bar).toContain('Budget: noch 5,00 € von 5,00 €');
    await expectAccessible(page, 'Übungen im Workshop');
  });

  it('tritt über den Link mit Code bei: ein neues Team und ein bestehendes', async () => {
    await sued.page.goto(`${app.url}/#/beitreten/${workshop.code}`);
    await sued.page.getByRole('radio', { name: 'Team Nord' }).waitFor();
    // 360 px wide: nothing makes the page scroll sideways.
    expect(await horizontalOverflow(sued.page)).toBe(0);
    await expectAccessible(sued.page, 'Beitreten über Link');
    await joinTeam(sued.page, { create: 'Team Süd' });
    expect(await sessionBar(sued.page)).toContain('Team: Team Süd');
    expect(await horizontalOverflow(sued.page)).toBe(0);

    await nord2.page.goto(`${app.url}/#/beitreten/${workshop.code}`);
    await joinTeam(nord2.page, { existing: 'Team Nord' });
    expect(await sessionBar(nord2.page)).toContain('Team: Team Nord');
  });

  it('zeigt den Versuch eines Teammitglieds live, einem anderen Team nicht', async () => {
    for (const { page } of [nord1, nord2, sued]) {
      await page.getByRole('link', { name: EXERCISE_TITLE }).click();
      await heading(page, EXERCISE_TITLE);
      await page.getByText('Noch keine Versuche.').waitFor();
    }
    await expectAccessible(nord2.page, 'Arbeitsplatz im Workshop');

    // The author's page reads its attempts on the run's live event and once the run ended, not on every event.
    const historyReads: string[] = [];
    nord1.page.on('request', (request) => {
      if (/\/api\/exercises\/[^/]+\/runs$/.test(request.url())) historyReads.push(request.url());
    });
    await nord1.page.getByRole('button', { name: /Ausführen/ }).click();
    await waitForRunEnd(nord1.page);
    await nord1.page.locator('pa-history li', { hasText: 'Abgeschlossen' }).waitFor();
    // The teammate's page shows the attempt without a reload and tells screen readers.
    await nord2.page.locator('pa-history li', { hasText: 'Versuch 1' }).waitFor();
    await nord2.page.getByRole('status').filter({ hasText: 'Neuer Versuch von Ihrem Team' }).waitFor();
    await nord2.page.locator('pa-history li', { hasText: 'Abgeschlossen' }).waitFor();
    // The author's own page does not announce its own run as a teammate's.
    expect(await nord1.page.getByText('Neuer Versuch von Ihrem Team').count()).toBe(0);
    expect(historyReads).toHaveLength(2);
    await expectAccessible(nord2.page, 'Versuch des Teams erschienen');

    await sued.page.reload();
    await heading(sued.page, EXERCISE_TITLE);
    await sued.page.getByText('Noch keine Versuche.').waitFor();
    expect(await sued.page.locator('pa-history li').count()).toBe(0);
  });

  it('meldet dem entfernten Team, warum es wieder auf der Seite zum Beitreten ist', async () => {
    const detail = await trainer<WorkshopDetail>('GET', `/api/workshops/${workshop.id}`);
    const team = detail.teams.find((t) => t.name === 'Team Süd')!;
    await trainer('DELETE', `/api/workshops/${workshop.id}/teams/${team.id}`);

    const { page } = sued;
    await page.getByRole('alert').filter({ hasText: 'Sie wurden aus dem Workshop abgemeldet' }).waitFor();
    await heading(page, 'Einem Workshop beitreten');
    expect(await sessionBar(page)).not.toContain('Team Süd');
    await expectAccessible(page, 'Team entfernt');
    // Team Nord works on.
    expect(await sessionBar(nord1.page)).toContain('Team: Team Nord');
  });

  it('meldet Trainerinnen und Trainer an', async () => {
    const { page } = sued;
    await page.getByRole('link', { name: 'Anmeldung für Trainerinnen und Trainer' }).click();
    await heading(page, 'Anmeldung für Trainerinnen und Trainer');
    await expectAccessible(page, 'Anmeldung');
    await page.getByLabel('Passwort').fill('falsch-falsch-falsch');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').filter({ hasText: 'Anmeldename oder Passwort stimmt nicht.' }).waitFor();
    await expectAccessible(page, 'Anmeldung fehlgeschlagen');
    await page.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/workshops$/);
    await expect.poll(() => sessionBar(page)).toContain('Angemeldet als');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await heading(page, 'Anmeldung für Trainerinnen und Trainer');
    await expect.poll(async () => (await sessionBar(page))?.trim()).toBe('');
  });

  it('richtet über eine Einladung ein Konto ein; der Link gilt nur einmal', async () => {
    const { url } = await trainer<{ url: string }>('POST', `/api/workshops/${workshop.id}/invites`);
    const token = url.split('#/einladung/')[1]!;
    const { page } = sued;
    await page.goto(`${app.url}/#/einladung/${token}`);
    await heading(page, `Einladung zum Workshop „${TITLE}“`);
    await expectAccessible(page, 'Einladung');

    await page.getByRole('textbox', { name: 'Anmeldename' }).fill('m.muster');
    await page.getByRole('textbox', { name: 'Ihr Name' }).fill('Maria Muster');
    await page.getByLabel('Passwort', { exact: true }).fill('ein-sicheres-passwort');
    await page.getByLabel('Passwort wiederholen').fill('ein-anderes-passwort');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText('Die beiden Passwörter stimmen nicht überein.').waitFor();
    await expectAccessible(page, 'Einladung mit Fehler');

    await page.getByLabel('Passwort wiederholen').fill('ein-sicheres-passwort');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/workshop/${workshop.id}$`));
    await expect.poll(() => sessionBar(page)).toContain('Angemeldet als Maria Muster');

    await page.goto(`${app.url}/#/einladung/${token}`);
    await heading(page, 'Einladung nicht gültig');
    await page.getByRole('alert').filter({ hasText: 'nicht (mehr) gültig' }).waitFor();
    for (const browser of [nord1, nord2, sued]) expect(browser.errors).toEqual([]);
  });
});
