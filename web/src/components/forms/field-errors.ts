import { html, nothing } from 'lit';
import { ApiRequestError, errorMessage } from '../../api/errors.ts';

/**
 * A form's errors by the field they belong to, named as the API names them (`title`, `models[0].id`); the key ''
 * holds the error of the whole form (no connection, a wrong password, a field the form does not show). Each input
 * carries `data-field` with its name, so the focus can be moved to it, even into a sub-component's shadow root.
 */
export type FieldErrors = ReadonlyMap<string, string>;

export const NO_ERRORS: FieldErrors = new Map();

const errorId = (field: string) => `fehler-${field.replace(/[^A-Za-z0-9_-]+/g, '-') || 'allgemein'}`;

export const ariaInvalid = (errors: FieldErrors, field: string) => (errors.has(field) ? 'true' : nothing);

/** `aria-describedby` of an input or group: its hints, then its error. */
export function describedBy(errors: FieldErrors, field: string, ...hints: string[]) {
  const ids = errors.has(field) ? [...hints, errorId(field)] : hints;
  return ids.length ? ids.join(' ') : nothing;
}

/** The error below a field or group; its id is what the field's aria-describedby names. */
export function fieldError(errors: FieldErrors, field: string) {
  const message = errors.get(field);
  return message
    ? html`<p class="field-error" id=${errorId(field)}><span aria-hidden="true">⚠</span> ${message}</p>`
    : nothing;
}

/** How a form shows the API's fields. */
export interface FieldPlaces {
  /** The form's field an API error's `field` is shown at, or '' for none (then it is the whole form's error). */
  place: (field: string) => string;
  /** How a sentence names the field ("Der Teamname"); without it, the message starts with a capital letter. */
  subject?: (field: string) => string | undefined;
}

/**
 * An API error as field errors. A message starting with the raw field name ("title: darf nicht leer sein") loses
 * that prefix, as the form names the field itself.
 */
export function apiFieldErrors(error: unknown, { place, subject }: FieldPlaces): FieldErrors {
  if (!(error instanceof ApiRequestError) || !error.field) return new Map([['', errorMessage(error)]]);
  const field = place(error.field);
  if (!field) return new Map([['', error.message]]);
  const prefix = `${error.field}: `;
  if (!error.message.startsWith(prefix)) return new Map([[field, sentence(error.message)]]);
  const rest = error.message.slice(prefix.length);
  const name = subject?.(field);
  return new Map([[field, name ? `${name} ${rest}` : sentence(rest)]]);
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Places for forms that name each field they show as a sentence starts: `{ team: 'Der Teamname' }`. */
export const subjectPlaces = (subjects: Readonly<Record<string, string>>): FieldPlaces => ({
  place: (field) => (Object.hasOwn(subjects, field) ? field : ''),
  subject: (field) => subjects[field],
});
