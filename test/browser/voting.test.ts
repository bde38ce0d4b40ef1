import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Ballot, Gallery, VoteResults, Workshop } from '../../web/src/api/types.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  useAppAndBrowsers,
  type App,
  type Browser,
} from './harness.ts';
import {
  heading,
  joinInBrowser,
  named,
  runAsTeam,
  teamApi,
  trainerApi,
  TRAINER_PASSWORD,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// The blind vote after a round: three teams have entries; two attendees of different teams judge pairs of answers
// at the same time in their own browsers, never their own team's; the trainer's results count every vote.
const TITLE = 'Prompt-a-thon im Rathaus';
const TEAMS: readonly [string, string][] = [
  ['Team Nord', 'Beantworte die E-Mail freundlich in der Sie-Form.\n\n{{anfrage}}\n\n{{faq}}'],
  ['Team Süd', 'Antworte kurz.\n\n{{anfrage}}\n\n{{faq}}'],
  ['Team Ost', 'Antworte.\n\n{{anfrage}}'],
];
const CHOICES = ['A ist besser', 'B ist besser', 'Gleich gut', 'Beide schwach'];
const THANKS = 'Danke, Sie haben alle Paare bewertet.';
/** The next pair shows within moments; a busy machine may take longer. */
const SOON = { timeout: 10_000 };

interface Attendee {
  page: Page;
  team: string;
  /** Every ballot the server handed this attendee's page. */
  ballots: Ballot[];
}

/** Records the ballots the page receives (loaded, or the answer to a vote). */
function recordBallots(page: Page, ballots: Ballot[]): void {
  page.on('response', async (response) => {
    if (!/\/voting\/ballot(s\/[^/]+)?$/.test(new URL(response.url()).pathname) || !response.ok()) return;
    // A reload may cut the answer short; the page then loads the ballot again.
    const ballot = (await response.json().catch(() => undefined)) as Ballot | undefined;
    if (ballot) ballots.push(ballot);
  });
}

/** The pair on screen: its heading "Paar n von m". */
const pairHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Paar \d+ von \d+$/ });

const plain = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The answers A and B as the page shows them, and as the newest ballot the page received has them. */
async function answers(page: Page, ballots: readonly Ballot[]) {
  const shown = page.locator('pa-voting-page .answer pa-markdown :is(.md, .plain)');
  const last = ballots.at(-1);
  return {
    shown: (await shown.allInnerTexts()).map(plain),
    sent: last?.status === 'open' ? [plain(last.a), plain(last.b)] : [],
  };
}

/**
 * Judges every pair, one choice after the other, until the thanks show; answers how many it judged. Each pair on
 * screen is the one the server sent (so the ballots recorded are what the attendee saw).
 */
async function voteAll({ page, ballots }: Attendee): Promise<number> {
  let judged = 0;
  while ((await page.getByRole('heading', { name: THANKS }).count()) === 0) {
    await expect
      .poll(async () => {
        const { shown, sent } = await answers(page, ballots);
        return shown.length === 2 && shown.join('|') === sent.join('|');
      }, SOON)
      .toBe(true);
    const before = await pairHeading(page).textContent();
    await page.getByRole('button', { name: CHOICES[judged % CHOICES.length]!, exact: true }).click();
    judged++;
    await expect
      .poll(
        async () =>
          (await page.getByRole('heading', { name: THANKS }).count()) > 0
            ? 'done'
            : await pairHeading(page).textContent(),
        SOON,
      )
      .not.toBe(before);
  }
  return judged;
}

describe('Blinde Abstimmung über eine gesperrte Übung', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {}, {});
  let app: App;
  let trainerPage: Page;
  let trainer: TrainerCall;
  let workshop: Workshop;
  let attendees: Attendee[];
  /** Per team: every answer of its entry. */
  const outputs = new Map<string, Set<string>>();
  let judged: number[] = [];

  beforeAll(async () => {
    app = session.app;
    const [first, ...others] = session.browsers as Browser[];
    trainerPage = first!.page;
    trainer = await trainerApi(app);
    workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: TITLE,
      exercises: [EXERCISE],
      runs_per_minute: null,
    });
    attendees = others.map(({ page }, i) => ({ page, team: TEAMS[i]![0], ballots: [] }));
    for (const [{ page, team, ballots }, name] of attendees.map((a, i) => [a, i === 0 ? 'Anna' : 'Ben'] as const)) {
      recordBallots(page, ballots);
      await page.goto(app.url);
      await heading(page, 'Einem Workshop beitreten');
      expect(await joinInBrowser(page, { code: workshop.code, team, name })).toBe(201);
      await page.reload();
      await heading(page, 'Übungen');
    }
    await trainerPage.goto(`${app.url}/#/anmelden`);
    await trainerPage.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await trainerPage.getByRole('button', { name: 'Anmelden' }).click();
    await heading(trainerPage, 'Ihre Workshops');
    await trainerPage.goto(`${app.url}/#/workshop/${workshop.id}/auswertung`);
    await heading(trainerPage, `Auswertung: ${TITLE}`);
  });

  it('drei Teams geben ab; erst die gesperrte Übung lässt sich zur Abstimmung öffnen', async () => {
    for (const [team, prompt] of TEAMS) {
      await runAsTeam(await teamApi(app, { code: workshop.code, team }), EXERCISE, prompt);
    }
    await trainerPage.getByText('Erst möglich, wenn die Übung gesperrt ist.').waitFor();
    // Revealed (and so locked): the gallery tells each team's answers, to check the ballots against.
    await trainer('POST', `/api/workshops/${workshop.id}/exercises/${EXERCISE}/reveal`);
    const gallery = await trainer<Gallery>('GET', `/api/workshops/${workshop.id}/gallery/${EXERCISE}`);
    for (const entry of gallery.entries) {
      outputs.set(entry.team, new Set(entry.outputs.flatMap((o) => (o.output === null ? [] : [o.output]))));
    }
    // No answer of one team is another's: a ballot's text tells whose it is.
    for (const [team, own] of outputs) {
      for (const [other, theirs] of outputs)
        if (other !== team) expect([...own].filter((o) => theirs.has(o))).toEqual([]);
    }

    await trainerPage.getByRole('button', { name: named('Abstimmung öffnen', EXERCISE_TITLE) }).click();
    await trainerPage.getByText('Die Abstimmung läuft: Die Teilnehmenden finden sie unter „Abstimmen“.').waitFor();
    expect((await focusedElement(trainerPage))?.text).toMatch(/^Abstimmung schließen/);
    for (const { page } of attendees) {
      await page.getByText('Die Abstimmung läuft.').waitFor();
      await page.getByRole('link', { name: 'Jetzt abstimmen' }).click();
      await heading(page, 'Abstimmen');
      await pairHeading(page).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Antwort A' }).waitFor();
      await page.getByRole('heading', { level: 3, name: 'Antwort B' }).waitFor();
      await page.getByText(/^0 von \d+ Paaren bewertet$/).waitFor();
    }
    await expectAccessible(attendees[0]!.page, 'Abstimmen: erstes Paar');
  });

  it('ein Neuladen behält das Paar; die Tastatur bewertet, der Fokus geht zum nächsten Paar', async () => {
    const { page, ballots } = attendees[0]!;
    const pending = ballots.at(-1)!;
    expect(pending.status).toBe('open');
    await page.reload();
    await heading(page, 'Abstimmen');
    await expect.poll(() => ballots.length, SOON).toBeGreaterThan(1);
    expect(ballots.at(-1)).toEqual(pending);
    await expect.poll(() => pairHeading(page).textContent(), SOON).toBe('Paar 1 von 5');

    await page.getByRole('button', { name: 'Gleich gut', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => pairHeading(page).textContent(), SOON).toBe('Paar 2 von 5');
    expect((await focusedElement(page))?.text).toBe('Paar 2 von 5');
    await page
      .getByRole('status')
      .filter({ hasText: 'Ihre Bewertung ist gespeichert.' })
      .waitFor({ state: 'attached' });
    await page.getByText('1 von 5 Paaren bewertet').waitFor();
  });

  it('beide stimmen zugleich ab und sehen nie die Antwort ihres eigenen Teams', async () => {
    judged = await Promise.all(attendees.map(voteAll));
    for (const { page, team, ballots } of attendees) {
      await page.getByRole('heading', { name: THANKS }).waitFor();
      expect((await focusedElement(page))?.text).toBe(THANKS);
      const shown = ballots.flatMap((b) => (b.status === 'open' ? [b.a, b.b] : []));
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.filter((text) => outputs.get(team)!.has(text))).toEqual([]);
      expect(ballots.at(-1)).toMatchObject({ status: 'done', voted: 5 });
    }
    // Anna judged one pair before.
    expect(judged).toEqual([4, 5]);
    await expectAccessible(attendees[1]!.page, 'Abstimmen: alle Paare bewertet');
  });

  it('die Trainerin sieht jede Stimme in den Ergebnissen, live', async () => {
    const results = await trainer<VoteResults>('GET', `/api/workshops/${workshop.id}/exercises/${EXERCISE}/votes`);
    expect(results.votes).toBe(10);
    expect(results.voters).toBe(2);
    await trainerPage.locator('pa-vote-results').getByText('10 Stimmen von 2 Personen.').waitFor();
    const table = trainerPage.getByRole('table', {
      name: `Rangfolge nach Prüfungen und nach Stimmen: ${EXERCISE_TITLE}`,
    });
    for (const [team] of TEAMS) await table.getByRole('rowheader', { name: team }).waitFor();
    await trainerPage.getByRole('heading', { level: 3, name: 'Prüfungen und Stimmen im Vergleich' }).waitFor();
    await expectAccessible(trainerPage, 'Auswertung mit Ergebnis der Abstimmung');
  });

  it('schließt die Abstimmung: die Teilnehmenden erfahren es ohne Neuladen', async () => {
    await trainerPage.getByRole('button', { name: named('Abstimmung schließen', EXERCISE_TITLE) }).click();
    await trainerPage.getByText('Keine Abstimmung offen.').waitFor();
    for (const { page } of attendees) await page.getByText('Die Abstimmung ist geschlossen.').waitFor();
    await expectAccessible(attendees[0]!.page, 'Abstimmung geschlossen');
    for (const b of session.browsers) expect(b.errors).toEqual([]);
  });
});
