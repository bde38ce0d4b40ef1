import { html, nothing } from 'lit';
import { ariaInvalid, describedBy, fieldError, type FieldErrors } from './field-errors.ts';

export interface TextField {
  /** The API's name of the field: the input's `data-field`, and the key of its error. */
  field: string;
  label: string;
  value: string;
  hint?: string;
  type?: 'text' | 'date' | 'url' | 'password';
  inputmode?: 'decimal' | 'numeric' | 'url';
  short?: boolean;
  required?: boolean;
  readonly?: boolean;
  maxlength?: number;
  autocomplete?: string;
  onInput: (value: string) => void;
}

const inputId = (field: string) => `f-${field.replace(/[^A-Za-z0-9_-]+/g, '-')}`;

/** A labelled input with its hint and error, linked by aria-describedby (rendered into the caller's shadow root). */
export function textField(errors: FieldErrors, f: TextField) {
  const id = inputId(f.field);
  const hintId = `${id}-hint`;
  return html`<div class="field">
    <label for=${id}>${f.label}</label>
    ${f.hint ? html`<p class="hint" id=${hintId}>${f.hint}</p>` : nothing}
    <input
      id=${id}
      data-field=${f.field}
      type=${f.type ?? 'text'}
      class=${f.short ? 'short' : nothing}
      inputmode=${f.inputmode ?? nothing}
      autocomplete=${f.autocomplete ?? nothing}
      maxlength=${f.maxlength ?? nothing}
      ?required=${f.required}
      ?readonly=${f.readonly}
      .value=${f.value}
      aria-invalid=${ariaInvalid(errors, f.field)}
      aria-describedby=${describedBy(errors, f.field, ...(f.hint ? [hintId] : []))}
      @input=${(event: Event) => f.onInput((event.target as HTMLInputElement).value)}
    />
    ${fieldError(errors, f.field)}
  </div>`;
}
