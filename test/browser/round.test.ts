import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../web/src/api/types.ts';
import { EXERCISE, EXERCISE_TITLE, expectAccessible, useAppAndBrowsers, type App, type Browser } from './harness.ts';
import { heading, joinInBrowser, named, trainerApi, TRAINER_PASSWORD, WORKSHOP_APP } from './workshop-harness.ts';

// The round as the room lives it: the trainer presses the buttons of the live overview in her browser, and two
// teams, each at a computer of its own, see their views change without reloading.
const TITLE = 'Prompt-a-thon im Standesamt';
const SECOND = 'posteingang-zuordnen';
const SECOND_TITLE = 'Posteingang der richtigen Abteilung zuordnen';
const HIDDEN_CASE = 'Gefragtes ist kein Sperrmüll; die FAQ sagt nicht, wohin damit';
const LOCKED = 'Diese Übung ist gesperrt: Sie können Ihre Versuche ansehen, aber keine neuen starten.';

describe('Die Trainerin steuert die Runde, zwei Teams sehen zu', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {}, {});
  let app: App;
  let trainer: Page;
  let teams: Page[];
  let workshop: Workshop;

  /** The trainer presses a button of an exercise's row, confirming when asked. */
  async function press(action: string, title: string): Promise<void> {
    await trainer.getByRole('button', { name: named(action, title) }).click();
  }

  beforeAll(async () => {
    app = session.app;
    const [first, ...others] = session.browsers as Browser[];
    trainer = first!.page;
    teams = others.map((b) => b.page);
    workshop = await (
      await trainerApi(app)
    )<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE, SECOND],
      released: [EXERCISE],
      runs_per_minute: null,
    });
    await trainer.goto(`${app.url}/#/anmelden`);
    await trainer.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await trainer.getByRole('button', { name: 'Anmelden' }).click();
    await heading(trainer, 'Ihre Workshops');
    await trainer.goto(`${app.url}/#/workshop/${workshop.id}/live`);
    await heading(trainer, `Live-Übersicht: ${TITLE}`);
    for (const [page, team] of teams.map((p, i) => [p, i === 0 ? 'Team Nord' : 'Team Süd'] as const)) {
      await page.goto(app.url);
      await heading(page, 'Einem Workshop beitreten');
      expect(await joinInBrowser(page, { code: workshop.code, team })).toBe(201);
      await page.reload();
      await heading(page, 'Übungen');
    }
  });

  it('gibt eine Übung frei: sie erscheint bei beiden Teams', async () => {
    for (const page of teams) expect(await page.getByRole('link', { name: SECOND_TITLE }).count()).toBe(0);
    await press('Freigeben', SECOND_TITLE);
    for (const page of teams) await page.getByRole('link', { name: SECOND_TITLE }).waitFor();
    await expectAccessible(teams[0]!, 'Übungen nach der Freigabe');
  });

  it('sperrt eine Übung: beide Arbeitsplätze nehmen keine Läufe mehr an', async () => {
    for (const page of teams) {
      await page.getByRole('link', { name: EXERCISE_TITLE }).click();
      await heading(page, EXERCISE_TITLE);
      await page.getByRole('button', { name: /Ausführen/ }).waitFor();
    }
    await press('Sperren', EXERCISE_TITLE);
    for (const page of teams) {
      await page.getByText(LOCKED).waitFor();
      expect(await page.getByRole('button', { name: /Ausführen/ }).count()).toBe(0);
    }
    await expectAccessible(teams[1]!, 'Arbeitsplatz gesperrt');
  });

  it('deckt die verborgenen Fälle auf: beide Teams sehen sie, als „war verborgen“ gekennzeichnet', async () => {
    for (const page of teams) expect(await page.getByText(HIDDEN_CASE).count()).toBe(0);
    await press('Aufdecken', EXERCISE_TITLE);
    await trainer
      .getByRole('dialog', { name: `„${EXERCISE_TITLE}“ aufdecken?` })
      .getByRole('button', { name: 'Aufdecken' })
      .click();
    for (const page of teams) {
      await page.locator('pa-context-docs summary', { hasText: `${HIDDEN_CASE} (war verborgen)` }).waitFor();
    }
    await expectAccessible(teams[0]!, 'Arbeitsplatz aufgedeckt');
    for (const b of session.browsers) expect(b.errors).toEqual([]);
  });
});
