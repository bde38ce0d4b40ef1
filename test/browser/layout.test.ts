import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXERCISE,
  expectAccessible,
  horizontalOverflow,
  openBrowser,
  seedRun,
  startApp,
  stopApp,
  type App,
  type Browser,
} from './harness.ts';

// WCAG 1.4.10 (reflow): 360 px wide phones, and 200 % zoom of a 1280 × 900 window (= 640 × 450 CSS pixels).
// Two models need about 530 px: on the phone the matrix scrolls inside its region, at 640 px it fits.
const VIEWPORTS = [
  { name: '360 px', width: 360, height: 740, scale: 1, matrixScrolls: true },
  { name: '200 % Zoom', width: 640, height: 450, scale: 2, matrixScrolls: false },
];

describe.each(VIEWPORTS)('Layout bei $name', ({ name, width, height, scale, matrixScrolls }) => {
  let app: App;
  let browser: Browser;
  let runs: string[];

  beforeAll(async () => {
    app = await startApp();
    runs = [
      await seedRun(app, { user: 'Beantworte die E-Mail.\n\n{{anfrage}}\n\n{{faq}}' }),
      await seedRun(app, { user: 'Beantworte die E-Mail höflich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}' }),
    ];
    browser = await openBrowser({ width, height, scale });
  });

  afterAll(async () => {
    await browser?.close();
    await stopApp(app);
  });

  it('Katalog: kein seitliches Scrollen, keine Barrieren', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await page.locator('pa-exercise-card').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, `Katalog, ${name}`);
  });

  it('Arbeitsplatz mit Ergebnissen: nur die Matrix scrollt seitlich, in ihrem eigenen Bereich', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/#/uebung/${EXERCISE}/lauf/${runs[1]}`);
    const region = page.getByRole('region', { name: 'Ergebnisse je Fall und Modell' });
    await page.locator('pa-results-matrix .cell-button').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(matrixScrolls);
    await expectAccessible(page, `Arbeitsplatz, ${name}`);

    await page.locator('pa-results-matrix .cell-button').first().click();
    await page.getByRole('dialog').waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, `Detail, ${name}`);
    await page.keyboard.press('Escape');
  });

  it('Vergleich: kein seitliches Scrollen, keine Barrieren', async () => {
    const { page } = browser;
    await page.goto(`${app.url}/#/uebung/${EXERCISE}/vergleich/${runs[0]}/${runs[1]}`);
    await page.getByRole('heading', { name: 'Punkte je Fall' }).waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await expectAccessible(page, `Vergleich, ${name}`);
    expect(browser.errors).toEqual([]);
  });
});
