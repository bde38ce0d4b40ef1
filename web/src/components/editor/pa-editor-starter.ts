import { html, LitElement } from 'lit';
import { baseStyles } from '../../styles/shared.ts';
import { fieldError, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { formStyles } from '../forms/form-styles.ts';
import { fieldKey, record, text, withKey, type Raw } from './editor-model.ts';
import '../pa-template-field.ts';

/**
 * The "Vorlage" tab: the starter prompt attendees begin with, its {{variables}} marked as in the workspace
 * (`known`: documents and the cases' vars). Fires `exercise-change`.
 */
export class PaEditorStarter extends LitElement {
  static override properties = {
    exercise: { attribute: false },
    known: { attribute: false },
    errors: { attribute: false },
  };

  declare exercise: Raw;
  declare known: ReadonlySet<string>;
  declare errors: FieldErrors;

  constructor() {
    super();
    this.exercise = {};
    this.known = new Set();
    this.errors = NO_ERRORS;
  }

  static override styles = [baseStyles, formStyles];

  override render() {
    const starter = record(this.exercise.starter);
    const systemKey = fieldKey('prompt', ['starter', 'system']);
    const userKey = fieldKey('prompt', ['starter', 'user']);
    return html`
      <p>
        Mit dieser Vorlage beginnen die Teams. Sie soll laufen und eine brauchbare, aber verbesserbare Antwort liefern:
        Lassen Sie Format, Länge oder Anrede offen, damit es etwas zu üben gibt.
      </p>
      <div class="field">
        <pa-template-field
          data-field=${systemKey}
          label="Systemprompt (freiwillig)"
          hint="Rolle und Rahmen, z. B. „Du bist Sachbearbeiterin im Bürgerbüro der Stadt Musterstadt.“"
          .value=${text(starter.system)}
          .known=${this.known}
          rows="3"
          @value-input=${(e: CustomEvent<string>) => this.set('system', e.detail)}
        ></pa-template-field>
        ${fieldError(this.errors, systemKey)}
      </div>
      <div class="field">
        <pa-template-field
          data-field=${userKey}
          label="Nutzerprompt"
          hint="Der Auftrag mit den Eingaben des Falls und den Dokumenten als {{name}}."
          .value=${text(starter.user)}
          .known=${this.known}
          rows="8"
          @value-input=${(e: CustomEvent<string>) => this.set('user', e.detail)}
        ></pa-template-field>
        ${fieldError(this.errors, userKey)}
      </div>
    `;
  }

  /** An emptied prompt leaves the file (an empty text would stay quoted in the YAML). */
  private set(field: 'system' | 'user', value: string): void {
    const starter = withKey(record(this.exercise.starter), field, value || undefined);
    this.exercise = withKey(this.exercise, 'starter', starter);
    this.dispatchEvent(new CustomEvent('exercise-change', { detail: this.exercise }));
  }
}

customElements.define('pa-editor-starter', PaEditorStarter);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-starter': PaEditorStarter;
  }
}
