import type { ReactiveControllerHost } from 'lit';
import { apiFieldErrors, NO_ERRORS, type FieldErrors, type FieldPlaces } from './field-errors.ts';

/** Where the focus goes after a failed submit: the error summary if the form has one, else the first bad field. */
const FIRST_ERROR = '.notice.summary, [aria-invalid="true"], .invalid-group input';

/**
 * The errors of one page's form(s) and their sending: the page's own checks first, then the request, whose API
 * error lands at its field (see FieldPlaces). Guards against sending twice; the message is read out with the
 * element that takes the focus afterwards.
 */
export class FormState {
  errors: FieldErrors = NO_ERRORS;
  /** A request is under way: a second submit does nothing. */
  busy = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly places: FieldPlaces,
  ) {}

  /** Sends when `errors` (the page's own checks) are empty. */
  async submit(errors: FieldErrors, send: () => Promise<void>): Promise<void> {
    if (this.busy) return;
    this.errors = errors;
    if (errors.size === 0) {
      this.busy = true;
      this.host.requestUpdate();
      try {
        await send();
      } catch (error) {
        this.errors = apiFieldErrors(error, this.places);
      }
      this.busy = false;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(FIRST_ERROR)?.focus();
  }

  clear(): void {
    this.errors = NO_ERRORS;
    this.host.requestUpdate();
  }
}
