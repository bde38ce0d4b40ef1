import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeServer } from '../fakes/core.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useAppAndBrowsers,
  type App,
  type Browser,
} from './harness.ts';
import { heading, joinByApi, joinInBrowser, TRAINER_PASSWORD, WORKSHOP_APP } from './workshop-harness.ts';

const TITLE = 'Prompt-a-thon im Ordnungsamt';
const SECOND_TITLE = 'Anhörungsschreiben nach § 28 VwVfG entwerfen';
const KEY = 'sk-test-geheim-7f3a';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A button's name "Nach oben: <Übung>" whose second half is screen-reader text (a block, so a space may come before ":"). */
const named = (action: string, subject: string) => new RegExp(`^${escape(action)}\\s*:\\s*${escape(subject)}$`);

describe('Trainerin bereitet einen Workshop vor, leitet ihn und schließt Anbieter an', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {});
  let app: App;
  let trainer: Browser;
  let attendee: Browser;
  let fake: FakeServer;
  let code = '';

  beforeAll(async () => {
    ({ app } = session);
    [trainer, attendee] = session.browsers as [Browser, Browser];
    fake = await startFakeOpenAI({ apiKey: KEY, reply: () => 'OK' });
    // The attendee's calls go out from the app's own page, as the join page's would.
    await attendee.page.goto(app.url);
  });

  afterAll(async () => {
    await fake?.close();
  });

  it('meldet sich an und sieht eine leere Liste mit Erklärung', async () => {
    const { page } = trainer;
    await page.goto(`${app.url}/#/anmelden`);
    await heading(page, 'Anmeldung für Trainerinnen und Trainer');
    await page.getByRole('textbox', { name: 'Anmeldename' }).fill('trainer');
    await page.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await heading(page, 'Ihre Workshops');
    await page.getByText('Sie haben noch keinen Workshop.').waitFor();
    await expectAccessible(page, 'Workshop-Liste leer');
  });

  it('schließt einen OpenAI-kompatiblen Dienst an, testet ihn und zeigt vom Schlüssel nur vier Zeichen', async () => {
    const { page } = trainer;
    // Before any real provider, an exercise shows the trainer where to connect one, not the server's settings.
    await page.goto(`${app.url}/#/uebung/${EXERCISE}`);
    const notice = page.getByRole('note').filter({ hasText: 'Noch kein echter KI-Anbieter eingerichtet.' });
    await notice.waitFor();
    expect(await notice.getByText(/OPENAI_API_KEY/).count()).toBe(0);
    await notice.getByRole('link', { name: 'Modelle und Anbieter' }).click();
    await heading(page, 'Modelle und Anbieter');
    await expectAccessible(page, 'Anbieter');
    await page.getByRole('button', { name: 'OpenAI-kompatiblen Dienst anschließen' }).click();
    expect((await focusedElement(page))?.text).toBe('OpenAI-kompatiblen Dienst anschließen');
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill('eu-test');
    await page.getByRole('textbox', { name: 'Bezeichnung', exact: true }).fill('EU-Test');
    await page.getByRole('textbox', { name: 'Basis-Adresse' }).fill(fake.url);
    const key = page.getByLabel(/^API-Schlüssel/);
    expect(await key.getAttribute('type')).toBe('password');
    expect(await key.getAttribute('autocomplete')).toBe('off');
    await key.fill(KEY);
    const model = page.getByRole('group', { name: 'Modell 1' });
    await model.getByRole('textbox', { name: 'Modell-ID' }).fill('mistral-small');
    await model.getByRole('textbox', { name: /Preis Eingabe/ }).fill('0,20');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page
      .getByRole('alert')
      .getByText('Modell 1: Preis Ausgabe: Bitte beide Preise angeben oder keinen.')
      .waitFor();
    await expectAccessible(page, 'Anbieter-Formular mit Fehler');
    await model.getByRole('textbox', { name: /Preis Ausgabe/ }).fill('0,60');
    await page.getByRole('button', { name: 'Speichern' }).click();

    const card = page.locator('pa-provider-card', { has: page.getByRole('heading', { name: 'EU-Test' }) });
    await card.getByText('in der Sandbox gespeichert (…7f3a)').waitFor();
    await card.getByText('0,20 € / 0,60 € je 1 Mio. Tokens (Eingabe / Ausgabe)').waitFor();
    expect((await focusedElement(page))?.text).toBe('EU-Test');
    expect(await page.locator('body').evaluate(() => document.documentElement.outerHTML)).not.toContain(KEY);
    await card.getByRole('button', { name: 'Verbindung testen' }).click();
    await card
      .getByRole('status')
      .getByText(/^Verbindung in Ordnung: EU-Test antwortet: „OK“/)
      .waitFor();
    expect(fake.requests.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);
    await expectAccessible(page, 'Anbieter verbunden und getestet');

    // Changing the settings never shows the key again.
    await card.getByRole('button', { name: 'Einstellungen ändern' }).click();
    const again = page.getByLabel(/^API-Schlüssel/);
    expect(await again.inputValue()).toBe('');
    await page.getByText('Leer lassen = gespeicherten Schlüssel behalten.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    expect((await focusedElement(page))?.text).toBe('Einstellungen ändern');
    await page.getByRole('link', { name: 'Zu Ihren Workshops' }).click();
    await heading(page, 'Ihre Workshops');
  });

  it('zeigt Fehler am Feld und in der Zusammenfassung', async () => {
    const { page } = trainer;
    await page.getByRole('link', { name: 'Neuen Workshop anlegen' }).click();
    await heading(page, 'Neuen Workshop anlegen');
    await page.getByRole('button', { name: 'Workshop anlegen' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Titel: Bitte geben Sie einen Titel ein.').waitFor();
    await summary.getByText('Übungen: Bitte wählen Sie mindestens eine Übung.').waitFor();
    const title = page.getByRole('textbox', { name: 'Titel' });
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Formular mit Fehlern');
    // The summary's entry leads to its field.
    await summary.getByRole('button', { name: /^Titel:/ }).click();
    expect((await focusedElement(page))?.label).toBe('Titel');
  });

  it('legt einen Workshop an: Übungen wählen und ordnen, Modelle, Budget mit Komma; ein Neuladen verliert nichts', async () => {
    const { page } = trainer;
    await page.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    const catalogue = page.getByRole('group', { name: 'Aus dem Katalog' });
    await catalogue.getByRole('checkbox', { name: EXERCISE_TITLE }).check();
    await catalogue.getByRole('checkbox', { name: SECOND_TITLE }).check();
    await page.getByRole('button', { name: named('Nach oben', SECOND_TITLE) }).click();
    // At the top its "up" button is disabled: the focus stays on the moved exercise, and the move is announced.
    expect((await focusedElement(page))?.text).toBe(`Nach unten: ${SECOND_TITLE}`);
    await page.getByText(`„${SECOND_TITLE}“ steht jetzt an Position 1 von 2.`).waitFor();
    await page.getByRole('checkbox', { name: named('Sofort freigeben', EXERCISE_TITLE) }).uncheck();

    await page.getByRole('radio', { name: 'Nur ausgewählte Modelle' }).check();
    await page.getByRole('checkbox', { name: /^Basis/ }).check();
    await page.getByRole('switch', { name: 'Nur Modelle im Haus' }).check();
    // EU-Test is an external service: with "only in-house" its model cannot be chosen, and the page says why.
    expect(await page.getByRole('checkbox', { name: 'mistral-small' }).isDisabled()).toBe(true);
    await page.getByText('Externer Dienst: nicht wählbar, solange „Nur Modelle im Haus“ eingeschaltet ist.').waitFor();
    await page.getByRole('textbox', { name: 'Budget je Team in Euro' }).fill('2,50');
    await page.getByRole('textbox', { name: 'Token-Budget je Team' }).fill('viele');
    await page.getByRole('button', { name: 'Workshop anlegen' }).click();
    await page
      .getByRole('alert')
      .getByText(/Token-Budget je Team: Bitte geben Sie eine ganze Zahl ein/)
      .waitFor();
    await expectAccessible(page, 'Formular ausgefüllt, Token-Budget falsch');

    await page.reload();
    await heading(page, 'Neuen Workshop anlegen');
    await page.getByText('Ihre noch nicht gespeicherten Eingaben sind wiederhergestellt.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(TITLE);
    expect(await page.getByRole('textbox', { name: 'Budget je Team in Euro' }).inputValue()).toBe('2,50');
    const order = await page.locator('pa-exercise-chooser ol li .title').allTextContents();
    expect(order.map((t) => t.trim())).toEqual([`1. ${SECOND_TITLE}`, `2. ${EXERCISE_TITLE}`]);

    await page.getByRole('textbox', { name: 'Token-Budget je Team' }).fill('');
    await page.getByRole('button', { name: 'Workshop anlegen' }).click();
    await heading(page, TITLE);
    expect(page.url()).toMatch(/#\/workshop\/[^/]+$/);
  });

  it('zeigt Code, Link und QR-Code für den Beamer und die Einstellungen', async () => {
    const { page } = trainer;
    const panel = page.locator('pa-join-panel');
    const shown = (await panel.locator('.code').textContent())?.trim() ?? '';
    expect(shown).toMatch(/^[A-Z2-9]{3} [A-Z2-9]{3}$/);
    code = shown.replace(' ', '');
    const link = await page.getByRole('textbox', { name: 'Beitrittslink' }).inputValue();
    expect(link).toMatch(new RegExp(`#/beitreten/${code}$`));
    const qr = page.getByRole('img', { name: `QR-Code mit dem Beitrittslink ${link}` });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const settings = page.locator('pa-settings-summary');
    await settings.getByText('2,50 €').waitFor();
    await settings.getByText(`${EXERCISE_TITLE} (noch nicht freigegeben)`).waitFor();
    await settings.getByText('Nur Modelle im Haus:').waitFor();
    await expectAccessible(page, 'Workshop-Seite ohne Teams');
  });

  it('ändert die Einstellungen: gibt die zurückgehaltene Übung frei', async () => {
    const { page } = trainer;
    await page.getByRole('link', { name: 'Einstellungen bearbeiten' }).click();
    await heading(page, 'Workshop bearbeiten');
    expect(await page.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(TITLE);
    expect(await page.getByRole('textbox', { name: 'Budget je Team in Euro' }).inputValue()).toBe('2,50');
    await page.getByRole('checkbox', { name: named('Sofort freigeben', EXERCISE_TITLE) }).check();
    await page.getByRole('button', { name: 'Änderungen speichern' }).click();
    await heading(page, TITLE);
    await page.locator('pa-settings-summary').getByText(`${EXERCISE_TITLE} (freigegeben)`).waitFor();
  });

  it('schließt den Beitritt und öffnet ihn wieder', async () => {
    const { page } = trainer;
    await page.getByRole('button', { name: 'Beitritt schließen' }).click();
    await page.getByText('Beitritt geschlossen.').waitFor();
    expect(await joinInBrowser(attendee.page, { code, team: 'Team Nord', name: 'Anna Beispiel' })).toBe(403);
    await page.getByRole('button', { name: 'Beitritt öffnen' }).click();
    await page.getByText('Beitritt offen.').waitFor();
  });

  it('sieht ein neues Team live erscheinen, benennt es um und entfernt es', async () => {
    const { page } = trainer;
    expect(await joinInBrowser(attendee.page, { code, team: 'Team Nord', name: 'Anna Beispiel' })).toBe(201);
    await page.getByRole('rowheader', { name: 'Team Nord' }).waitFor();
    await page.getByRole('cell', { name: /Anna Beispiel/ }).waitFor();
    await page.getByText('Neues Team: Team Nord.').waitFor({ state: 'attached' });
    // A second team, joined from elsewhere, takes the name the trainer will try.
    expect(await joinByApi(app, { code, team: 'Team Ost' })).toBe(201);
    await page.getByRole('rowheader', { name: 'Team Ost' }).waitFor();
    await page.getByRole('cell', { name: /ohne Namen/ }).waitFor();

    // A run of Team Nord shows up live, and the trainer can read its prompt.
    const run = await attendee.page.evaluate(async (exercise) => {
      const response = await fetch('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          exercise,
          prompt: { user: 'Entwirf das Anhörungsschreiben.' },
          targets: [{ provider: 'demo:basis' }],
        }),
      });
      return response.status;
    }, 'anhoerung-28-vwvfg');
    expect(run).toBe(201);
    await page.getByRole('button', { name: named('Versuche ansehen', 'Team Nord') }).click();
    const runs = page.getByRole('dialog', { name: 'Versuche von Team Nord' });
    await runs.getByText('1 Versuch', { exact: true }).waitFor();
    await runs.getByText('Prompt von Versuch 1 ansehen').click();
    await runs.getByText('Entwirf das Anhörungsschreiben.').waitFor();
    await expectAccessible(page, 'Versuche eines Teams');
    await runs.getByRole('button', { name: /^Schließen/ }).click();
    expect((await focusedElement(page))?.text).toBe('Versuche ansehen: Team Nord');
    await expectAccessible(page, 'Workshop-Seite mit Teams');

    await page.getByRole('button', { name: named('Umbenennen', 'Team Nord') }).click();
    const dialog = page.getByRole('dialog', { name: 'Team „Team Nord“ umbenennen' });
    await dialog.waitFor();
    const name = dialog.getByRole('textbox', { name: 'Neuer Teamname' });
    await name.fill('team  ost');
    await dialog.getByRole('button', { name: 'Umbenennen' }).click();
    await dialog.getByText(/heißt schon .* Groß- und Kleinschreibung und Leerzeichen zählen dabei nicht/).waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'Umbenennen: Name vergeben');
    await name.fill('Team Süd');
    await dialog.getByRole('button', { name: 'Umbenennen' }).click();
    await page.getByRole('rowheader', { name: 'Team Süd' }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect((await focusedElement(page))?.text).toBe('Umbenennen: Team Süd');

    await page.getByRole('button', { name: named('Team entfernen', 'Team Süd') }).click();
    const confirm = page.getByRole('dialog', { name: 'Team „Team Süd“ entfernen?' });
    await confirm.getByText('sofort abgemeldet', { exact: false }).waitFor();
    await confirm.getByText('Die Versuche des Teams bleiben für die Auswertung gespeichert.').waitFor();
    await confirm.getByRole('button', { name: 'Team entfernen' }).click();
    await page.getByRole('rowheader', { name: 'Team Süd' }).waitFor({ state: 'detached' });
    // The live reload may take the row away a moment before the dialog closes and hands on the focus.
    await confirm.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focusedElement(page))?.text).toBe('Teams (1)');
    const session = await attendee.page.evaluate(async () => (await (await fetch('/api/session')).json()) as unknown);
    expect(session).toEqual({ role: 'none' });
  });

  it('lädt eine Co-Trainerin mit einem Einmal-Link ein', async () => {
    const { page } = trainer;
    await page.getByRole('button', { name: 'Co-Trainerin oder Co-Trainer einladen' }).click();
    const link = page.getByRole('textbox', { name: 'Einladungslink' });
    await link.waitFor();
    expect(await link.inputValue()).toMatch(/#\/einladung\/[A-Za-z0-9_-]{43}$/);
    await page.getByText(/Neuer Einladungslink, gültig bis/).waitFor();
  });

  it('bleibt auf 360 px Breite (wie 200 % Zoom) ohne seitliches Scrollen', async () => {
    const { page } = trainer;
    const workshop = page.url();
    await page.setViewportSize({ width: 360, height: 800 });
    for (const [hash, title] of [
      ['', TITLE],
      ['/bearbeiten', 'Workshop bearbeiten'],
    ] as const) {
      await page.goto(`${workshop}${hash}`);
      await heading(page, title);
      await sleep(200);
      expect(await horizontalOverflow(page), title).toBe(0);
    }
    for (const [hash, title] of [
      ['#/workshops', 'Ihre Workshops'],
      ['#/anbieter', 'Modelle und Anbieter'],
    ] as const) {
      await page.goto(`${app.url}/${hash}`);
      await heading(page, title);
      await sleep(200);
      expect(await horizontalOverflow(page), title).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('löscht den Workshop erst nach Eingabe des Titels', async () => {
    const { page } = trainer;
    await page.goto(`${app.url}/#/workshops`);
    await heading(page, 'Ihre Workshops');
    await page.getByText('1 Team', { exact: true }).waitFor();
    await expectAccessible(page, 'Workshop-Liste');
    await page.getByRole('link', { name: TITLE }).click();
    await heading(page, TITLE);
    await page.getByRole('button', { name: 'Workshop löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Workshop endgültig löschen?' });
    const field = dialog.getByRole('textbox', { name: 'Zur Bestätigung den Titel des Workshops eingeben' });
    await field.fill('falsch');
    await dialog.getByRole('button', { name: 'Workshop löschen' }).click();
    await dialog.getByText(`Bitte geben Sie genau „${TITLE}“ ein.`).waitFor();
    await expectAccessible(page, 'Löschen bestätigen');
    await field.fill(TITLE);
    await dialog.getByRole('button', { name: 'Workshop löschen' }).click();
    await heading(page, 'Ihre Workshops');
    await page.getByText('Sie haben noch keinen Workshop.').waitFor();
  });

  it('löscht die gespeicherten Einstellungen eines Dienstes nach Rückfrage', async () => {
    const { page } = trainer;
    await page.getByRole('link', { name: 'Modelle und Anbieter verwalten' }).click();
    await heading(page, 'Modelle und Anbieter');
    const card = page.locator('pa-provider-card', { has: page.getByRole('heading', { name: 'EU-Test' }) });
    await card.getByRole('button', { name: 'Einstellungen löschen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Einstellungen für EU-Test löschen?' });
    await dialog.getByRole('button', { name: 'Einstellungen löschen' }).click();
    await page.getByRole('heading', { name: 'EU-Test', exact: true }).waitFor({ state: 'detached' });
    // The card goes with the reload; the dialog hands the focus on as it closes, a moment later.
    await expect.poll(async () => (await focusedElement(page))?.text).toBe('Modelle und Anbieter');
    expect(trainer.errors).toEqual([]);
  });
});
