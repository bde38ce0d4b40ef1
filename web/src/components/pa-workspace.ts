import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import type { ExerciseDetail, Prompt, ProviderInfo, RunSummary } from '../api/types.ts';
import { levelLabel } from '../format.ts';
import { knownVariables } from '../lib/variables.ts';
import { connection } from '../state/connection.ts';
import { draftPrompt, loadDraft, saveDraft, type Draft } from '../state/drafts.ts';
import { RunController } from '../state/run-controller.ts';
import { navigate } from '../state/router.ts';
import { baseStyles } from '../styles/shared.ts';
import { workspaceStyles } from './workspace-styles.ts';
import { attemptNumber } from './pa-history.ts';
import './pa-context-docs.ts';
import './pa-history.ts';
import './pa-markdown.ts';
import './pa-model-picker.ts';
import './pa-prompt-editor.ts';
import './pa-run-results.ts';

/** Models a new draft starts with: the first real model on offer, else the demo. */
function defaultModels(providers: ProviderInfo[]): string[] {
  const available = providers.filter((p) => p.available && p.models.length > 0);
  const first = available.find((p) => p.kind !== 'demo') ?? available[0];
  return first ? [`${first.name}:${first.models[0]!.id}`] : [];
}

/** One exercise: brief, documents, prompt editor, model choice, run, live results and the attempt history. */
export class PaWorkspace extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    runId: { attribute: false },
    exercise: { state: true },
    providers: { state: true },
    history: { state: true },
    loadError: { state: true },
    draft: { state: true },
    formError: { state: true },
    undo: { state: true },
  };

  declare exerciseId: string;
  declare runId: string | undefined;
  declare exercise: ExerciseDetail | undefined;
  declare providers: ProviderInfo[];
  declare history: RunSummary[];
  declare loadError: string;
  declare draft: Draft;
  declare formError: string;
  /** The draft before a prompt was loaded from the history, with where that prompt came from. */
  declare undo: { draft: Draft; source: string } | undefined;

  private readonly runs = new RunController(this, () => void this.loadHistory());

  constructor() {
    super();
    this.providers = [];
    this.history = [];
    this.loadError = '';
    this.draft = { system: '', user: '', models: [] };
    this.formError = '';
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.run();
      }
    });
  }

  static override styles = [baseStyles, workspaceStyles];

  private readonly onConnection = () => {
    if (connection.reachable && (this.loadError || !this.exercise)) void this.load();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    connection.addEventListener('change', this.onConnection);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connection.removeEventListener('change', this.onConnection);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exerciseId')) void this.load();
    if (changed.has('runId') && this.runId) void this.runs.show(this.runId);
  }

  private async load(): Promise<void> {
    try {
      const [exercise, providers] = await Promise.all([api.exercise(this.exerciseId), api.providers()]);
      const saved = loadDraft(exercise.id);
      this.draft = saved ?? {
        system: exercise.starter.system ?? '',
        user: exercise.starter.user,
        models: defaultModels(providers),
      };
      this.providers = providers;
      this.exercise = exercise;
      this.loadError = '';
      document.title = `${exercise.title} – Prompt-a-thon Sandbox`;
      await this.loadHistory();
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  private async loadHistory(): Promise<void> {
    this.history = await api.history(this.exerciseId).catch(() => this.history);
  }

  private updateDraft(part: Partial<Draft>): void {
    this.draft = { ...this.draft, ...part };
    saveDraft(this.exerciseId, this.draft);
  }

  /** Only models that are on offer right now take part; the draft keeps the others for later. */
  private runnableModels(): string[] {
    const offered = new Set(
      this.providers.filter((p) => p.available).flatMap((p) => p.models.map((m) => `${p.name}:${m.id}`)),
    );
    return this.draft.models.filter((m) => offered.has(m));
  }

  private async run(): Promise<void> {
    if (!this.exercise || this.runs.running || this.runs.starting) return;
    const models = this.runnableModels();
    this.formError = !this.draft.user.trim()
      ? 'Bitte schreiben Sie zuerst einen Nutzerprompt.'
      : models.length === 0
        ? 'Bitte wählen Sie mindestens ein verfügbares Modell.'
        : '';
    if (this.formError) return;
    const runId = await this.runs.start({
      exercise: this.exercise.id,
      prompt: draftPrompt(this.draft),
      targets: models.map((provider) => ({ provider })),
    });
    if (!runId) return;
    navigate({ name: 'exercise', id: this.exercise.id, runId });
    await this.loadHistory();
  }

  private loadPrompt(prompt: Prompt, source: string): void {
    this.undo = { draft: this.draft, source };
    this.updateDraft({ system: prompt.system ?? '', user: prompt.user });
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#undo')?.focus());
  }

  private restoreDraft(): void {
    if (!this.undo) return;
    this.updateDraft({ system: this.undo.draft.system, user: this.undo.draft.user });
    this.undo = undefined;
  }

  override render() {
    const exercise = this.exercise;
    return html`
      <a class="back" href="#/">← Alle Übungen</a>
      <h1 tabindex="-1">${exercise?.title ?? 'Übung'}</h1>
      ${this.loadError ? html`<p class="notice error" role="alert">${this.loadError}</p>` : nothing}
      ${exercise ? this.renderExercise(exercise) : this.loadError ? nothing : html`<p>Die Übung wird geladen …</p>`}
      <div id="announcer" class="sr-only" aria-live="polite">${this.runs.announcement}</div>
    `;
  }

  private renderExercise(exercise: ExerciseDetail) {
    const view = this.runs.view;
    return html`
      <p class="meta">
        <span>${levelLabel(exercise.level)}</span>
        ${exercise.tags.map((tag) => html`<span class="tag">${tag}</span>`)}
      </p>
      <div class="layout">
        <div class="column">
          <section class="panel" aria-labelledby="task">
            <h2 id="task">Aufgabe</h2>
            <pa-markdown heading-offset="1" .source=${exercise.task}></pa-markdown>
          </section>
          <pa-context-docs class="panel" .context=${exercise.context} .cases=${exercise.cases}></pa-context-docs>
        </div>
        <section class="panel column" aria-label="Prompt und Modelle">
          ${this.renderUndo()}
          <pa-prompt-editor
            .system=${this.draft.system}
            .user=${this.draft.user}
            .known=${knownVariables(exercise)}
            @prompt-input=${(e: CustomEvent<Prompt>) => this.updateDraft({ system: e.detail.system, user: e.detail.user })}
          ></pa-prompt-editor>
          <pa-model-picker
            .providers=${this.providers}
            .selected=${this.draft.models}
            @models-change=${(e: CustomEvent<string[]>) => this.updateDraft({ models: e.detail })}
          ></pa-model-picker>
          ${this.renderControls()}
        </section>
      </div>
      <section aria-labelledby="results" class="wide">
        <h2 id="results">Ergebnisse</h2>
        ${view
          ? html`<pa-run-results
              .view=${view}
              .exercise=${exercise}
              .providers=${this.providers}
              .draft=${draftPrompt(this.draft)}
              .streamDown=${this.runs.streamDown}
              @load-prompt=${(e: CustomEvent<Prompt>) => this.loadPrompt(e.detail, 'dem angezeigten Lauf')}
            ></pa-run-results>`
          : html`<p class="muted">Noch kein Lauf. Wählen Sie Modelle und starten Sie mit „Ausführen“.</p>`}
      </section>
      <section aria-labelledby="history" class="wide">
        <h2 id="history">Bisherige Versuche</h2>
        <pa-history
          .runs=${this.history}
          .providers=${this.providers}
          .currentRunId=${view?.run.id}
          @open-run=${(e: CustomEvent<string>) => navigate({ name: 'exercise', id: exercise.id, runId: e.detail })}
          @load-prompt=${(e: CustomEvent<RunSummary>) =>
            this.loadPrompt(e.detail.prompt, `Versuch ${attemptNumber(this.history, e.detail.id)}`)}
          @compare=${(e: CustomEvent<[string, string]>) =>
            navigate({ name: 'compare', id: exercise.id, a: e.detail[0], b: e.detail[1] })}
        ></pa-history>
      </section>
    `;
  }

  private renderUndo() {
    if (!this.undo) return nothing;
    return html`<div class="notice" id="undo" tabindex="-1" role="status">
      Prompt aus ${this.undo.source} übernommen.
      <button class="link" @click=${() => this.restoreDraft()}>Vorherigen Entwurf wiederherstellen</button>
    </div>`;
  }

  private renderControls() {
    const busy = this.runs.running || this.runs.starting;
    const error = this.formError || this.runs.error;
    return html`<div class="controls">
        <button
          class="primary"
          aria-keyshortcuts="Control+Enter"
          ?disabled=${busy}
          @click=${() => void this.run()}
        >
          Ausführen <span class="key" aria-hidden="true">Strg + Enter</span>
        </button>
        <button ?disabled=${!this.runs.running} @click=${() => void this.runs.cancel()}>Abbrechen</button>
      </div>
      ${error ? html`<p class="notice error" role="alert">${error}</p>` : nothing}
      <p class="muted small">Ihr Entwurf und Ihre Modellauswahl werden in diesem Browser automatisch gespeichert.</p>`;
  }
}

customElements.define('pa-workspace', PaWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'pa-workspace': PaWorkspace;
  }
}
