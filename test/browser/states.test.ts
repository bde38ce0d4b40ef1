import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeServer } from '../fakes/core.ts';
import {
  EXERCISE,
  expectAccessible,
  openBrowser,
  replaceUserPrompt,
  startApp,
  startRelay,
  stopApp,
  waitForRunEnd,
  type App,
  type Browser,
  type Relay,
} from './harness.ts';

// The fake accepts only its own key; the endpoint is configured with another one, so every call fails (401).
const brokenEndpoint = (url: string) => ({
  config: {
    endpoints: {
      kaputt: {
        label: 'Landesrechenzentrum',
        base_url: url,
        api_key_env: 'KAPUTT_KEY',
        in_house: true,
        models: [{ id: 'modell-x', label: 'Modell X' }],
      },
    },
  },
  env: { KAPUTT_KEY: 'ein-falscher-schluessel' },
});

describe('Klare Zustände: Anbieterfehler, Abbruch, Verbindungsabbruch, Server weg', () => {
  let fake: FakeServer;
  let app: App;
  let relay: Relay;
  let browser: Browser;

  beforeAll(async () => {
    fake = await startFakeOpenAI({ apiKey: 'der-richtige-schluessel' });
    app = await startApp(brokenEndpoint(fake.url));
    relay = await startRelay(app.port);
    browser = await openBrowser();
    await browser.page.goto(`${relay.url}/#/uebung/${EXERCISE}`);
  });

  afterAll(async () => {
    await browser?.close();
    await relay?.close();
    await stopApp(app);
    await fake?.close();
  });

  it('zeigt den Fehler eines Anbieters in dessen Zellen; die anderen Modelle laufen weiter', async () => {
    const { page } = browser;
    // A real provider is configured: no hint about setting one up.
    await page.getByRole('checkbox', { name: 'Modell X' }).waitFor();
    expect(await page.getByText('Noch kein echter KI-Anbieter eingerichtet.').count()).toBe(0);

    // A new draft starts with the first real model; the demo runs beside it.
    expect(await page.getByRole('checkbox', { name: 'Modell X' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: /Basis/ }).check();
    await page.getByRole('button', { name: /Ausführen/ }).click();
    await waitForRunEnd(page);
    const failed = page.locator('pa-results-matrix .cell-button', { hasText: 'Fehler' });
    expect(await failed.count()).toBe(5);
    expect(await failed.first().locator('.error-text').textContent()).not.toBe('');
    expect(await page.locator('pa-results-matrix .cell-button', { hasText: 'Bestanden' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'Anbieter fällt aus');
    await page.getByRole('checkbox', { name: 'Modell X' }).uncheck();
  });

  it('bricht einen Lauf ab: fertige Ergebnisse bleiben, der Rest ist als nicht ausgeführt markiert', async () => {
    const { page } = browser;
    await replaceUserPrompt(page, 'Abbruch-Test: Antworte auf {{anfrage}} mit Hilfe von {{faq}}.');
    await page.getByRole('button', { name: /Ausführen/ }).click();
    await page.locator('pa-results-matrix .state', { hasText: 'Läuft' }).first().waitFor();
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.locator('pa-run-results .status', { hasText: 'Abgebrochen.' }).waitFor();
    expect(await page.locator('pa-results-matrix .state', { hasText: 'Nicht ausgeführt' }).count()).toBeGreaterThan(0);
    await page.locator('pa-history li', { hasText: 'Abgebrochen' }).first().waitFor();
    // The draft is untouched by the cancelled run.
    expect(await page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toContain('Abbruch-Test');
    await expectAccessible(page, 'Lauf abgebrochen');
  });

  it('übersteht einen Verbindungsabbruch mitten im Lauf ohne doppelte oder fehlende Ergebnisse', async () => {
    const { page } = browser;
    const streams: Promise<Record<string, string>>[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/events')) streams.push(request.allHeaders());
    });
    await replaceUserPrompt(page, 'Verbindungs-Test: Antworte auf {{anfrage}} mit Hilfe von {{faq}}.');
    await page.getByRole('button', { name: /Ausführen/ }).click();
    await page
      .locator('pa-results-matrix .state', { hasText: /Läuft\s+…/ })
      .first()
      .waitFor();
    relay.drop();
    await page.locator('pa-run-results .notice', { hasText: 'Verbindung zum Lauf ist unterbrochen' }).waitFor();
    await expectAccessible(page, 'Verbindung unterbrochen');
    // EventSource reconnects by itself with Last-Event-ID; the stream continues where it broke off.
    await waitForRunEnd(page);
    const headers = await Promise.all(streams);
    expect(headers.length).toBeGreaterThanOrEqual(2);
    expect(Number(headers[1]!['last-event-id'])).toBeGreaterThan(0);
    expect(await page.locator('pa-run-results .status strong').textContent()).toContain('Abgeschlossen');
    expect(await page.locator('pa-results-matrix .cell-button').count()).toBe(5);
    expect(await page.locator('pa-results-matrix tfoot').textContent()).toMatch(/von 5 bestanden/);
  });

  it('meldet einen nicht erreichbaren Server, behält den Entwurf und erholt sich nach „Erneut versuchen“', async () => {
    const { page } = browser;
    const draft = 'Server-weg-Test: {{anfrage}} und {{faq}}';
    await replaceUserPrompt(page, draft);
    await app.stop();
    await page.getByRole('button', { name: /Ausführen/ }).click();
    const banner = page.locator('pa-offline-banner .banner', { hasText: 'Der Server ist nicht erreichbar.' });
    await banner.waitFor();
    expect(await page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toBe(draft);
    await expectAccessible(page, 'Server nicht erreichbar');

    app = await startApp({ ...brokenEndpoint(fake.url), port: app.port, dir: app.dir });
    await page.getByRole('button', { name: 'Erneut versuchen' }).click();
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await expect.poll(() => page.getByRole('textbox', { name: 'Nutzerprompt' }).inputValue()).toBe(draft);
    expect(browser.errors).toEqual([]);
  });
});
