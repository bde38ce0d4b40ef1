import { css, html, LitElement } from 'lit';
import { LEVELS } from '../../format.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { areaField, editorStyles, selectField } from './editor-fields.ts';
import { fieldKey, list, text, withKey, type Raw } from './editor-model.ts';
import '../pa-markdown.ts';

const key = (field: string) => fieldKey('prompt', [field]);

/**
 * The "Aufgabe" tab: id, title, level, topics and the brief in Markdown beside its preview as attendees see it.
 * Fires `exercise-change` (detail: the exercise's new data).
 */
export class PaEditorTask extends LitElement {
  static override properties = {
    exercise: { attribute: false },
    errors: { attribute: false },
    idFixed: { type: Boolean, attribute: 'id-fixed' },
  };

  declare exercise: Raw;
  declare errors: FieldErrors;
  /** A saved exercise keeps its id; a copy gets a new one. */
  declare idFixed: boolean;

  constructor() {
    super();
    this.exercise = {};
    this.errors = NO_ERRORS;
    this.idFixed = false;
  }

  static override styles = [
    baseStyles,
    formStyles,
    editorStyles,
    css`
      .brief {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
        gap: 1rem 1.5rem;
        align-items: start;
      }
      .preview {
        max-height: 32rem;
        overflow: auto;
      }
      .preview h3 {
        font-size: 1rem;
      }
    `,
  ];

  override render() {
    const e = this.exercise;
    const level = text(e.level);
    return html`
      ${textField(this.errors, {
        field: key('id'),
        label: 'ID',
        hint: this.idFixed
          ? 'Die ID bleibt, solange es die Übung gibt. Eine neue ID bekommt eine Kopie („Als Kopie bearbeiten“).'
          : '3 bis 64 Zeichen aus a–z, 0–9 und „-“, z. B. „bescheid-wohngeld“. Sie ist auch der Name der Dateien.',
        value: text(e.id),
        readonly: this.idFixed,
        spellcheck: false,
        autocapitalize: 'off',
        maxlength: 64,
        onInput: (id) => this.set('id', id || undefined),
      })}
      ${textField(this.errors, {
        field: key('title'),
        label: 'Titel',
        hint: 'So steht die Übung in der Übersicht, z. B. „Bürgeranfrage zum Sperrmüll beantworten“.',
        value: text(e.title),
        onInput: (title) => this.set('title', title || undefined),
      })}
      ${selectField(this.errors, {
        field: key('level'),
        label: 'Stufe',
        value: level,
        options: [
          ...(level in LEVELS ? [] : [[level, level ? `${level} (ungültig)` : 'Bitte wählen'] as const]),
          ...Object.entries(LEVELS).map(([value, name]) => [value, `${value} – ${name}`] as const),
        ],
        onChange: (value) => this.set('level', Number(value)),
      })}
      ${textField(this.errors, {
        field: key('tags'),
        label: 'Themen',
        hint: 'Stichwörter zum Filtern, durch Komma getrennt, z. B. „bürgerkommunikation, e-mail“.',
        value: list(e.tags).map(text).join(', '),
        onInput: (value) => {
          const tags = value
            .split(',')
            .map((tag) => tag.trim())
            .filter(Boolean);
          this.set('tags', tags.length ? tags : undefined);
        },
      })}
      <div class="brief">
        ${areaField(this.errors, {
          field: key('task'),
          label: 'Aufgabe für die Teilnehmenden (Markdown)',
          hint: 'Wer schreibt an wen und wozu, was eine gute Antwort ausmacht, welche Dokumente es gibt. **fett**, *kursiv*, „- “ für Listen, „## “ für Zwischenüberschriften.',
          value: text(e.task),
          rows: 14,
          onInput: (task) => this.set('task', task || undefined),
        })}
        <section class="panel preview" aria-labelledby="preview">
          <h3 id="preview">Vorschau: so lesen die Teilnehmenden die Aufgabe</h3>
          <pa-markdown .source=${text(e.task) || '(noch leer)'} heading-offset="3"></pa-markdown>
        </section>
      </div>
    `;
  }

  private set(field: string, value: unknown): void {
    this.exercise = withKey(this.exercise, field, value);
    this.dispatchEvent(new CustomEvent('exercise-change', { detail: this.exercise }));
  }
}

customElements.define('pa-editor-task', PaEditorTask);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-task': PaEditorTask;
  }
}
