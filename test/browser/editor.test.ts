import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../server/schema/workshop.ts';
import {
  EXERCISE,
  EXERCISE_TITLE,
  expectAccessible,
  focusedElement,
  horizontalOverflow,
  useAppAndBrowsers,
  waitForRunEnd,
  type App,
} from './harness.ts';
import {
  heading,
  joinInBrowser,
  named,
  trainerApi,
  TRAINER_PASSWORD,
  WORKSHOP_APP,
  type TrainerCall,
} from './workshop-harness.ts';

// A trainer who has never written YAML writes an exercise in the browser, checks its cases without a model,
// saves, publishes and puts it into a workshop; an attendee runs it and reads what each check is about.
const ID = 'wohngeld-rueckfrage';
const TITLE = 'Rückfrage zum Wohngeld beantworten';
const TASK = 'Eine Bürgerin fragt, was der **Antrag** auf Wohngeld kostet. Antworten Sie freundlich.';
const USER_PROMPT = 'Beantworte die Anfrage freundlich in der Sie-Form.\n\n{{anfrage}}\n\nGebühren: {{gebuehren}}';
const REFERENCE =
  'Sehr geehrte Frau Beispiel, vielen Dank für Ihre Anfrage. Der Antrag auf Wohngeld ist für Sie kostenlos. ' +
  'Eine Bescheinigung kostet 25 Euro. Bei Fragen erreichen Sie uns im Bürgerbüro. Mit freundlichen Grüßen';
const SIE_FORM = 'Spricht die Person durchgehend mit „Sie“ an';
const FEE = 'Nennt die Gebühr von 25 Euro';
const LENGTH = 'Hat 20 bis 120 Wörter';

describe('Übungen im Browser schreiben', () => {
  const session = useAppAndBrowsers(WORKSHOP_APP, {}, {});
  let app: App;
  let page: Page;
  let trainer: TrainerCall;

  /** A tab by its name; a tab with problems adds their number (", 2 Probleme"). */
  const tab = (name: string) =>
    page.getByRole('tab', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}\\s*(,|$)`) });
  const panel = () => page.locator('[role="tabpanel"]:not([hidden])');
  /** Switches to a tab; its panel is the one shown. */
  async function open(name: string): Promise<Locator> {
    await tab(name).click();
    await panel().getByRole('heading', { level: 2, name }).waitFor();
    return panel();
  }
  const caseGroup = (n: number) => page.getByRole('group', { name: new RegExp(`^Fall ${n}(:|$)`) });
  /** The list of checks for all cases, or for case n. */
  const checks = (n?: number) =>
    page.getByRole('region', { name: n === undefined ? 'Für alle Fälle' : new RegExp(`^Fall ${n}:`) });

  /** Adds a check of `type` to a list and fills in its fields and the sentence attendees read. */
  async function addCheck(list: Locator, type: string, fields: Record<string, string>, description: string) {
    await list.getByRole('button', { name: 'Prüfung hinzufügen' }).click();
    const form = list.getByRole('group', { name: /^Prüfung \d+:/ }).last();
    await form.getByRole('combobox', { name: 'Prüftyp' }).selectOption(type);
    for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('textbox', { name: 'Was die Teilnehmenden lesen' }).fill(description);
  }

  beforeAll(async () => {
    app = session.app;
    page = session.browsers[0]!.page;
    trainer = await trainerApi(app);
    await page.goto(`${app.url}/#/anmelden`);
    await page.getByLabel('Passwort').fill(TRAINER_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await heading(page, 'Ihre Workshops');
  });

  it('führt über „Übungen schreiben“ zu einer neuen Übung', async () => {
    await page.getByRole('link', { name: 'Übungen schreiben' }).click();
    await heading(page, 'Übungen schreiben');
    await page.getByText('Noch keine eigenen Übungen.').waitFor();
    await expectAccessible(page, 'Übungen schreiben, leer');
    await page.getByRole('link', { name: 'Neue Übung schreiben' }).click();
    await heading(page, 'Neue Übung schreiben');
  });

  it('füllt Aufgabe, Dokument, Vorlage und Einstellungen aus', async () => {
    // The tabs work with the arrow keys, as screen reader users expect of tabs.
    await tab('Aufgabe').focus();
    await page.keyboard.press('ArrowRight');
    expect(await tab('Dokumente').getAttribute('aria-selected')).toBe('true');
    expect((await focusedElement(page))?.text).toBe('Dokumente');
    await page.keyboard.press('ArrowLeft');
    let part = await open('Aufgabe');
    await part.getByRole('textbox', { name: 'ID' }).fill(ID);
    await part.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    await part.getByRole('combobox', { name: 'Stufe' }).selectOption('2');
    await part.getByRole('textbox', { name: 'Themen' }).fill('wohngeld, e-mail');
    await part.getByRole('textbox', { name: /^Aufgabe für die Teilnehmenden/ }).fill(TASK);
    // The preview renders the Markdown as attendees see it.
    await part.locator('pa-markdown strong', { hasText: 'Antrag' }).waitFor();
    await expectAccessible(page, 'Editor: Aufgabe');

    part = await open('Dokumente');
    await part.getByRole('button', { name: 'Dokument hinzufügen' }).click();
    await part.getByRole('textbox', { name: 'Name', exact: true }).fill('gebuehren');
    await part
      .getByRole('textbox', { name: 'Inhalt von {{gebuehren}}' })
      .fill('Antrag: kostenlos. Bescheinigung: 25 Euro.');
    await expectAccessible(page, 'Editor: Dokumente');

    part = await open('Vorlage');
    await part.getByRole('textbox', { name: 'Nutzerprompt' }).fill(USER_PROMPT);
    // {{anfrage}} comes from the cases, which do not have it yet.
    await part.getByText('Unbekannt: {{anfrage}}').waitFor();
    await expectAccessible(page, 'Editor: Vorlage');

    part = await open('Einstellungen');
    await part.getByRole('textbox', { name: 'Temperatur' }).fill('0,2');
    await expectAccessible(page, 'Editor: Einstellungen');
  });

  it('legt zwei Testfälle mit Eingaben und Musterlösungen an', async () => {
    const part = await open('Testfälle');
    const first = caseGroup(1);
    await first.getByRole('textbox', { name: 'Beschreibung (freiwillig)' }).fill('Frage nach den Kosten');
    await first.getByRole('textbox', { name: '{{anfrage}}' }).fill('Was kostet der Antrag auf Wohngeld?');
    await first.getByRole('textbox', { name: 'Musterlösung (freiwillig)' }).fill(REFERENCE);
    await part.getByRole('button', { name: 'Fall hinzufügen' }).click();
    const second = caseGroup(2);
    await second.getByRole('textbox', { name: 'Fall-ID' }).fill('fall-bescheinigung');
    await second.getByRole('textbox', { name: '{{anfrage}}' }).fill('Brauche ich eine Bescheinigung?');
    await second.getByRole('textbox', { name: 'Musterlösung (freiwillig)' }).fill(REFERENCE);
    await expectAccessible(page, 'Editor: Testfälle');
  });

  it('vergibt drei Prüfungen verschiedener Typen, mit Sätzen für die Teilnehmenden', async () => {
    await open('Prüfungen');
    await panel().getByRole('textbox', { name: 'Bestehensgrenze' }).fill('0,8');
    await addCheck(checks(), 'sie-form', {}, SIE_FORM);
    await addCheck(checks(1), 'contains', { 'Text (Pflichtangabe)': '25 Euro' }, FEE);
    await addCheck(checks(2), 'word-count', { 'Mindestens Wörter': '20', 'Höchstens Wörter': '120' }, LENGTH);
    // Validation as one types, from the type's own schema.
    const count = checks(2).getByRole('textbox', { name: 'Mindestens Wörter', exact: true });
    await count.fill('zwanzig');
    await checks(2).getByText('Bitte geben Sie eine Zahl ein').waitFor();
    expect(await count.getAttribute('aria-invalid')).toBe('true');
    await count.fill('20');
    await expect.poll(() => count.getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(page, 'Editor: Prüfungen');
  });

  it('passt in ein schmales Fenster (360 px): die Seite scrollt nicht seitlich', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    try {
      for (const name of ['Aufgabe', 'Testfälle', 'Prüfungen', 'Experten (YAML)']) {
        await open(name);
        expect(await horizontalOverflow(page), name).toBe(0);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('behält eine ungespeicherte Eingabe nach dem Neuladen', async () => {
    await page.reload();
    await heading(page, 'Neue Übung schreiben');
    await page.getByText('Ihre noch nicht gespeicherten Eingaben von zuvor sind wiederhergestellt.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(TITLE);
    await open('Prüfungen');
    expect(await checks(1).getByRole('textbox', { name: 'Was die Teilnehmenden lesen' }).inputValue()).toBe(FEE);
  });

  it('zeigt dieselbe Übung als YAML, geprüft nach den Regeln des Servers', async () => {
    const part = await open('Experten (YAML)');
    const evals = part.getByRole('textbox', { name: `evals/${ID}.yaml` });
    const text = await evals.inputValue();
    expect(text).toContain('type: word-count');
    expect(text).toContain(`description: ${FEE}`);
    await part.getByText('Keine Probleme gefunden.').first().waitFor();
    await expectAccessible(page, 'Editor: Experten');
  });

  it('prüft die Testfälle ohne Modell: Musterlösungen bestehen, eine schlechte Antwort scheitert', async () => {
    const part = await open('Testfälle prüfen');
    await part.getByRole('button', { name: 'Beispielantwort hinzufügen' }).click();
    await part.getByRole('textbox', { name: 'Text der Antwort' }).fill('Hallo, das kostet nix. Melde dich einfach.');
    await part.getByRole('button', { name: 'Testfälle prüfen' }).click();
    await part.getByText(/^Geprüft: 2 Fälle/).waitFor();
    expect(await part.getByText(/Die Musterlösung besteht \(/).count()).toBe(2);
    expect(await part.getByText(/Beispielantwort 1 scheitert wie gewünscht/).count()).toBe(2);
    await part.getByRole('table', { name: 'Prüfungen in Fall fall-1' }).getByText(FEE).waitFor();
    await expectAccessible(page, 'Editor: Testfälle prüfen');
  });

  it('legt die Übung an und speichert eine zweite Version, die erst veröffentlicht werden muss', async () => {
    await page.getByRole('button', { name: 'Übung anlegen' }).click();
    await heading(page, `Übung bearbeiten: ${TITLE}`);
    await page.getByText('Version 1, veröffentlicht ist Version 1.').waitFor();

    const part = await open('Aufgabe');
    expect(await part.getByRole('textbox', { name: 'ID' }).getAttribute('readonly')).not.toBeNull();
    await part.getByRole('textbox', { name: /^Aufgabe für die Teilnehmenden/ }).fill(`${TASK} Nennen Sie die Gebühr.`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Als Version 2 gespeichert. Teams arbeiten weiter mit Version 1').waitFor();

    const versions = await open('Versionen');
    await versions.getByRole('button', { name: 'Version 2 veröffentlichen' }).first().click();
    await versions.getByText('Version 2 ist veröffentlicht.').waitFor();
    await versions.getByText('Die neueste Version ist veröffentlicht.').waitFor();
    await expectAccessible(page, 'Editor: Versionen');
  });

  it('lässt die Vorlage zur Probe laufen; Fälle vorschlagen braucht ein echtes Modell', async () => {
    const check = await open('Testfälle prüfen');
    await check.getByRole('button', { name: 'Probelauf starten' }).click();
    await waitForRunEnd(page);
    expect(await check.locator('pa-results-matrix .cell-button').count()).toBe(2);
    await expectAccessible(page, 'Editor: Probelauf');
    const cases = await open('Testfälle');
    expect(
      await cases.getByRole('button', { name: 'Fälle vorschlagen (braucht ein echtes Modell)' }).isDisabled(),
    ).toBe(true);
  });

  it('überschreibt nicht still, was jemand anderes inzwischen gespeichert hat', async () => {
    const files = await trainer<{ prompt: string; evals: string }>('GET', `/api/exercises/${ID}/export`);
    await trainer('PUT', `/api/exercises/${ID}`, { ...files, base_version: 2 });
    const part = await open('Aufgabe');
    await part.getByRole('textbox', { name: 'Titel' }).fill(`${TITLE}!`);
    await page.getByRole('button', { name: 'Speichern' }).click();
    const conflict = page.getByRole('alert').filter({ hasText: 'Inzwischen hat jemand anderes gespeichert' });
    await conflict.getByText('Es gibt schon Version 3').waitFor();
    await conflict.getByRole('button', { name: 'Version 3 ansehen' }).click();
    expect(await conflict.getByRole('textbox', { name: `prompts/${ID}.yaml in Version 3` }).inputValue()).toContain(
      `title: ${TITLE}\n`,
    );
    // One's own text is still there.
    expect(await part.getByRole('textbox', { name: 'Titel' }).inputValue()).toBe(`${TITLE}!`);
    await expectAccessible(page, 'Editor: Konflikt');
    await part.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
    await conflict.getByRole('button', { name: 'Meine Fassung als neue Version speichern' }).click();
    await page.getByText('Als Version 4 gespeichert.').waitFor();
    const versions = await open('Versionen');
    await versions.getByRole('button', { name: 'Version 4 veröffentlichen' }).first().click();
    await versions.getByText('Version 4 ist veröffentlicht.').waitFor();
  });

  it('listet die eigene Übung; ein Import mit Fehlern nennt Datei, Zeile und Feld', async () => {
    await page.getByRole('link', { name: '← Übungen schreiben' }).click();
    await heading(page, 'Übungen schreiben');
    await page.getByRole('link', { name: TITLE, exact: true }).waitFor();
    await page.getByText('Version 4, veröffentlicht').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: named('Dateien herunterladen (ZIP)', TITLE) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${ID}.zip`);
    await page.getByText('Oder den Text der Dateien einfügen').click();
    await page
      .getByRole('textbox', { name: 'Inhalt von prompts/<id>.yaml' })
      .fill('id: kaputt\ntitle: Kaputt\nlevel: 9\ntask: x\nstarter:\n  user: Hallo\n');
    await page.getByRole('textbox', { name: 'Inhalt von evals/<id>.yaml' }).fill('exercise: kaputt\ncases: []\n');
    await page.getByRole('button', { name: 'Eingefügten Text importieren' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Nicht importiert' });
    await problems.getByText(/^prompts\/kaputt\.yaml:3 level: /).waitFor();
    await problems.getByText(/^evals\/kaputt\.yaml:2 cases: /).waitFor();
    await expectAccessible(page, 'Übungen schreiben, Import mit Fehlern');
  });

  it('bietet in der Übersicht das Bearbeiten eigener und das Kopieren aller Übungen an', async () => {
    await page.getByRole('link', { name: 'Übungen', exact: true }).click();
    await heading(page, 'Übungen');
    await page.getByRole('link', { name: named('Bearbeiten', TITLE) }).waitFor();
    await page.getByRole('link', { name: named('Als Kopie bearbeiten', EXERCISE_TITLE) }).click();
    await heading(page, `Als Kopie bearbeiten: ${EXERCISE_TITLE}`);
    expect(await page.getByRole('textbox', { name: 'Neue ID' }).inputValue()).toBe(`${EXERCISE}-kopie`);
    await expectAccessible(page, 'Als Kopie bearbeiten');
    await page.getByRole('button', { name: 'Kopie anlegen und bearbeiten' }).click();
    await heading(page, `Übung bearbeiten: ${EXERCISE_TITLE} (Kopie)`);
  });

  it('eine Teilnehmerin bearbeitet die Übung im Workshop und liest die Sätze der Prüfungen', async () => {
    const workshop = await trainer<Workshop>('POST', '/api/workshops', {
      title: 'Wohngeld-Werkstatt',
      exercises: [ID],
      released: [ID],
      runs_per_minute: null,
    });
    const attendee = session.browsers[1]!.page;
    await attendee.goto(app.url);
    await heading(attendee, 'Einem Workshop beitreten');
    expect(await joinInBrowser(attendee, { code: workshop.code, team: 'Team Nord', name: 'Anna' })).toBe(201);
    await attendee.reload();
    await heading(attendee, 'Übungen');
    await attendee.getByRole('link', { name: TITLE }).click();
    await heading(attendee, TITLE);
    await attendee.getByRole('button', { name: /Ausführen/ }).click();
    await waitForRunEnd(attendee);
    await attendee.locator('pa-results-matrix .cell-button').first().click();
    const dialog = attendee.getByRole('dialog');
    const text = await dialog.locator('ul.assertions').textContent();
    for (const sentence of [SIE_FORM, FEE]) expect(text).toContain(sentence);
    expect(text).not.toContain('sie-form');
    for (const { errors } of session.browsers) expect(errors).toEqual([]);
  });
});
