import { html, LitElement, nothing } from 'lit';
import { authoringApi, type AssertionType } from '../../api/authoring.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import type { FileProblem, ProviderInfo } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { navigate, routeHref } from '../../state/router.ts';
import { findField } from '../forms/error-summary.ts';
import type { FieldErrors } from '../forms/field-errors.ts';
import { text, valueAt } from './editor-model.ts';
import { restoredNotice, saveProblems, setAsideNotice } from './editor-notices.ts';
import { renderPanel } from './editor-panels.ts';
import { EditorState, type SaveOutcome } from './editor-state.ts';
import { editorStyles } from './editor-styles.ts';
import { tabList, tabOf, TABS, type TabId } from './editor-tabs.ts';
import type { PaEditorYaml } from './pa-editor-yaml.ts';
import './pa-save-conflict.ts';

/** What a freshly created exercise's editor says once (the page is new after the creation). */
let created: number | undefined;

/**
 * The exercise editor (trainers): a new exercise (no `exerciseId`) or a new version of one's own. Tabs for the
 * brief, documents, starter, settings, cases and checks edit the same two files as the expert tab; everything
 * typed is kept in the browser until it is saved, and a save never silently overwrites someone else's.
 */
export class PaExerciseEditor extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    tab: { state: true },
    loaded: { state: true },
    loadError: { state: true },
    providers: { state: true },
    types: { state: true },
    typesError: { state: true },
    outcome: { state: true },
    notice: { state: true },
    attempted: { state: true },
  };

  declare exerciseId: string | undefined;
  declare tab: TabId;
  declare loaded: boolean;
  declare loadError: string;
  declare providers: ProviderInfo[];
  declare types: AssertionType[] | undefined;
  declare typesError: string;
  /** How the last save went; undefined before the first. */
  declare outcome: SaveOutcome | undefined;
  /** What the page says about the last action (read out). */
  declare notice: string;
  /** The trainer has tried to save: from now on empty fields are flagged too. */
  declare attempted: boolean;

  private state!: EditorState;

  constructor() {
    super();
    this.tab = 'task';
    this.loaded = false;
    this.loadError = '';
    this.providers = [];
    this.typesError = '';
    this.notice = '';
    this.attempted = false;
    new ReloadOnReconnect(this, () => {
      if (this.loadError) void this.load();
      if (this.typesError) void this.loadTypes();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 's' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.save();
      }
    });
  }

  static override styles = editorStyles;

  override connectedCallback(): void {
    super.connectedCallback();
    this.state = new EditorState(this, this.exerciseId);
    void this.load();
    void this.loadTypes();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.state.dispose();
  }

  private async load(): Promise<void> {
    try {
      const [providers] = await Promise.all([api.providers(), this.state.load()]);
      this.providers = providers;
      this.loaded = true;
      this.loadError = '';
      if (created !== undefined) this.notice = `Die Übung ist angelegt und als Version ${created} veröffentlicht.`;
      created = undefined;
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  private async loadTypes(): Promise<void> {
    try {
      this.types = await authoringApi.assertionTypes();
      this.typesError = '';
    } catch (error) {
      this.typesError = `Die Prüftypen konnten nicht geladen werden: ${errorMessage(error)} Im Reiter „Experten (YAML)“ lassen sich die Prüfungen trotzdem bearbeiten.`;
    }
  }

  /** The id as typed so far: the files are named after it. */
  private get typedId(): string {
    return text(this.state.data('prompt').id) || (this.exerciseId ?? '');
  }

  override render() {
    const title = text(this.state.data('prompt').title);
    const heading = this.exerciseId ? `Übung bearbeiten${title ? `: ${title}` : ''}` : 'Neue Übung schreiben';
    return html`
      <a class="back" href=${routeHref({ name: 'authoring' })}>← Übungen schreiben</a>
      <h1 tabindex="-1">${heading}</h1>
      ${this.loadError ? html`<p class="notice error" role="alert">${this.loadError}</p>` : nothing}
      ${this.loaded ? this.renderEditor() : this.loadError ? nothing : html`<p>Die Übung wird geladen …</p>`}
    `;
  }

  /** Wrong values are flagged as they are typed; fields still empty only once the trainer tries to save. */
  private get shownProblems(): FileProblem[] {
    const s = this.state;
    if (this.attempted) return s.problems;
    return s.problems.filter((p) => {
      const value = p.field ? valueAt(s.data(p.file), p.field) : true;
      return value !== undefined && value !== '';
    });
  }

  private renderEditor() {
    const s = this.state;
    const problems = this.shownProblems;
    const errors: FieldErrors = new Map(
      problems.filter((p) => p.field).map((p) => [`${p.file}:${p.field}`, p.message]),
    );
    const outcome = this.outcome;
    return html`
      ${restoredNotice(s, !this.exerciseId, this.discard)} ${setAsideNotice(s)}
      ${
        outcome?.kind === 'conflict'
          ? html`<pa-save-conflict
              .exerciseId=${this.typedId}
              .latest=${outcome.latest}
              .baseVersion=${s.baseVersion}
              @conflict-adopt=${() => void this.adopt(outcome.latest)}
              @conflict-save-over=${() => void this.saveOver(outcome.latest)}
            ></pa-save-conflict>`
          : nothing
      }
      ${outcome?.kind === 'problems' ? saveProblems(problems, this.typedId, (p) => void this.goTo(p)) : nothing}
      <div class="bar">
        <p>${this.statusText()}</p>
        <button type="button" class="primary" ?disabled=${s.saving} @click=${() => void this.save()}>
          ${this.exerciseId ? 'Speichern' : 'Übung anlegen'}
        </button>
      </div>
      <div role="status">${this.notice ? html`<p class="notice">${this.notice}</p>` : nothing}</div>
      ${
        outcome?.kind === 'failed'
          ? html`<p class="notice error" role="alert">
              Nicht gespeichert: ${outcome.message} Ihre Eingaben bleiben in diesem Browser erhalten.
            </p>`
          : nothing
      }
      ${tabList(this.tab, problems, (tab, focus) => void this.choose(tab, focus))}
      ${TABS.map(
        ([id, label]) =>
          html`<div role="tabpanel" id="panel-${id}" aria-labelledby="tab-${id}" ?hidden=${id !== this.tab}>
            <h2>${label}</h2>
            ${renderPanel(id, {
              state: s,
              exerciseId: this.exerciseId,
              fileId: this.typedId,
              errors,
              providers: this.providers,
              types: this.types,
              typesError: this.typesError,
              reloadTypes: () => void this.loadTypes(),
            })}
          </div>`,
      )}
    `;
  }

  private statusText(): string {
    const s = this.state;
    const changes = s.dirty ? 'Ungespeicherte Änderungen (in diesem Browser gesichert).' : 'Alles gespeichert.';
    if (!this.exerciseId)
      return s.dirty ? 'Noch nicht angelegt; Ihre Eingaben sind in diesem Browser gesichert.' : 'Noch nicht angelegt.';
    const published = s.versions?.published_version;
    return `Version ${s.baseVersion ?? '–'}${published ? `, veröffentlicht ist Version ${published}` : ''}. ${changes}`;
  }

  private async choose(tab: TabId, focus: boolean): Promise<void> {
    this.tab = tab;
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** To the field a problem names, in its tab; what no form shows, at its line in the YAML. */
  private async goTo(problem: FileProblem): Promise<void> {
    this.tab = tabOf(problem);
    await this.updateComplete;
    const panel = this.renderRoot.querySelector(`#panel-${this.tab}`);
    const field = problem.field && panel ? findField(panel, `${problem.file}:${problem.field}`) : null;
    // A component's host (the template field) hands the focus to its own textarea.
    const target = field?.shadowRoot?.querySelector<HTMLElement>('textarea, input') ?? field;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus();
      return;
    }
    this.tab = 'yaml';
    await this.updateComplete;
    const yaml = this.renderRoot.querySelector<PaEditorYaml>('pa-editor-yaml');
    await yaml?.updateComplete;
    yaml?.showLine(problem.file, problem.line ?? 1);
  }

  private async save(): Promise<void> {
    if (this.state.saving) return;
    this.attempted = true;
    const outcome = await this.state.save();
    this.outcome = outcome;
    if (outcome.kind === 'saved') {
      if (!this.exerciseId) {
        created = outcome.version;
        navigate({ name: 'exercise-edit', id: this.typedId });
        return;
      }
      const published = this.state.versions?.published_version;
      this.notice =
        `Als Version ${outcome.version} gespeichert.` +
        (published === outcome.version
          ? ''
          : ` Teams arbeiten weiter mit Version ${published ?? '–'}, bis Sie veröffentlichen.`);
      return;
    }
    this.notice = '';
    // The notice that says what went wrong takes the focus (and is read out).
    await this.updateComplete;
    const conflict = this.renderRoot.querySelector('pa-save-conflict');
    await conflict?.updateComplete;
    (conflict ?? this.renderRoot.querySelector<HTMLElement>('.summary'))?.focus();
  }

  private async adopt(version: number): Promise<void> {
    try {
      await this.state.adopt(version);
      this.outcome = undefined;
      this.notice = `Version ${version} ist geladen. Ihre Fassung ist aufgehoben und lässt sich wiederherstellen.`;
    } catch (error) {
      this.notice = errorMessage(error);
    }
  }

  /** Saving one's own files on top of the other version: a new version, the other one stays in the history. */
  private async saveOver(version: number): Promise<void> {
    this.state.rebase(version);
    await this.save();
  }

  private readonly discard = () => {
    this.state.discard();
    this.outcome = undefined;
    this.notice = 'Die Eingaben sind verworfen.';
    this.renderRoot.querySelector('h1')?.focus();
  };
}

customElements.define('pa-exercise-editor', PaExerciseEditor);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-editor': PaExerciseEditor;
  }
}
