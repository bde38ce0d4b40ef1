import { html, LitElement, type PropertyValues } from 'lit';
import type { AssertionType } from '../../api/authoring.ts';
import type { FieldPath } from '../../../../server/exercises/problems.ts';
import { baseStyles } from '../../styles/shared.ts';
import { fieldError, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { formStyles } from '../forms/form-styles.ts';
import { fieldKey, record, withItem, type Raw } from './editor-model.ts';
import './pa-assertion-form.ts';

/**
 * The assertions of one case, or the defaults of all: one form each, and a button to add one. Fires
 * `assertions-change` (detail: the new list).
 */
export class PaAssertionList extends LitElement {
  static override properties = {
    assertions: { attribute: false },
    types: { attribute: false },
    path: { attribute: false },
    errors: { attribute: false },
    announcement: { state: true },
  };

  declare assertions: readonly unknown[];
  declare types: AssertionType[];
  /** Where the list sits in the test case file: `['defaults']` or `['cases', 2, 'assert']`. */
  declare path: FieldPath;
  declare errors: FieldErrors;
  declare announcement: string;

  /** The assertion whose type picker gets the focus once drawn (after adding one). */
  private focusAfter?: number;

  constructor() {
    super();
    this.assertions = [];
    this.types = [];
    this.path = [];
    this.errors = NO_ERRORS;
    this.announcement = '';
  }

  static override styles = [baseStyles, formStyles];

  override render() {
    const listKey = fieldKey('evals', this.path);
    return html`
      ${fieldError(this.errors, listKey)}
      ${this.assertions.map(
        (assertion, i) =>
          html`<pa-assertion-form
            .assertion=${record(assertion)}
            .types=${this.types}
            .path=${[...this.path, i]}
            .errors=${this.errors}
            .number=${i + 1}
            @assertion-change=${(e: CustomEvent<Raw>) => this.emit(withItem(this.assertions, i, e.detail))}
            @assertion-remove=${() => this.removeAt(i)}
          ></pa-assertion-form>`,
      )}
      <button type="button" data-field=${listKey} @click=${this.add}>Prüfung hinzufügen</button>
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }

  private readonly add = () => {
    this.focusAfter = this.assertions.length;
    // The first type of the list: a text check, which most exercises start with.
    this.emit([...this.assertions, { type: this.types[0]?.type ?? 'contains' }]);
    this.announcement = `Prüfung ${this.assertions.length} hinzugefügt.`;
  };

  private removeAt(index: number): void {
    this.emit(withItem(this.assertions, index, undefined));
    this.announcement = `Prüfung ${index + 1} entfernt.`;
    this.renderRoot.querySelector<HTMLElement>('button')?.focus();
  }

  private emit(assertions: unknown[]): void {
    this.assertions = assertions;
    this.dispatchEvent(new CustomEvent('assertions-change', { detail: assertions }));
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    super.updated(changed);
    if (this.focusAfter === undefined) return;
    const form = this.renderRoot.querySelectorAll('pa-assertion-form')[this.focusAfter];
    this.focusAfter = undefined;
    await form?.updateComplete;
    form?.renderRoot.querySelector<HTMLElement>('select')?.focus();
  }
}

customElements.define('pa-assertion-list', PaAssertionList);

declare global {
  interface HTMLElementTagNameMap {
    'pa-assertion-list': PaAssertionList;
  }
}
