import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { EXERCISE_TITLE, focusedElement, useAppAndBrowser, waitForRunEnd } from './harness.ts';

type Focused = NonNullable<Awaited<ReturnType<typeof focusedElement>>>;

/** Presses Tab until `wanted` holds for the focused element; every stop on the way must show its focus. */
async function tabTo(page: Page, wanted: (focused: Focused) => boolean, maxPresses = 60): Promise<Focused> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedElement(page);
    if (!focused) continue;
    expect(focused.outline, `sichtbarer Fokus auf <${focused.tag}> "${focused.text.slice(0, 40)}"`).not.toBe('none');
    if (wanted(focused)) return focused;
  }
  throw new Error('Ziel per Tab nicht erreicht');
}

describe('Alles geht mit der Tastatur', () => {
  const session = useAppAndBrowser();

  it('Tab, Enter, Strg+Enter und Esc: Übung öffnen, Lauf starten, Detail öffnen und schließen', async () => {
    const { page } = session.browser;
    await page.goto(session.app.url);
    await page.getByRole('heading', { level: 1, name: 'Übungen' }).waitFor();

    const skip = await tabTo(page, () => true);
    expect(skip.text).toBe('Zum Inhalt springen');
    await tabTo(page, (f) => f.tag === 'a' && f.text === EXERCISE_TITLE);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: EXERCISE_TITLE }).waitFor();
    // After the page change the focus sits on the new page's heading.
    await expect.poll(async () => (await focusedElement(page))?.tag).toBe('h1');

    await tabTo(page, (f) => f.tag === 'textarea' && f.label === 'Nutzerprompt');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nBitte antworten Sie in der Sie-Form.');
    await page.keyboard.press('Control+Enter');
    await page.locator('pa-results-matrix').waitFor();
    await waitForRunEnd(page);

    const cell = await tabTo(page, (f) => f.tag === 'button' && f.text.includes('Details anzeigen'));
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    expect((await focusedElement(page))?.inDialog).toBe(true);
    // The modal dialog keeps the focus inside, however often Tab is pressed.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusedElement(page);
      if (focused?.tag !== 'body') expect(focused?.inDialog).toBe(true);
    }
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const back = await focusedElement(page);
    expect(back?.tag).toBe('button');
    expect(back?.text).toBe(cell.text);
    expect(session.browser.errors).toEqual([]);
  });
});
