import { html, nothing } from 'lit';
import { ariaInvalid, describedBy, fieldError, type FieldErrors } from './field-errors.ts';

export interface TextField {
  /** The API's name of the field: the input's `data-field`, the key of its error, and (made safe) its id. */
  field: string;
  label: string;
  value: string;
  hint?: string | undefined;
  type?: 'text' | 'date' | 'url' | 'password';
  inputmode?: 'decimal' | 'numeric' | 'url';
  autocapitalize?: 'characters' | 'off';
  /** Codes and names are no words: the browser marks nothing as misspelt. */
  spellcheck?: false;
  short?: boolean;
  required?: boolean;
  readonly?: boolean;
  maxlength?: number | undefined;
  autocomplete?: string;
  /** With the input, to change what was typed in place (the caret where it was). */
  onInput: (value: string, input: HTMLInputElement) => void;
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
      autocapitalize=${f.autocapitalize ?? nothing}
      spellcheck=${f.spellcheck === false ? 'false' : nothing}
      autocomplete=${f.autocomplete ?? nothing}
      maxlength=${f.maxlength ?? nothing}
      ?required=${f.required}
      ?readonly=${f.readonly}
      .value=${f.value}
      aria-invalid=${ariaInvalid(errors, f.field)}
      aria-describedby=${describedBy(errors, f.field, ...(f.hint ? [hintId] : []))}
      @input=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        f.onInput(input.value, input);
      }}
    />
    ${fieldError(errors, f.field)}
  </div>`;
}

export interface CheckField {
  id: string;
  /** The API's name of the setting, so that an error summary can lead to it. */
  field: string;
  label: string;
  hint: string;
  checked: boolean;
  /** Shown as an on/off switch. */
  switch?: boolean;
  onChange: (checked: boolean) => void;
}

/** A checkbox with its label and, below, the hint that explains it. */
export const checkField = (c: CheckField) =>
  html`<div class="check">
      <input
        type="checkbox"
        role=${c.switch ? 'switch' : nothing}
        id=${c.id}
        data-field=${c.field}
        aria-describedby="${c.id}-hint"
        .checked=${c.checked}
        @change=${(event: Event) => c.onChange((event.target as HTMLInputElement).checked)}
      />
      <label for=${c.id}>${c.label}</label>
    </div>
    <p class="hint" id="${c.id}-hint">${c.hint}</p>`;

/** Radio buttons with large targets, one per [value, text]; `choose` gets the value picked. */
export const radioChoices = <T extends string>(
  name: string,
  options: readonly (readonly [T, string])[],
  chosen: T | undefined,
  choose: (value: T) => void,
) =>
  html`<div class="choices">
    ${options.map(
      ([value, text]) =>
        html`<label class="choice">
          <input type="radio" name=${name} .checked=${chosen === value} @change=${() => choose(value)} />
          ${text}
        </label>`,
    )}
  </div>`;

/** A form's submit listener: the page handles it, the browser does not navigate. */
export const onSubmit = (action: () => Promise<void>) => (event: Event) => {
  event.preventDefault();
  void action();
};

/** The error of the whole form (too many attempts, no connection): announced at once. */
export function formError(errors: FieldErrors) {
  const message = errors.get('');
  return message ? html`<p class="notice error" role="alert">${message}</p>` : nothing;
}
