import { css, html, nothing } from 'lit';
import { ariaInvalid, describedBy, fieldError, type FieldErrors } from '../forms/field-errors.ts';

const inputId = (field: string) => `f-${field.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

export interface AreaField {
  /** The error key and `data-field`: the file and the path `validate` names (see fieldKey). */
  field: string;
  label: string;
  value: string;
  hint?: string | undefined;
  rows?: number;
  /** Prompts, YAML and code: monospace, no spell checking. */
  code?: boolean;
  onInput: (value: string) => void;
}

/** A labelled textarea with its hint and error, as textField is for one line. */
export function areaField(errors: FieldErrors, f: AreaField) {
  const id = inputId(f.field);
  const hintId = `${id}-hint`;
  return html`<div class="field">
    <label for=${id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id=${hintId}>${f.hint}</p>` : nothing}
    <textarea
      id=${id}
      data-field=${f.field}
      rows=${f.rows ?? 4}
      class=${f.code ? 'code' : nothing}
      spellcheck=${f.code ? 'false' : nothing}
      .value=${f.value}
      aria-invalid=${ariaInvalid(errors, f.field)}
      aria-describedby=${describedBy(errors, f.field, ...(f.hint ? [hintId] : []))}
      @input=${(event: Event) => f.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${fieldError(errors, f.field)}
  </div>`;
}

export interface SelectField {
  field: string;
  label: string;
  value: string;
  hint?: string | undefined;
  /** [value, text] per option. */
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}

export function selectField(errors: FieldErrors, f: SelectField) {
  const id = inputId(f.field);
  const hintId = `${id}-hint`;
  return html`<div class="field">
    <label for=${id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id=${hintId}>${f.hint}</p>` : nothing}
    <select
      id=${id}
      data-field=${f.field}
      aria-invalid=${ariaInvalid(errors, f.field)}
      aria-describedby=${describedBy(errors, f.field, ...(f.hint ? [hintId] : []))}
      @change=${(event: Event) => f.onChange((event.target as HTMLSelectElement).value)}
    >
      ${f.options.map(([value, label]) => html`<option value=${value} ?selected=${value === f.value}>${label}</option>`)}
    </select>
    ${fieldError(errors, f.field)}
  </div>`;
}

/** Errors from two sources (the form's own checks and the server's), the form's first. */
export function mergeErrors(...sources: FieldErrors[]): FieldErrors {
  const merged = new Map<string, string>();
  for (const source of sources)
    for (const [field, message] of source) if (!merged.has(field)) merged.set(field, message);
  return merged;
}

/** The editor's parts: framed items (documents, cases, checks), textareas, and rows of small buttons. */
export const editorStyles = css`
  textarea {
    display: block;
    width: 100%;
    padding: 0.5rem 0.6rem;
    border: 2px solid var(--pa-border-strong);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    line-height: 1.5;
    resize: vertical;
  }
  textarea.code {
    font-family: var(--pa-mono);
    font-size: 0.95rem;
  }
  textarea[aria-invalid='true'],
  select[aria-invalid='true'] {
    border-color: var(--pa-bad);
  }
  .item {
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    padding: 0.75rem 1rem 0.5rem;
    margin: 0 0 1rem;
  }
  .item > legend,
  .item h3 {
    font-size: 1.1rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin: 0 0 1rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0 1rem;
  }
  code.var {
    font-family: var(--pa-mono);
    background: #dce9f8;
    border-radius: 3px;
    padding: 0 0.25em;
  }
`;
