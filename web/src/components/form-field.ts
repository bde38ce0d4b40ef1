import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ApiRequestError, errorMessage } from '../api/errors.ts';

/** Messages next to fields, by field name (the API's name for it). */
export type FieldErrors = Partial<Record<string, string>>;

export interface FieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string, input: HTMLInputElement) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'password';
  autocomplete?: string;
  maxlength?: number;
  autocapitalize?: 'characters' | 'off';
}

/** A labelled input with its hint and error, both linked by aria-describedby; invalid inputs say so. */
export function textField(o: FieldOptions) {
  const hintId = `${o.id}-hint`;
  const errorId = `${o.id}-error`;
  const describedBy = [o.hint ? hintId : '', o.error ? errorId : ''].filter(Boolean).join(' ');
  return html`<div class="field">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing}
    <input
      id=${o.id}
      type=${o.type ?? 'text'}
      .value=${o.value}
      autocomplete=${o.autocomplete ?? 'off'}
      maxlength=${ifDefined(o.maxlength)}
      autocapitalize=${ifDefined(o.autocapitalize)}
      spellcheck="false"
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @input=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        o.onInput(input.value, input);
      }}
    />
    ${fieldError(errorId, o.error)}
  </div>`;
}

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

/** An error below a field or group; its id is what the field's aria-describedby names. */
export const fieldError = (id: string, error: string | undefined) =>
  error ? html`<p class="field-error" id=${id}><span aria-hidden="true">⚠</span> ${error}</p>` : nothing;

/** A form's submit listener: the page handles it, the browser does not navigate. */
export const onSubmit = (action: () => Promise<void>) => (event: Event) => {
  event.preventDefault();
  void action();
};

/** The error of the whole form (too many attempts, no connection): announced at once. */
export const formError = (error: string) => (error ? html`<p class="notice error" role="alert">${error}</p>` : nothing);

/**
 * The state of one page's form(s): messages next to fields, the message of the whole form, and a guard against
 * sending twice. `labels` names the fields the page shows, as a sentence starts: an API message "team: braucht …"
 * then reads "Der Teamname braucht …"; errors for other fields (or none) go above the button.
 */
export class FormState {
  errors: FieldErrors = {};
  error = '';
  private busy = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly labels: Record<string, string>,
  ) {}

  /** Sends when `errors` (the page's own checks) are empty; afterwards the first invalid field takes the focus. */
  async submit(errors: FieldErrors, send: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.errors = errors;
    this.error = '';
    if (!Object.values(errors).some(Boolean)) {
      this.busy = true;
      try {
        await send();
      } catch (error) {
        this.show(error);
      }
      this.busy = false;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // Its message is read out with it.
    this.host.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"], .invalid-group input')?.focus();
  }

  private show(error: unknown): void {
    const field = error instanceof ApiRequestError ? error.field : undefined;
    const label = field === undefined ? undefined : this.labels[field];
    if (!field || !label) {
      this.error = errorMessage(error);
      return;
    }
    const { message } = error as ApiRequestError;
    const prefix = `${field}: `;
    this.errors = { [field]: message.startsWith(prefix) ? `${label} ${message.slice(prefix.length)}` : message };
  }
}

export const formStyles = css`
  form {
    display: grid;
    gap: 1.25rem;
    max-width: 34rem;
  }
  .field label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .hint {
    margin: 0 0 0.35rem;
    color: var(--pa-muted);
    font-size: 0.95rem;
  }
  input[type='text'],
  input[type='password'] {
    width: 100%;
    min-height: 2.75rem;
    padding: 0.45rem 0.65rem;
    border: 2px solid var(--pa-border-strong);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
  }
  input[aria-invalid='true'] {
    border-color: var(--pa-bad);
  }
  .choices {
    display: grid;
    gap: 0.25rem;
    margin-bottom: 1rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6rem;
    min-height: 2.75rem;
    overflow-wrap: anywhere;
  }
  .choice input {
    width: 1.25rem;
    height: 1.25rem;
    flex: none;
  }
  .field-error {
    color: var(--pa-bad);
    font-weight: 600;
    margin: 0.35rem 0 0;
  }
  form .notice {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
`;
