import { html, nothing } from 'lit';
import { ApiRequestError, errorMessage } from '../../api/errors.ts';

/**
 * A form's errors by the field they belong to, named as the API names them (`title`, `models[0].id`); the key ''
 * holds an error that belongs to no field shown. Each input carries `data-field` with its name, so the summary
 * can move the focus to it, even into a sub-component's shadow root.
 */
export type FieldErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: FieldErrors = new Map();

export const errorId = (field: string) => `fehler-${field.replace(/[^A-Za-z0-9_-]+/g, '-') || 'allgemein'}`;

export const ariaInvalid = (errors: FieldErrors, field: string) => (errors.has(field) ? 'true' : nothing);

/** `aria-describedby` of an input: its hints, then its error. */
export function describedBy(errors: FieldErrors, field: string, ...hints: string[]) {
  const ids = errors.has(field) ? [...hints, errorId(field)] : hints;
  return ids.length ? ids.join(' ') : nothing;
}

export function fieldError(errors: FieldErrors, field: string) {
  const message = errors.get(field);
  return message ? html`<p class="field-error" id=${errorId(field)}>${message}</p>` : nothing;
}

/**
 * An API error as field errors: `field` is mapped by `place` to a field the form shows (or '' for the summary
 * only). A message starting with the raw field name ("title: darf nicht leer sein") loses that prefix, as the
 * form names the field itself.
 */
export function apiFieldErrors(error: unknown, place: (field: string) => string): FieldErrors {
  if (!(error instanceof ApiRequestError) || !error.field) return new Map([['', errorMessage(error)]]);
  const prefix = `${error.field}: `;
  const message = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const field = place(error.field);
  return new Map([[field, field ? sentence(message) : error.message]]);
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The first element with `data-field="<field>"`, looking into the shadow roots below `root`. */
function findField(root: ParentNode, field: string): HTMLElement | null {
  const hit = root.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  if (hit) return hit;
  for (const element of root.querySelectorAll('*')) {
    const inner = element.shadowRoot && findField(element.shadowRoot, field);
    if (inner) return inner;
  }
  return null;
}

export function focusField(root: ParentNode, field: string): void {
  const target = findField(root, field);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

/**
 * The list of all errors above a form (role="alert"), each a button to its field. `labels` names the fields
 * as the form does; `root` is where the fields are searched.
 */
export function errorSummary(errors: FieldErrors, label: (field: string) => string, root: ParentNode) {
  if (errors.size === 0) return nothing;
  return html`<div class="notice error summary" role="alert" tabindex="-1">
    <h2>Bitte prüfen Sie Ihre Eingaben</h2>
    <ul>
      ${[...errors].map(([field, message]) =>
        field
          ? html`<li>
              <button type="button" class="link" @click=${() => focusField(root, field)}>
                ${label(field)}: ${message}
              </button>
            </li>`
          : html`<li>${message}</li>`,
      )}
    </ul>
  </div>`;
}
