import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { recordsApi } from '../../api/records.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { LibrarySelection, LibraryView, ProviderInfo } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { attemptStyles } from '../attempt.ts';
import { checkField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { libraryEntry, type LibraryEntry } from './pa-library-entry.ts';

const selection = (view: LibraryView): LibrarySelection => ({
  picks: view.exercises.flatMap((x) =>
    x.entries.filter((e) => e.picked).map((e) => ({ exercise: x.exercise, team_id: e.team_id })),
  ),
  anonymous: view.anonymous,
});

/**
 * The prompt library: the trainer picks, per revealed exercise, the teams' entries that other offices may reuse,
 * and whether the files name the teams. Every change is saved at once; the Markdown and ZIP files hold what is saved.
 */
export class PaLibrary extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    view: { state: true },
    providers: { state: true },
    error: { state: true },
    saveError: { state: true },
    status: { state: true },
  };

  declare workshopId: string;
  /** What the page shows: the server's answer with the trainer's newest choices, saved or not. */
  declare view: LibraryView | undefined;
  declare providers: ProviderInfo[];
  declare error: string;
  /** The last save failed: the choices stay on the page, the next change or "Noch einmal speichern" sends them. */
  declare saveError: string;
  declare status: string;

  private saving = false;
  /** Changed while a save was under way: send again once it is done, so the newest choice is the one saved. */
  private changedMeanwhile = false;

  constructor() {
    super();
    this.providers = [];
    this.error = '';
    this.saveError = '';
    this.status = '';
    new ReloadOnReconnect(this, () => {
      if (this.saveError) void this.save();
      else if (this.error) void this.load();
    });
  }

  static override styles = [
    baseStyles,
    formStyles,
    attemptStyles,
    css`
      section {
        margin-top: 2rem;
      }
      .downloads {
        padding-left: 1.2rem;
        margin: 0;
      }
      .downloads li + li {
        margin-top: 0.35rem;
      }
      .cards .check {
        margin: 0 0 0.5rem;
      }
      /* Where the page was changed may be far down: whether it was saved stays in sight. */
      .save-state {
        position: sticky;
        bottom: 0;
        margin-top: 1rem;
      }
      .save-state .saved {
        display: inline-block;
        margin: 0;
        padding: 0.25rem 0.75rem;
        background: var(--pa-ok-soft);
        border: 1px solid var(--pa-ok);
        border-radius: var(--pa-radius);
      }
      .save-state .saved:empty {
        display: none;
      }
      .save-state .notice {
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      [this.view, this.providers] = await Promise.all([recordsApi.library(this.workshopId), trainerApi.providers()]);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  private change(view: LibraryView): void {
    this.view = view;
    void this.save();
  }

  private pick(exercise: string, teamId: string, picked: boolean): void {
    const view = this.view!;
    const mark = (e: LibraryEntry) => (e.team_id === teamId ? { ...e, picked } : e);
    this.change({
      ...view,
      exercises: view.exercises.map((x) => (x.exercise === exercise ? { ...x, entries: x.entries.map(mark) } : x)),
    });
  }

  /** Saves the page's choices; one request at a time, the last one with the newest choices. */
  private async save(): Promise<void> {
    if (this.saving) {
      this.changedMeanwhile = true;
      return;
    }
    this.saving = true;
    // Emptied first, so that every save says "Gespeichert." anew.
    this.status = '';
    do {
      this.changedMeanwhile = false;
      try {
        const saved = await recordsApi.saveLibrary(this.workshopId, selection(this.view!));
        this.saveError = '';
        if (!this.changedMeanwhile) {
          this.view = saved;
          this.status = 'Gespeichert.';
        }
      } catch (error) {
        this.saveError = `Ihre Auswahl wurde nicht gespeichert. ${errorMessage(error)} Sie bleibt auf dieser Seite erhalten.`;
      }
    } while (this.changedMeanwhile);
    this.saving = false;
  }

  override render() {
    const view = this.view;
    return html`
      <p><a href=${routeHref({ name: 'evaluation', id: this.workshopId })}>Zurück zur Auswertung</a></p>
      <h1 tabindex="-1">Prompt-Bibliothek zusammenstellen</h1>
      <p>
        Die Prompt-Bibliothek sammelt die gelungensten Prompts dieses Workshops für andere Verwaltungen zum
        Wiederverwenden.
      </p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${view ? this.renderLibrary(view) : this.error ? nothing : html`<p>Wird geladen …</p>`}
      <div class="save-state">
        <p class="saved" role="status">${this.status}</p>
        ${
          this.saveError
            ? html`<div class="notice error" role="alert">
                <span>${this.saveError}</span>
                <button type="button" @click=${() => void this.save()}>Noch einmal speichern</button>
              </div>`
            : nothing
        }
      </div>
    `;
  }

  private renderLibrary(view: LibraryView) {
    return html`
      <section class="panel" aria-labelledby="files-heading">
        <h2 id="files-heading">Dateien der Bibliothek</h2>
        ${checkField({
          id: 'anonymous',
          field: 'anonymous',
          label: 'Teamnamen weglassen',
          hint: 'Die Dateien nennen dann statt der Teams nur „Beitrag 1“, „Beitrag 2“ und so weiter.',
          checked: view.anonymous,
          switch: true,
          onChange: (anonymous) => this.change({ ...view, anonymous }),
        })}
        <ul class="downloads">
          <li>
            <a href=${recordsApi.exportUrl(this.workshopId, 'library.md')} download>Bibliothek als Markdown</a>: alle
            ausgewählten Prompts in einem Dokument, zum Lesen und Weitergeben
          </li>
          <li>
            <a href=${recordsApi.exportUrl(this.workshopId, 'library.zip')} download>Prompt-Dateien als ZIP</a>: jeder
            Prompt als Datei im Format der Übungen, zum Weiterverwenden in der Sandbox
          </li>
        </ul>
      </section>
      ${
        view.exercises.length
          ? view.exercises.map((x, i) => this.renderExercise(x, i))
          : html`<p class="notice">
              Noch ist keine Übung aufgedeckt. Sobald Sie die verborgenen Fälle einer Übung aufdecken, erscheinen hier
              die Beiträge der Teams.
            </p>`
      }
    `;
  }

  private renderExercise(exercise: LibraryView['exercises'][number], index: number) {
    const headingId = `exercise-${index}`;
    return html`<section aria-labelledby=${headingId}>
      <h2 id=${headingId}>${exercise.title}</h2>
      ${
        exercise.entries.length
          ? html`<ul class="cards">
              ${exercise.entries.map(
                (entry, j) =>
                  html`<li>
                    ${libraryEntry(exercise, entry, this.providers, `pick-${index}-${j}`, (picked) =>
                      this.pick(exercise.exercise, entry.team_id, picked),
                    )}
                  </li>`,
              )}
            </ul>`
          : html`<p>Kein Team hat zu dieser Übung einen Beitrag.</p>`
      }
    </section>`;
  }
}

customElements.define('pa-library', PaLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'pa-library': PaLibrary;
  }
}
