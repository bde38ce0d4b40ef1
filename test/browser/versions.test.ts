import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../web/src/api/types.ts';
import { EXERCISE, expectAccessible, useAppAndBrowsers } from './harness.ts';
import { heading, joinInBrowser, runAsTeam, teamApi, trainerApi, WORKSHOP_APP } from './workshop-harness.ts';

// A trainer's own exercise changes between two attempts of a team: history and comparison say so.
const COPY = 'sperrmuell-eigene-fassung';

describe('attempts on two versions of an exercise', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {});

  it('are marked in the history, and the comparison says the versions differ', async () => {
    const { app } = session;
    const page = session.browsers[0]!.page;
    const trainer = await trainerApi(app);
    await trainer('POST', `/api/exercises/${EXERCISE}/copy`, { id: COPY, title: 'Sperrmüll, eigene Fassung' });
    const workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: 'Fassungen',
      exercises: [COPY],
      runs_per_minute: null,
    });
    await page.goto(app.url);
    expect(await joinInBrowser(page, { code: workshop.code, team: 'Team Nord' })).toBe(201);
    const team = await teamApi(app, { code: workshop.code, team: 'Team Nord' });
    await runAsTeam(team, COPY, 'Antworte freundlich.\n\n{{anfrage}}');

    const files = await trainer<{ prompt: string; evals: string }>('GET', `/api/exercises/${COPY}/export`);
    const prompt = files.prompt.replace(/^title: .*$/m, 'title: Sperrmüll, zweite Fassung');
    await trainer('PUT', `/api/exercises/${COPY}`, { ...files, prompt, base_version: 1 });
    await trainer('POST', `/api/exercises/${COPY}/publish`, { version: 2 });
    await runAsTeam(team, COPY, 'Antworte freundlich in der Sie-Form.\n\n{{anfrage}}');

    await page.goto(`${app.url}/#/uebung/${COPY}`);
    await page.reload();
    await heading(page, 'Sperrmüll, zweite Fassung');
    // The history names each attempt's version.
    await page.getByText(/Fassung 2 der Übung/).waitFor();
    await page.getByText(/Fassung 1 der Übung/).waitFor();

    const runs = await team<{ id: string }[]>('GET', `/api/exercises/${COPY}/runs`);
    await page.goto(`${app.url}/#/uebung/${COPY}/vergleich/${runs[1]!.id}/${runs[0]!.id}`);
    await heading(page, /vergleichen/);
    await page
      .getByText(/verschiedenen Fassungen der Übung \(Versuch 1: Fassung 1,\s*Versuch 2: Fassung 2\)/)
      .waitFor();
    await expectAccessible(page, 'Vergleich über zwei Fassungen');
  });
});
