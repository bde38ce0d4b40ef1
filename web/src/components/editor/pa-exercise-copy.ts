import { html, LitElement, nothing } from 'lit';
import { exerciseIdSchema } from '../../../../server/schema/exercise.ts';
import { authoringApi } from '../../api/authoring.ts';
import { api } from '../../api/client.ts';
import { errorMessage } from '../../api/errors.ts';
import { navigate, routeHref } from '../../state/router.ts';
import { backLinkStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { errorSummary } from '../forms/error-summary.ts';
import { subjectPlaces } from '../forms/field-errors.ts';
import { formError, onSubmit, textField } from '../forms/fields.ts';
import { FormState } from '../forms/form-state.ts';
import { formStyles } from '../forms/form-styles.ts';

const LABELS: Record<string, string> = { id: 'Neue ID', title: 'Titel der Kopie' };

/**
 * "Als Kopie bearbeiten": an exercise (from the library, or anyone's) becomes one's own under a new id, then opens
 * in the editor. The original stays as it is.
 */
export class PaExerciseCopy extends LitElement {
  static override properties = {
    sourceId: { attribute: false },
    sourceTitle: { state: true },
    id: { state: true },
    title: { state: true },
    loadError: { state: true },
  };

  declare sourceId: string;
  declare sourceTitle: string | undefined;
  declare id: string;
  declare title: string;
  declare loadError: string;

  private readonly form = new FormState(this, subjectPlaces({ id: 'Die ID', title: 'Der Titel' }));

  constructor() {
    super();
    this.id = '';
    this.title = '';
    this.loadError = '';
  }

  static override styles = [baseStyles, formStyles, backLinkStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      const exercise = await api.exercise(this.sourceId);
      this.sourceTitle = exercise.title;
      this.id = `${this.sourceId}-kopie`.slice(0, 64);
      this.title = `${exercise.title} (Kopie)`;
      this.loadError = '';
    } catch (error) {
      this.loadError = errorMessage(error);
    }
  }

  override render() {
    return html`
      <a class="back" href=${routeHref({ name: 'authoring' })}>← Übungen schreiben</a>
      <h1 tabindex="-1">Als Kopie bearbeiten${this.sourceTitle ? `: ${this.sourceTitle}` : ''}</h1>
      ${this.loadError ? html`<p class="notice error" role="alert">${this.loadError}</p>` : nothing}
      ${this.sourceTitle === undefined ? (this.loadError ? nothing : html`<p>Wird geladen …</p>`) : this.renderForm()}
    `;
  }

  private renderForm() {
    const { errors } = this.form;
    return html`
      <p>
        Die Kopie ist Ihre eigene Übung mit allen Fällen und Prüfungen; das Original bleibt, wie es ist. Danach öffnet
        sie sich im Editor.
      </p>
      ${errorSummary(errors, (field) => LABELS[field] ?? field, this.renderRoot)} ${formError(errors)}
      <form class="stack" novalidate @submit=${onSubmit(this.copy)}>
        ${textField(errors, {
          field: 'id',
          label: LABELS.id!,
          hint: '3 bis 64 Zeichen aus a–z, 0–9 und „-“; sie lässt sich später nicht mehr ändern.',
          value: this.id,
          spellcheck: false,
          autocapitalize: 'off',
          maxlength: 64,
          required: true,
          onInput: (id) => (this.id = id),
        })}
        ${textField(errors, {
          field: 'title',
          label: LABELS.title!,
          value: this.title,
          required: true,
          onInput: (title) => (this.title = title),
        })}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.form.busy}>Kopie anlegen und bearbeiten</button>
        </div>
      </form>
    `;
  }

  private readonly copy = async () => {
    const errors = new Map<string, string>();
    const id = exerciseIdSchema.safeParse(this.id);
    if (!id.success) errors.set('id', `Die ID ${id.error.issues[0]?.message ?? 'ist ungültig'}.`);
    if (!this.title.trim()) errors.set('title', 'Bitte geben Sie einen Titel ein.');
    await this.form.submit(errors, async () => {
      const saved = await authoringApi.copy(this.sourceId, { id: this.id, title: this.title.trim() });
      navigate({ name: 'exercise-edit', id: saved.id });
    });
  };
}

customElements.define('pa-exercise-copy', PaExerciseCopy);

declare global {
  interface HTMLElementTagNameMap {
    'pa-exercise-copy': PaExerciseCopy;
  }
}
