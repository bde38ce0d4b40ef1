import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import type {
  ExerciseDetail,
  Prompt,
  ProviderInfo,
  RunRequestInput,
  RunSummary,
  WorkshopLiveEvent,
} from '../api/types.ts';
import { levelLabel } from '../format.ts';
import { runnableModels } from '../lib/models.ts';
import { knownVariables } from '../lib/variables.ts';
import { DraftController } from '../state/draft-controller.ts';
import { draftPrompt } from '../state/drafts.ts';
import { EntryController } from '../state/entry-controller.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { RunController } from '../state/run-controller.ts';
import { navigate } from '../state/router.ts';
import { session } from '../state/session.ts';
import { LiveEvents } from '../state/workshop-feed.ts';
import { baseStyles } from '../styles/shared.ts';
import { attemptNumber } from './attempt.ts';
import { deepActiveElement } from './trainer/deep-focus.ts';
import { stateBadges, stateBadgeStyles } from './pa-exercise-card.ts';
import { workspaceStyles } from './workspace-styles.ts';
import './pa-exercise-brief.ts';
import './pa-history.ts';
import './pa-model-picker.ts';
import './pa-personal-data-dialog.ts';
import './pa-prompt-editor.ts';
import './pa-run-controls.ts';
import './pa-run-results.ts';

/**
 * One exercise: brief, documents, prompt editor, model choice, run, live results and the attempt history; in a
 * workshop also the team's entry. Follows the round live: a lock or a reveal changes what the page offers, never
 * the draft.
 */
export class PaWorkspace extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    runId: { attribute: false },
    exercise: { state: true },
    providers: { state: true },
    history: { state: true },
    loadError: { state: true },
    formError: { state: true },
    news: { state: true },
  };

  declare exerciseId: string;
  declare runId: string | undefined;
  declare exercise: ExerciseDetail | undefined;
  declare providers: ProviderInfo[];
  declare history: RunSummary[];
  declare loadError: string;
  declare formError: string;
  /** What screen readers hear of the history: a teammate's attempt, a change of the team's entry. */
  declare news: string;

  private readonly drafts = new DraftController(this);
  private readonly entry = new EntryController(this, () => this.exerciseId);
  /** What started the last run (the Run button, the prompt field): the data guard's dialog gives the focus back to it. */
  private runOpener: HTMLElement | null = null;
  private readonly runs = new RunController(this, () => void Promise.all([this.loadHistory(), this.entry.load()]));

  constructor() {
    super();
    this.providers = [];
    this.history = [];
    this.loadError = '';
    this.formError = '';
    this.news = '';
    // Loaded nothing because the server was down: try again once it is back.
    new ReloadOnReconnect(this, () => {
      if (this.loadError || !this.exercise) void this.load();
    });
    this.addEventListener('keydown', (event) => {
      // Not from inside the detail dialog: a run must not start unseen behind it.
      const inDialog = event.composedPath().some((target) => target instanceof HTMLDialogElement);
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !inDialog) {
        event.preventDefault();
        void this.run();
      }
    });
    new LiveEvents(this, (event) => void this.onLive(event));
  }

  static override styles = [baseStyles, workspaceStyles, stateBadgeStyles];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exerciseId')) void this.load();
    if (changed.has('runId') && this.runId) void this.runs.show(this.runId);
  }

  private async load(): Promise<void> {
    try {
      const [exercise, providers] = await Promise.all([api.exercise(this.exerciseId), api.providers()]);
      const info = session.info;
      this.drafts.open(exercise, providers, info?.role === 'team' ? info.team.id : undefined);
      this.providers = providers;
      this.exercise = exercise;
      this.loadError = '';
      document.title = `${exercise.title} – Prompt-a-thon Sandbox`;
      await Promise.all([this.loadHistory(), this.entry.load()]);
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  private async loadHistory(): Promise<void> {
    this.history = await api.history(this.exerciseId).catch(() => this.history);
  }

  /**
   * In a workshop: the team's attempts and entry change live, the models allowed may change, and the round may
   * lock the exercise or reveal its hidden cases.
   */
  private async onLive(event: WorkshopLiveEvent): Promise<void> {
    if (event.type === 'workshop-changed') return this.refresh();
    if (event.type === 'entry-changed') {
      if (event.exercise === this.exerciseId && (await this.entry.load())) this.news = this.entryNews();
      return;
    }
    if ((event.type !== 'run-started' && event.type !== 'run-finished') || event.exercise !== this.exerciseId) return;
    // The run this page follows: once its stored state shows, the RunController has both read again.
    if (event.type === 'run-finished' && this.runs.view?.run.id === event.run) return;
    const known = this.history.some((run) => run.id === event.run);
    // A finished attempt may be the team's best now.
    await Promise.all([this.loadHistory(), event.type === 'run-finished' ? this.entry.load() : undefined]);
    // Not the attempt this page is starting or showing: a teammate's (its event may come before the answer).
    const own = this.runs.starting || this.runs.view?.run.id === event.run;
    if (!known && !own && this.history.some((run) => run.id === event.run)) {
      this.news = `Neuer Versuch von Ihrem Team: Versuch ${attemptNumber(this.history, event.run)}.`;
    }
  }

  /** The round changed: the exercise's state, the models and the entry anew; the draft stays as it is. */
  private async refresh(): Promise<void> {
    if (!this.exercise) return this.load();
    const [exercise, providers] = await Promise.all([
      api.exercise(this.exerciseId).catch(() => this.exercise),
      api.providers().catch(() => this.providers),
    ]);
    const revealed = exercise?.revealed && !this.exercise.revealed;
    this.exercise = exercise;
    this.providers = providers;
    // Revealed: the attempts' hidden cases come with their real ids and outputs now.
    await Promise.all([this.entry.load(), ...(revealed ? [this.loadHistory(), this.runs.reload()] : [])]);
  }

  /** A new entry (chosen here or by a teammate), in a sentence. */
  private entryNews(): string {
    const entry = this.entry.entry;
    if (!entry) return '';
    const n = attemptNumber(this.history, entry.run);
    return entry.chosen
      ? `Versuch ${n} ist jetzt die Abgabe Ihres Teams.`
      : `Jetzt zählt wieder der beste Versuch Ihres Teams: Versuch ${n}.`;
  }

  private async changeEntry(change: Promise<boolean>): Promise<void> {
    if (!(await change)) return;
    this.news = this.entryNews();
    await this.renderRoot.querySelector('pa-history')?.focusEntry();
  }

  private async run(): Promise<void> {
    // Strg + Enter on a locked exercise: the notice in place of the Run button already says why nothing happens.
    if (!this.exercise || this.exercise.state === 'locked' || this.runs.running || this.runs.starting) return;
    const models = runnableModels(this.providers, this.drafts.draft.models);
    this.formError = !this.drafts.draft.user.trim()
      ? 'Bitte schreiben Sie zuerst einen Nutzerprompt.'
      : models.length === 0
        ? 'Bitte wählen Sie mindestens ein verfügbares Modell.'
        : '';
    if (this.formError) return;
    // Taken now: the Run button is disabled while the run starts, and a disabled button loses the focus.
    this.runOpener = deepActiveElement();
    await this.startRun({
      exercise: this.exercise.id,
      prompt: draftPrompt(this.drafts.draft),
      targets: models.map((provider) => ({ provider })),
    });
  }

  /** Starts a run and shows it; a refusal stays in the run controls, a question of the data guard opens its dialog. */
  private async startRun(input: RunRequestInput): Promise<void> {
    const runId = await this.runs.start(input);
    if (!runId) return;
    navigate({ name: 'exercise', id: input.exercise, runId });
    // In a workshop the run's live event reads the attempts (see onLive), whether it came before this answer or not.
    if (!session.team) await this.loadHistory();
  }

  /** The attendee confirmed: the same request again, now with the confirmation (the draft was never touched). */
  private sendAnyway(): void {
    const pending = this.runs.dropConfirmation();
    if (pending) void this.startRun({ ...pending.input, confirm_personal_data: true });
  }

  /** Cancelled (or Esc): nothing was sent; the run shown before comes back. */
  private keepEditing(): void {
    this.runs.dropConfirmation();
    this.runs.announcement = 'Nicht gesendet. Ihr Prompt ist unverändert.';
    if (this.runId) void this.runs.show(this.runId);
  }

  private adoptPrompt(prompt: Prompt, source: string): void {
    this.drafts.adopt(prompt, source);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#undo')?.focus());
  }

  override render() {
    const exercise = this.exercise;
    return html`
      <a class="back" href="#/">← Alle Übungen</a>
      <h1 tabindex="-1">${exercise?.title ?? 'Übung'}</h1>
      ${this.loadError ? html`<p class="notice error" role="alert">${this.loadError}</p>` : nothing}
      ${exercise ? this.renderExercise(exercise) : this.loadError ? nothing : html`<p>Die Übung wird geladen …</p>`}
      <div id="announcer" class="sr-only" aria-live="polite">${this.runs.announcement}</div>
      ${
        this.runs.confirmation
          ? html`<pa-personal-data-dialog
              .findings=${this.runs.confirmation.findings}
              .message=${this.runs.confirmation.message}
              .returnFocus=${this.runOpener}
              @send-anyway=${() => this.sendAnyway()}
              @keep-editing=${() => this.keepEditing()}
            ></pa-personal-data-dialog>`
          : nothing
      }
    `;
  }

  private renderExercise(exercise: ExerciseDetail) {
    const view = this.runs.view;
    return html`
      <p class="meta">
        <span>${levelLabel(exercise.level)}</span>
        ${exercise.tags.map((tag) => html`<span class="tag">${tag}</span>`)} ${stateBadges(exercise)}
      </p>
      <div class="layout">
        <pa-exercise-brief .exercise=${exercise}></pa-exercise-brief>
        <section class="panel column" aria-label="Prompt und Modelle">
          ${this.renderUndo()}
          <pa-prompt-editor
            .system=${this.drafts.draft.system}
            .user=${this.drafts.draft.user}
            .known=${knownVariables(exercise)}
            @prompt-input=${(e: CustomEvent<Prompt>) => this.drafts.update({ system: e.detail.system, user: e.detail.user })}
          ></pa-prompt-editor>
          <pa-model-picker
            .providers=${this.providers}
            .selected=${this.drafts.draft.models}
            .viewer=${session.info?.role}
            @models-change=${(e: CustomEvent<string[]>) => this.drafts.update({ models: e.detail })}
          ></pa-model-picker>
          <pa-run-controls
            ?locked=${exercise.state === 'locked'}
            ?busy=${this.runs.running || this.runs.starting}
            ?cancellable=${this.runs.running}
            .error=${this.formError || this.runs.error}
            @run=${() => void this.run()}
            @cancel=${() => void this.runs.cancel()}
          ></pa-run-controls>
        </section>
      </div>
      <section aria-labelledby="results" class="wide">
        <h2 id="results">Ergebnisse</h2>
        ${
          view
            ? html`<pa-run-results
                .view=${view}
                .exercise=${exercise}
                .providers=${this.providers}
                .draft=${draftPrompt(this.drafts.draft)}
                .streamDown=${this.runs.streamDown}
                @load-prompt=${(e: CustomEvent<Prompt>) => this.adoptPrompt(e.detail, 'dem angezeigten Lauf')}
              ></pa-run-results>`
            : html`<p class="muted">Noch kein Lauf. Wählen Sie Modelle und starten Sie mit „Ausführen“.</p>`
        }
      </section>
      <section aria-labelledby="history" class="wide">
        <h2 id="history">Bisherige Versuche</h2>
        <div class="sr-only" role="status">${this.news}</div>
        <pa-history
          .runs=${this.history}
          .providers=${this.providers}
          .currentRunId=${view?.run.id}
          .entry=${this.entry.entry}
          ?locked=${exercise.state === 'locked'}
          .entryError=${this.entry.error}
          @choose-entry=${(e: CustomEvent<string>) => void this.changeEntry(this.entry.choose(e.detail))}
          @clear-entry=${() => void this.changeEntry(this.entry.clear())}
          @open-run=${(e: CustomEvent<string>) => navigate({ name: 'exercise', id: exercise.id, runId: e.detail })}
          @load-prompt=${(e: CustomEvent<RunSummary>) =>
            this.adoptPrompt(e.detail.prompt, `Versuch ${attemptNumber(this.history, e.detail.id)}`)}
          @compare=${(e: CustomEvent<[string, string]>) =>
            navigate({ name: 'compare', id: exercise.id, a: e.detail[0], b: e.detail[1] })}
        ></pa-history>
      </section>
    `;
  }

  private renderUndo() {
    if (!this.drafts.undo) return nothing;
    return html`<div class="notice" id="undo" tabindex="-1" role="status">
      Prompt aus ${this.drafts.undo.source} übernommen.
      <button class="link" @click=${() => this.drafts.restore()}>Vorherigen Entwurf wiederherstellen</button>
    </div>`;
  }
}

customElements.define('pa-workspace', PaWorkspace);

declare global {
  interface HTMLElementTagNameMap {
    'pa-workspace': PaWorkspace;
  }
}
