import { html, LitElement, nothing } from 'lit';
import { authoringApi } from '../../api/authoring.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import type { ExerciseDetail, ProviderInfo } from '../../api/types.ts';
import { modelLabel } from '../../lib/labels.ts';
import { defaultModels } from '../../lib/models.ts';
import { RunController } from '../../state/run-controller.ts';
import { baseStyles } from '../../styles/shared.ts';
import { formStyles } from '../forms/form-styles.ts';
import { editorStyles, selectField } from './editor-fields.ts';
import { NO_ERRORS } from '../forms/field-errors.ts';
import '../pa-run-results.ts';

/** Every model on offer now, as `provider:model`. */
const offered = (providers: readonly ProviderInfo[]) =>
  providers.filter((p) => p.available).flatMap((p) => p.models.map((m) => `${p.name}:${m.id}`));

/**
 * A trial run of the starter (latest saved version) on one model, over every case, followed live like a team's
 * run: does the starter give a usable answer that still leaves something to improve?
 */
export class PaTrialRun extends LitElement {
  static override properties = {
    exerciseId: { attribute: false },
    providers: { attribute: false },
    dirty: { type: Boolean },
    model: { state: true },
    exercise: { state: true },
    error: { state: true },
    starting: { state: true },
  };

  declare exerciseId: string;
  declare providers: ProviderInfo[];
  declare dirty: boolean;
  declare model: string;
  /** The exercise as the results name its cases. */
  declare exercise: ExerciseDetail | undefined;
  declare error: string;
  declare starting: boolean;

  private readonly runs = new RunController(this);

  constructor() {
    super();
    this.providers = [];
    this.dirty = false;
    this.model = '';
    this.error = '';
    this.starting = false;
  }

  static override styles = [baseStyles, formStyles, editorStyles];

  override render() {
    const models = offered(this.providers);
    const model = models.includes(this.model) ? this.model : (defaultModels(this.providers)[0] ?? '');
    const busy = this.starting || this.runs.running;
    const view = this.runs.view;
    return html`
      <p>
        Die Vorlage der zuletzt gespeicherten Version läuft auf einem Modell über alle Fälle, auch die verborgenen. So
        sehen Sie, ob sie eine brauchbare, aber noch verbesserbare Antwort liefert.
      </p>
      ${this.dirty ? html`<p class="notice warn">Ungespeicherte Änderungen laufen nicht mit: Speichern Sie vorher.</p>` : nothing}
      ${
        models.length
          ? selectField(NO_ERRORS, {
              field: 'trial-model',
              label: 'Modell',
              value: model,
              options: models.map((id) => [id, modelLabel(this.providers, id)] as const),
              onChange: (value) => (this.model = value),
            })
          : html`<p class="notice warn">Gerade ist kein Modell verfügbar.</p>`
      }
      <div class="row">
        <button type="button" class="primary" ?disabled=${busy || !model} @click=${() => void this.start(model)}>
          Probelauf starten
        </button>
        ${this.runs.running ? html`<button type="button" @click=${() => void this.runs.cancel()}>Abbrechen</button>` : nothing}
      </div>
      ${this.error || this.runs.error ? html`<p class="notice error" role="alert">${this.error || this.runs.error}</p>` : nothing}
      ${
        view && this.exercise
          ? html`<pa-run-results
              .view=${view}
              .exercise=${this.exercise}
              .providers=${this.providers}
              .draft=${view.run.prompt}
              .streamDown=${this.runs.streamDown}
            ></pa-run-results>`
          : nothing
      }
      <div class="sr-only" aria-live="polite">${this.runs.announcement}</div>
    `;
  }

  private async start(model: string): Promise<void> {
    this.error = '';
    this.starting = true;
    try {
      const [run, exercise] = await Promise.all([
        authoringApi.trial(this.exerciseId, model),
        api.exercise(this.exerciseId),
      ]);
      this.exercise = exercise;
      await this.runs.show(run.id);
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.starting = false;
    }
  }
}

customElements.define('pa-trial-run', PaTrialRun);

declare global {
  interface HTMLElementTagNameMap {
    'pa-trial-run': PaTrialRun;
  }
}
