import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../web/src/api/types.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  replaceUserPrompt,
  setVisibility,
  useAppAndBrowsers,
  waitForRunEnd,
  type App,
  type Browser,
} from './harness.ts';
import {
  heading,
  joinInBrowser,
  runAsTeam,
  teamApi,
  trainerApi,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// The attendees' side of a live round, two members of one team at their own computers: the trainer (through the
// API) releases an exercise, sends messages, starts a countdown, locks and reveals; the team chooses its entry and
// follows the leaderboard. Everything arrives without a reload.
const TITLE = 'Prompt-a-thon im Ordnungsamt';
const SECOND = 'posteingang-zuordnen';
const SECOND_TITLE = 'Posteingang der richtigen Abteilung zuordnen';
const HIDDEN_CASE = 'Gefragtes ist kein Sperrmüll; die FAQ sagt nicht, wohin damit';
const LOCKED = 'Diese Übung ist gesperrt: Sie können Ihre Versuche ansehen, aber keine neuen starten.';
const CLOSED = 'Die Rangliste ist gerade nicht freigegeben.';

const history = (page: Page) => page.locator('pa-history li');
const entryBox = (page: Page) => page.locator('pa-history .entry');
const message = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

async function runPrompt(page: Page, prompt: string): Promise<void> {
  await replaceUserPrompt(page, prompt);
  await page.getByRole('button', { name: /Ausführen/ }).click();
  await waitForRunEnd(page);
}

describe('Teams in einer Live-Runde', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {});
  let app: App;
  let trainer: TrainerCall;
  let workshop: Workshop;
  let anna: Browser;
  let ben: Browser;
  const round = (action: string, method = 'POST', body?: unknown) =>
    trainer(method, `/api/workshops/${workshop.id}/${action}`, body);

  beforeAll(async () => {
    app = session.app;
    [anna, ben] = session.browsers as [Browser, Browser];
    trainer = await trainerApi(app);
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE, SECOND],
      released: [EXERCISE],
      runs_per_minute: null,
    });
    for (const [{ page }, name] of [
      [anna, 'Anna'],
      [ben, 'Ben'],
    ] as const) {
      await page.goto(app.url);
      await heading(page, 'Einem Workshop beitreten');
      expect(await joinInBrowser(page, { code: workshop.code, team: 'Team Nord', name })).toBe(201);
      await page.reload();
      await heading(page, 'Übungen');
    }
  });

  it('zeigt eine freigegebene Übung, die Nachricht und den Countdown ohne Neuladen', async () => {
    const { page } = anna;
    await page.getByRole('link', { name: EXERCISE_TITLE }).waitFor();
    expect(await page.getByRole('link', { name: SECOND_TITLE }).count()).toBe(0);

    await round('round', 'POST', { exercises: [SECOND], minutes: 30, lock_at_end: false });
    await page.getByRole('link', { name: SECOND_TITLE }).waitFor();
    await page.locator('pa-countdown').getByText('Verbleibende Zeit:').waitFor();
    await expect.poll(() => page.locator('pa-countdown .clock').textContent()).toMatch(/^(30:00|29:\d\d)$/);

    await round('announcement', 'PUT', { text: 'Bitte wählen Sie bis 11 Uhr Ihre Abgabe.' });
    await message(page, 'Bitte wählen Sie bis 11 Uhr Ihre Abgabe.').waitFor();
    await expectAccessible(page, 'Übungen mit Nachricht und Countdown');

    await page.getByRole('button', { name: 'Ausblenden (Nachricht)' }).click();
    await expect.poll(() => page.getByText('Bitte wählen Sie bis 11 Uhr').count()).toBe(0);
    expect((await focusedElement(page))?.text).toBe('Übungen');
    await page.reload();
    await heading(page, 'Übungen');
    await page.locator('pa-countdown').getByText('Verbleibende Zeit:').waitFor();
    expect(await page.getByText('Bitte wählen Sie bis 11 Uhr').count()).toBe(0);
    // The other member has not hidden it.
    await message(ben.page, 'Bitte wählen Sie bis 11 Uhr Ihre Abgabe.').waitFor();

    // A new message shows again.
    await round('announcement', 'PUT', { text: 'Noch zehn Minuten.' });
    await message(page, 'Noch zehn Minuten.').waitFor();
    await round('countdown', 'DELETE');
    await expect.poll(() => page.locator('pa-countdown').count()).toBe(0);
  });

  it('wählt einen Versuch als Abgabe; das Teammitglied sieht die Wahl live', async () => {
    for (const { page } of [anna, ben]) {
      await page.getByRole('link', { name: EXERCISE_TITLE }).click();
      await heading(page, EXERCISE_TITLE);
    }
    const { page } = anna;
    // No real provider runs here: the team hears who decides, not how to set up the server or what is missing.
    await page.getByText('In diesem Workshop ist noch kein echtes KI-Modell freigegeben.').waitFor();
    expect(await page.getByText(/OPENAI_API_KEY|Nicht verfügbar/).count()).toBe(0);
    // Before the first attempt the history has nothing to choose from, and says nothing of entries.
    await page.getByText('Noch keine Versuche.').waitFor();
    expect(await entryBox(page).count()).toBe(0);
    await runPrompt(page, 'Beantworte die E-Mail freundlich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}');
    await runPrompt(page, 'Antworte.');
    await entryBox(page)
      .getByText(/Es zählt der beste Versuch Ihres Teams, Versuch \d: \d+ Punkte\./)
      .waitFor();
    await entryBox(page).getByText('Es zählen nur die öffentlichen Fälle.').waitFor();

    await page.getByRole('button', { name: 'Als Abgabe wählen (Versuch 2)' }).click();
    await entryBox(page).getByText('Ihr Team hat Versuch 2 als Abgabe gewählt').waitFor();
    await history(page).filter({ hasText: 'Versuch 2' }).getByText('Abgabe des Teams').waitFor();
    expect((await focusedElement(page))?.text).toBe('Abgabe für die Rangliste');
    await entryBox(ben.page).getByText('Ihr Team hat Versuch 2 als Abgabe gewählt').waitFor();
    await message(ben.page, 'Versuch 2 ist jetzt die Abgabe Ihres Teams.').waitFor({ state: 'attached' });

    await page.getByRole('button', { name: 'Wieder den besten Versuch zählen lassen' }).click();
    await entryBox(page).getByText('Es zählt der beste Versuch Ihres Teams').waitFor();
    await history(page).getByText('zählt als bestes Ergebnis').waitFor();
    await expectAccessible(page, 'Arbeitsplatz mit Abgabe');
  });

  it('sperrt die Übung: keine neuen Läufe, der Entwurf bleibt bearbeitbar', async () => {
    const { page } = anna;
    await round(`exercises/${EXERCISE}/lock`);
    await page.getByText(LOCKED).waitFor();
    await ben.page.getByText(LOCKED).waitFor();
    expect(await page.getByRole('button', { name: /Ausführen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Als Abgabe wählen/ }).count()).toBe(0);
    await entryBox(page).getByText('Die Übung ist gesperrt: Die Abgabe steht fest.').waitFor();
    await page.locator('.meta').getByText('Gesperrt', { exact: true }).waitFor();

    await replaceUserPrompt(page, 'Mein Entwurf für später');
    await page.keyboard.press('Control+Enter');
    await page.reload();
    await heading(page, EXERCISE_TITLE);
    await page.getByText(LOCKED).waitFor();
    expect(await page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toBe('Mein Entwurf für später');
    expect(await history(page).count()).toBe(2);
    await expectAccessible(page, 'Arbeitsplatz gesperrt');
  });

  it('deckt die verborgenen Fälle auf: Eingaben und Ausgaben erscheinen, als „war verborgen“ gekennzeichnet', async () => {
    const { page } = anna;
    expect(await page.getByText(HIDDEN_CASE).count()).toBe(0);
    await page.getByRole('button', { name: 'Ergebnisse anzeigen von Versuch 1' }).click();
    await page.locator('pa-results-matrix').getByText('Verborgener Fall 1').waitFor();

    await round(`exercises/${EXERCISE}/reveal`);
    const summary = page.locator('pa-context-docs summary', { hasText: `${HIDDEN_CASE} (war verborgen)` });
    await summary.waitFor();
    await summary.click();
    await page.getByText('nach der Renovierung unseres Badezimmers').waitFor();
    await page.locator('.meta').getByText('Aufgedeckt', { exact: true }).waitFor();
    await page.locator('pa-results-matrix').getByText(`${HIDDEN_CASE} (war verborgen)`).waitFor();
    await entryBox(page).getByText('Es zählen alle Fälle, auch die verborgenen.').waitFor();
    await expectAccessible(page, 'Arbeitsplatz aufgedeckt');

    await page.getByRole('link', { name: '← Alle Übungen' }).click();
    await heading(page, 'Übungen');
    const card = page.locator('pa-exercise-card', { hasText: EXERCISE_TITLE });
    await card.getByText('Gesperrt', { exact: true }).waitFor();
    await card.getByText('Aufgedeckt', { exact: true }).waitFor();
    await card.getByText('5 Fälle, davon 1 aufgedeckt').waitFor();
  });

  it('zeigt die Rangliste, aktualisiert sie live und sagt, wenn sie nicht freigegeben ist', async () => {
    const { page } = anna;
    await page.getByRole('link', { name: 'Rangliste' }).click();
    await heading(page, 'Rangliste');
    const overall = page.getByRole('table', { name: /Alle Übungen zusammen/ });
    await overall.getByRole('rowheader', { name: 'Team Nord (Ihr Team)' }).waitFor();
    await page.getByRole('table', { name: new RegExp(`${EXERCISE_TITLE}.*Es zählen alle Fälle`) }).waitFor();
    await page
      .getByText(`${SECOND_TITLE}Es zählen nur die öffentlichen Fälle. Noch hat kein Team eine Abgabe.`)
      .waitFor();
    await expectAccessible(page, 'Rangliste');

    const sued = await teamApi(app, { code: workshop.code, team: 'Team Süd' });
    await runAsTeam(sued, SECOND, 'Ordne die Post zu.');
    await overall.getByRole('rowheader', { name: 'Team Süd' }).waitFor();
    await page
      .getByRole('table', { name: new RegExp(SECOND_TITLE) })
      .getByRole('rowheader', { name: 'Team Süd' })
      .waitFor();

    // In a background tab the board asks the server nothing; shown again, it catches up at once.
    await ben.page.goto(`${app.url}/#/rangliste`);
    await ben.page.getByRole('rowheader', { name: 'Team Süd' }).first().waitFor();
    await setVisibility(page, 'hidden');
    const reads: URL[] = [];
    const countReads = (request: { url(): string }) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('/leaderboard')) reads.push(url);
    };
    page.on('request', countReads);
    await runAsTeam(await teamApi(app, { code: workshop.code, team: 'Team West' }), SECOND, 'Ordne die Post zu.');
    await ben.page.getByRole('rowheader', { name: 'Team West' }).first().waitFor();
    // Longer than the page waits before it loads (300 ms) after the same event reached it.
    await page.waitForTimeout(1_000);
    expect(reads).toEqual([]);
    expect(await overall.getByRole('rowheader', { name: 'Team West' }).count()).toBe(0);
    await setVisibility(page, 'visible');
    await overall.getByRole('rowheader', { name: 'Team West' }).waitFor();
    // One read, naming the newest live event the page has heard of: the server's kept board then does.
    expect(reads).toHaveLength(1);
    expect(Number(reads[0]!.searchParams.get('seen'))).toBeGreaterThan(0);
    page.off('request', countReads);

    await trainer('PATCH', `/api/workshops/${workshop.id}`, { leaderboard_visible: false });
    await page.getByText(CLOSED).waitFor();
    expect(await overall.count()).toBe(0);
    await expect.poll(() => page.locator('pa-session-bar').getByRole('link', { name: 'Rangliste' }).count()).toBe(0);
    await expectAccessible(page, 'Rangliste nicht freigegeben');

    await trainer('PATCH', `/api/workshops/${workshop.id}`, { leaderboard_visible: true });
    await overall.waitFor();
  });

  it('sperrt die Übung der Runde ohne Neuladen, wenn die Zeit um ist', async () => {
    const { page } = anna;
    await page.getByRole('link', { name: '← Alle Übungen' }).click();
    await page.getByRole('link', { name: SECOND_TITLE }).click();
    await heading(page, SECOND_TITLE);
    await round('countdown', 'PUT', { minutes: 1, label: 'Runde 2', locks: [SECOND] });
    await page.locator('pa-countdown').getByText('Runde 2:').waitFor();
    await page.getByRole('button', { name: /Ausführen/ }).waitFor();
    // The server sends nothing when the time is up: the page's own countdown makes it look again.
    await page.getByText(LOCKED).waitFor({ timeout: 75_000 });
    await page.locator('pa-countdown').getByText('Zeit ist um').waitFor();
    expect(await page.getByRole('button', { name: /Ausführen/ }).count()).toBe(0);
    await round('countdown', 'DELETE');
    await expect.poll(() => page.locator('pa-countdown').count()).toBe(0);
    for (const browser of session.browsers) expect(browser.errors).toEqual([]);
  });
});
