import { html, LitElement } from 'lit';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { fieldKey, numberInput, numberText, record, withKey, type Raw } from './editor-model.ts';

/** The settings a run starts with, and what each means to a trainer. */
const SETTINGS = [
  {
    name: 'temperature',
    label: 'Temperatur',
    hint: 'Von 0 bis 2. Niedrig (0 bis 0,3): gleichbleibende, sachliche Antworten, wie im Verwaltungsalltag meist gewünscht.',
    inputmode: 'decimal',
  },
  {
    name: 'max_tokens',
    label: 'Höchstlänge der Antwort (Tokens)',
    hint: 'Eine ganze Zahl; ein Token ist etwa ein halbes bis ein Wort. Eine Seite Text braucht etwa 800.',
    inputmode: 'numeric',
  },
  {
    name: 'top_p',
    label: 'Top-p',
    hint: 'Größer als 0 und höchstens 1. Meist frei lassen und nur die Temperatur einstellen.',
    inputmode: 'decimal',
  },
] as const;

/** The "Einstellungen" tab: what every run of the exercise starts with; empty fields use the model's own. */
export class PaEditorSettings extends LitElement {
  static override properties = {
    exercise: { attribute: false },
    errors: { attribute: false },
  };

  declare exercise: Raw;
  declare errors: FieldErrors;

  constructor() {
    super();
    this.exercise = {};
    this.errors = NO_ERRORS;
  }

  static override styles = [baseStyles, formStyles];

  override render() {
    const settings = record(this.exercise.settings);
    return html`
      <p>Mit diesen Einstellungen laufen die Prompts der Teams. Leere Felder lassen dem Modell seine Voreinstellung.</p>
      ${SETTINGS.map((s) =>
        textField(this.errors, {
          field: fieldKey('prompt', ['settings', s.name]),
          label: s.label,
          hint: s.hint,
          value: numberText(settings[s.name]),
          inputmode: s.inputmode,
          short: true,
          onInput: (value) => this.set(s.name, numberInput(value)),
        }),
      )}
    `;
  }

  private set(name: string, value: unknown): void {
    const settings = withKey(record(this.exercise.settings), name, value);
    this.exercise = withKey(this.exercise, 'settings', Object.keys(settings).length ? settings : undefined);
    this.dispatchEvent(new CustomEvent('exercise-change', { detail: this.exercise }));
  }
}

customElements.define('pa-editor-settings', PaEditorSettings);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-settings': PaEditorSettings;
  }
}
