import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ExerciseSummary, ProviderInfo } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { navigate, routeHref, type Route } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { errorSummary } from '../forms/error-summary.ts';
import { onSubmit, textField } from '../forms/fields.ts';
import { FormState } from '../forms/form-state.ts';
import { formStyles } from '../forms/form-styles.ts';
import type { ExerciseChoice } from './pa-exercise-chooser.ts';
import type { ModelChoice } from './pa-workshop-models.ts';
import { clearWorkshopDraft, loadWorkshopDraft, saveWorkshopDraft } from './workshop-draft.ts';
import { dataGuardFieldset, leaderboardFieldset, limitsFieldset } from './workshop-form-parts.ts';
import {
  FIELD_LABELS,
  newWorkshopForm,
  placeField,
  workshopForm,
  workshopInput,
  type WorkshopFormState,
} from './workshop-form-state.ts';
import './pa-exercise-chooser.ts';
import './pa-workshop-models.ts';

/**
 * Creating a workshop (no `workshopId`) or changing one. What is typed is kept as a draft in sessionStorage until
 * it is saved; errors appear at their fields and in a summary above the form.
 */
export class PaWorkshopForm extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    state: { state: true },
    catalogue: { state: true },
    providers: { state: true },
    loadError: { state: true },
    restored: { state: true },
  };

  declare workshopId: string | undefined;
  declare state: WorkshopFormState | undefined;
  declare catalogue: ExerciseSummary[];
  declare providers: ProviderInfo[];
  declare loadError: string;
  /** The form shows a draft from before a reload, not the saved settings. */
  declare restored: boolean;

  /** The settings as saved (or a new workshop's defaults): what "Verwerfen" goes back to. */
  private original?: WorkshopFormState;
  private readonly form = new FormState(this, { place: placeField });

  constructor() {
    super();
    this.catalogue = [];
    this.providers = [];
    this.loadError = '';
    this.restored = false;
    new ReloadOnReconnect(this, () => {
      if (this.loadError) void this.load();
    });
  }

  static override styles = [
    baseStyles,
    formStyles,
    css`
      /* A choice's own choices (what "Ersetzen" puts in): indented under it. */
      fieldset.sub {
        margin: 0.25rem 0 0.75rem 1.95rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const id = this.workshopId;
      const [catalogue, providers, workshop] = await Promise.all([
        trainerApi.exercises(),
        trainerApi.providers(),
        id ? trainerApi.workshop(id) : undefined,
      ]);
      this.catalogue = catalogue;
      this.providers = providers;
      this.original = workshop ? workshopForm(workshop) : newWorkshopForm();
      const draft = loadWorkshopDraft(id, this.original);
      this.restored = draft !== undefined;
      this.state = draft ?? this.original;
      this.loadError = '';
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  private get back(): Route {
    return this.workshopId ? { name: 'workshop', id: this.workshopId } : { name: 'workshops' };
  }

  private readonly change = (part: Partial<WorkshopFormState>) => {
    if (!this.state) return;
    this.state = { ...this.state, ...part };
    saveWorkshopDraft(this.workshopId, this.state);
  };

  override render() {
    const editing = this.workshopId !== undefined;
    return html`
      <h1 tabindex="-1">${editing ? 'Workshop bearbeiten' : 'Neuen Workshop anlegen'}</h1>
      <p><a href=${routeHref(this.back)}>${editing ? 'Zurück zum Workshop' : 'Zurück zu Ihren Workshops'}</a></p>
      ${this.loadError ? html`<p class="notice error" role="alert">${this.loadError}</p>` : nothing}
      ${this.state ? this.renderForm(this.state, editing) : this.loadError ? nothing : html`<p>Wird geladen …</p>`}
    `;
  }

  private renderForm(state: WorkshopFormState, editing: boolean) {
    const { errors } = this.form;
    return html`
      ${
        this.restored
          ? html`<div class="notice" role="status">
              <p>Ihre noch nicht gespeicherten Eingaben sind wiederhergestellt.</p>
              <button type="button" @click=${this.discard}>Eingaben verwerfen</button>
            </div>`
          : nothing
      }
      ${errorSummary(errors, (field) => FIELD_LABELS[field] ?? field, this.renderRoot)}
      <form novalidate @submit=${onSubmit(this.save)}>
        ${textField(errors, {
          field: 'title',
          label: 'Titel',
          hint: 'So sehen die Teams den Workshop, z. B. „Prompt-a-thon Bürgeramt“.',
          value: state.title,
          required: true,
          maxlength: 120,
          onInput: (title) => this.change({ title }),
        })}
        ${textField(errors, {
          field: 'date',
          label: 'Datum',
          type: 'date',
          short: true,
          required: true,
          value: state.date,
          onInput: (date) => this.change({ date }),
        })}
        <pa-exercise-chooser
          .catalogue=${this.catalogue}
          .exercises=${state.exercises}
          .released=${state.released}
          .errors=${errors}
          @exercises-change=${(event: CustomEvent<ExerciseChoice>) => this.change(event.detail)}
        ></pa-exercise-chooser>
        <pa-workshop-models
          .providers=${this.providers}
          .models=${state.models}
          .inHouseOnly=${state.inHouseOnly}
          .errors=${errors}
          @workshop-models-change=${(event: CustomEvent<ModelChoice>) => this.change(event.detail)}
        ></pa-workshop-models>
        ${limitsFieldset(state, errors, this.change)} ${leaderboardFieldset(state, this.change)}
        ${dataGuardFieldset(state, errors, this.change)}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.form.busy}>
            ${editing ? 'Änderungen speichern' : 'Workshop anlegen'}
          </button>
          <button type="button" @click=${this.cancel}>Abbrechen</button>
        </div>
      </form>
    `;
  }

  private readonly save = async () => {
    if (!this.state) return;
    const { input, errors } = workshopInput(this.state, this.providers);
    await this.form.submit(errors, async () => {
      const saved = this.workshopId
        ? await trainerApi.updateWorkshop(this.workshopId, input)
        : await trainerApi.createWorkshop(input);
      clearWorkshopDraft(this.workshopId);
      navigate({ name: 'workshop', id: saved.id });
    });
  };

  private readonly discard = () => {
    clearWorkshopDraft(this.workshopId);
    this.state = this.original;
    this.restored = false;
    this.form.clear();
    this.renderRoot.querySelector('h1')?.focus();
  };

  /** Cancelling is deliberate: what was typed is dropped, not kept for next time. */
  private readonly cancel = () => {
    clearWorkshopDraft(this.workshopId);
    navigate(this.back);
  };
}

customElements.define('pa-workshop-form', PaWorkshopForm);

declare global {
  interface HTMLElementTagNameMap {
    'pa-workshop-form': PaWorkshopForm;
  }
}
