import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../server/schema/workshop.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  setVisibility,
  useAppAndBrowsers,
  type App,
} from './harness.ts';
import {
  heading,
  named,
  runAsTeam,
  teamApi,
  trainerApi,
  TRAINER_PASSWORD,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// The trainer's side of a live round: the live overview fills as teams work, the trainer releases, locks and
// reveals, starts a round against the clock and sends a message; the projector shows code, QR code and ranking.
const TITLE = 'Prompt-a-thon im Bürgeramt';
const SECOND = 'anhoerung-28-vwvfg';
const SECOND_TITLE = 'Anhörungsschreiben nach § 28 VwVfG entwerfen';
const WEAK_PROMPT = 'Antworte.';
const GOOD_PROMPT = 'Beantworte die E-Mail freundlich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}';

/** The live overview promises changes within two seconds. */
const LIVE_MS = 2000;

describe('Trainerin leitet eine Live-Runde', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {});
  let app: App;
  let page: Page;
  let projector: Page;
  let trainer: TrainerCall;
  let workshop: Workshop;
  let nord: TrainerCall;

  /** The state the exercise's row in the round controls states. */
  const stateOf = (title: string) =>
    page
      .locator('pa-exercise-controls')
      .getByRole('row', { name: new RegExp(title) })
      .getByRole('cell')
      .first();

  beforeAll(async () => {
    app = session.app;
    page = session.browsers[0]!.page;
    trainer = await trainerApi(app);
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE, SECOND],
      released: [EXERCISE],
      budget_eur: 5,
    });
  });

  afterAll(async () => {
    await projector?.close();
  });

  it('öffnet die Live-Übersicht von der Workshop-Seite aus', async () => {
    await page.goto(`${app.url}/#/anmelden`);
    await page.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await heading(page, 'Ihre Workshops');
    await page.getByRole('link', { name: TITLE }).click();
    await heading(page, TITLE);
    await page.getByRole('link', { name: 'Beamer-Ansicht öffnen' }).waitFor();
    await page.getByRole('link', { name: 'Live-Übersicht öffnen' }).click();
    await heading(page, `Live-Übersicht: ${TITLE}`);
    await page.getByText('Noch ist kein Team beigetreten.').waitFor();
    await expect.poll(() => stateOf(EXERCISE_TITLE).textContent()).toContain('offen für Läufe');
    await expect.poll(() => stateOf(SECOND_TITLE).textContent()).toContain('noch nicht freigegeben');
    await expectAccessible(page, 'Live-Übersicht ohne Teams');
  });

  it('zeigt ein neues Team und seinen Versuch binnen zwei Sekunden, ohne Neuladen', async () => {
    nord = await teamApi(app, { code: workshop.code, team: 'Team Nord', name: 'Anna Beispiel' });
    await page.getByRole('rowheader', { name: 'Team Nord' }).waitFor({ timeout: LIVE_MS });
    await page.getByText('Neues Team: Team Nord.').waitFor({ state: 'attached' });
    await runAsTeam(nord, EXERCISE, WEAK_PROMPT);
    const cell = page.getByRole('button', { name: new RegExp(`^Team Nord, ${EXERCISE_TITLE}: .*Punkte.*1 Versuch`) });
    await cell.waitFor({ timeout: LIVE_MS });
    const row = page.getByRole('row', { name: /Team Nord/ });
    await row.getByText(/von 5,00\s€/).waitFor();
    await row.getByText('gerade eben').first().waitFor();
    await expectAccessible(page, 'Live-Übersicht mit einem Team');

    // The cell opens the team's attempts at that exercise, prompt included.
    await cell.click();
    const runs = page.getByRole('dialog', { name: 'Versuche von Team Nord' });
    await runs.getByText('1 Versuch', { exact: true }).waitFor();
    expect(await runs.getByRole('combobox', { name: 'Übung' }).inputValue()).toBe(EXERCISE);
    await runs.getByText('Prompt von Versuch 1 ansehen').click();
    await runs.getByText(WEAK_PROMPT, { exact: true }).waitFor();
    await expectAccessible(page, 'Live-Übersicht mit den Versuchen eines Teams');
    await runs.getByRole('button', { name: /^Schließen/ }).click();
    expect((await focusedElement(page))?.text).toMatch(/^Team Nord, /);
  });

  it('lädt in einem Tab im Hintergrund nichts und holt beim Zurückkehren alles nach', async () => {
    await setVisibility(page, 'hidden');
    let reads = 0;
    const countReads = (request: { url(): string }) => void (request.url().endsWith('/dashboard') && reads++);
    page.on('request', countReads);
    await runAsTeam(await teamApi(app, { code: workshop.code, team: 'Team Ost' }), EXERCISE, WEAK_PROMPT);
    // The overview reloads 1 s after the first event of a burst: shown, it would have by now.
    await page.waitForTimeout(LIVE_MS);
    expect(reads).toBe(0);
    expect(await page.getByRole('rowheader', { name: 'Team Ost' }).count()).toBe(0);
    await setVisibility(page, 'visible');
    await page.getByRole('rowheader', { name: 'Team Ost' }).waitFor({ timeout: LIVE_MS });
    page.off('request', countReads);
  });

  it('nennt Teams, die vielleicht Hilfe brauchen: drei Versuche ohne Verbesserung', async () => {
    for (let i = 0; i < 3; i++) await runAsTeam(nord, EXERCISE, WEAK_PROMPT);
    const help = page.getByRole('region', { name: 'Teams, die vielleicht Hilfe brauchen' });
    await help
      .getByText(`Team Nord: 3 Versuche ohne Verbesserung bei „${EXERCISE_TITLE}“`)
      .waitFor({ timeout: LIVE_MS });
    await page
      .getByRole('row', { name: /Team Nord/ })
      .getByText(/Braucht Hilfe\? 3 Versuche ohne Verbesserung/)
      .waitFor();
    await page.getByText('Team Nord braucht vielleicht Hilfe.').waitFor({ state: 'attached' });
    await help.getByRole('button', { name: named('Versuche ansehen', 'Team Nord') }).click();
    await page
      .getByRole('dialog', { name: 'Versuche von Team Nord' })
      .getByText('4 Versuche', { exact: true })
      .waitFor();
    await expectAccessible(page, 'Live-Übersicht mit Hinweis und Versuchen');
    await page.keyboard.press('Escape');
    expect((await focusedElement(page))?.text).toBe('Versuche ansehen: Team Nord');
  });

  it('gibt frei, sperrt und deckt auf (nach Rückfrage); der Stand steht in Worten da', async () => {
    await page.getByRole('button', { name: named('Freigeben', SECOND_TITLE) }).click();
    await expect.poll(() => stateOf(SECOND_TITLE).textContent()).toContain('offen für Läufe');
    // The pressed button is gone: the focus stays in the exercise's row.
    expect((await focusedElement(page))?.text).toBe(`Sperren: ${SECOND_TITLE}`);
    await page.getByText(`„${SECOND_TITLE}“ ist freigegeben.`).waitFor({ state: 'attached' });

    await page.getByRole('button', { name: named('Sperren', SECOND_TITLE) }).click();
    await expect.poll(() => stateOf(SECOND_TITLE).textContent()).toContain('gesperrt');
    await page.getByRole('button', { name: named('Wieder freigeben', SECOND_TITLE) }).waitFor();

    await page.getByRole('button', { name: named('Aufdecken', SECOND_TITLE) }).click();
    const dialog = page.getByRole('dialog', { name: `„${SECOND_TITLE}“ aufdecken?` });
    await dialog.getByText('Das lässt sich nicht rückgängig machen.').waitFor();
    await expectAccessible(page, 'Aufdecken bestätigen');
    await dialog.getByRole('button', { name: 'Aufdecken' }).click();
    await expect.poll(() => stateOf(SECOND_TITLE).textContent()).toContain('gesperrt, verborgene Fälle aufgedeckt');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('startet eine Runde mit Countdown und sendet eine Nachricht an alle', async () => {
    const form = page.locator('pa-round-form');
    await form.getByRole('button', { name: 'Runde starten' }).click();
    await form.getByText('Bitte wählen Sie mindestens eine Übung.').waitFor();
    await form.getByRole('checkbox', { name: new RegExp(EXERCISE_TITLE) }).check();
    await form.getByRole('textbox', { name: /^Dauer in Minuten/ }).fill('15');
    await form.getByRole('button', { name: 'Runde starten' }).click();
    const dashboard = page.locator('pa-dashboard');
    await dashboard.getByText('Verbleibende Zeit:').waitFor();
    await dashboard.getByText(/^1[45]:\d\d$/).waitFor();
    await expect.poll(() => stateOf(EXERCISE_TITLE).textContent()).toContain('wird gesperrt, wenn der Countdown endet');
    await page.getByRole('button', { name: 'Countdown beenden' }).waitFor();

    const message = page.getByRole('textbox', { name: 'Nachricht an alle' });
    await message.fill('Noch eine Viertelstunde!');
    await page.getByText('24 von 280 Zeichen').waitFor();
    await page.getByRole('button', { name: 'Senden' }).click();
    await dashboard.locator('pa-announce-form blockquote').getByText('Noch eine Viertelstunde!').waitFor();
    await page.getByRole('button', { name: 'Nachricht entfernen' }).waitFor();
    await expectAccessible(page, 'Live-Übersicht mit Countdown und Nachricht');
  });

  it('zeigt am Beamer Code, QR-Code, Countdown, Nachricht und Rangliste und folgt den Änderungen', async () => {
    projector = await session.browsers[0]!.context.newPage();
    projector.on('pageerror', (error) => session.browsers[0]!.errors.push(error.message));
    await projector.goto(`${app.url}/#/workshop/${workshop.id}/beamer`);
    await heading(projector, TITLE);
    // The attendees' banner may show the message and the countdown too: only the projector's own count here.
    const view = projector.locator('pa-projector');
    const code = `${workshop.code.slice(0, 3)} ${workshop.code.slice(3)}`;
    await view.getByText(code, { exact: true }).waitFor();
    const qr = view.getByRole('img', { name: `QR-Code mit dem Beitrittslink ${workshop.join_url}` });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await view.getByText(workshop.join_url, { exact: true }).waitFor();
    await view.getByText('Noch eine Viertelstunde!').waitFor();
    await view.getByText(/^1[45]:\d\d$/).waitFor();
    const overall = view.getByRole('table', { name: 'Gesamtwertung' });
    await overall.getByRole('row', { name: /^1\. Team Nord \d/ }).waitFor();
    await expectAccessible(projector, 'Beamer-Ansicht');

    // A second team joins and does better: it shows up and takes the lead, without a reload; Team Nord's row
    // says that it went down a place. The projector reads the ranking again, not the workshop: no event of this
    // changes the workshop itself.
    const reads: string[] = [];
    projector.on('request', (request) => reads.push(new URL(request.url()).pathname));
    const sued = await teamApi(app, { code: workshop.code, team: 'Team Süd' });
    await overall.getByRole('rowheader', { name: 'Team Süd' }).waitFor({ timeout: LIVE_MS });
    await runAsTeam(sued, EXERCISE, GOOD_PROMPT);
    await overall.getByRole('row', { name: /^1\. .*Team Süd \d/ }).waitFor({ timeout: LIVE_MS });
    const down = overall.getByRole('row', { name: /^2\. \(1 Platz abgestiegen\) Team Nord/ });
    await down.getByText('▼ 1').waitFor();
    await expectAccessible(projector, 'Beamer-Ansicht mit zwei Teams');
    const workshopPath = `/api/workshops/${workshop.id}`;
    expect(reads).toContain(`${workshopPath}/leaderboard`);
    expect(reads).not.toContain(workshopPath);

    // Joining closed: code and QR code leave the projector.
    await trainer('PATCH', workshopPath, { join_open: false });
    await qr.waitFor({ state: 'detached', timeout: LIVE_MS });
    expect(reads).toContain(workshopPath);
    expect(await view.getByText(code, { exact: true }).count()).toBe(0);

    // The page's own view of it: the document names only the outermost shadow host.
    const fullscreen = () =>
      projector.evaluate(() => document.querySelector('pa-app')?.shadowRoot?.fullscreenElement?.tagName ?? '');
    const toggle = view.getByRole('button', { name: /^Vollbild/ });
    await toggle.click();
    await expect.poll(fullscreen).toBe('PA-PROJECTOR');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    await expect.poll(fullscreen).toBe('');
  });

  it('bleibt auf 360 px Breite (wie 200 % Zoom) ohne seitliches Scrollen', async () => {
    for (const [view, title] of [
      [page, `Live-Übersicht: ${TITLE}`],
      [projector, TITLE],
    ] as const) {
      await view.setViewportSize({ width: 360, height: 800 });
      await view.reload();
      await heading(view, title);
      await view.getByRole('table').first().waitFor();
      expect(await horizontalOverflow(view), title).toBe(0);
    }
    expect(session.browsers[0]!.errors).toEqual([]);
  });
});
