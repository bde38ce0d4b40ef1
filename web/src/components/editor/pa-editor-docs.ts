import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { VARIABLE_NAME } from '../../../../server/schema/exercise.ts';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { areaField, editorStyles, mergeErrors } from './editor-fields.ts';
import { fieldKey, freeName, record, starterNames, textEntries, withKey, type Raw } from './editor-model.ts';

/** A name's problem as the documents tab sees it: invalid, or taken by another document. */
function nameError(name: string, others: string[]): string | undefined {
  if (!VARIABLE_NAME.test(name))
    return 'Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang, z. B. „faq“ oder „gebuehren_2025“.';
  if (others.includes(name)) return 'Diesen Namen hat schon ein anderes Dokument.';
  return undefined;
}

/**
 * The "Dokumente" tab: the context documents (FAQ, rules, laws) each prompt may use as `{{name}}`; add, rename,
 * remove. A name that is not valid yet stays in its field until it is. Fires `exercise-change`.
 */
export class PaEditorDocs extends LitElement {
  static override properties = {
    exercise: { attribute: false },
    errors: { attribute: false },
    announcement: { state: true },
  };

  declare exercise: Raw;
  declare errors: FieldErrors;
  declare announcement: string;

  /** Names being typed that are not usable yet, by the document's place. */
  private pending = new Map<number, string>();
  private focusAfter?: string;

  constructor() {
    super();
    this.exercise = {};
    this.errors = NO_ERRORS;
    this.announcement = '';
  }

  static override styles = [baseStyles, formStyles, dangerStyles, editorStyles];

  override render() {
    const docs = textEntries(this.exercise.context);
    const used = new Set(starterNames(this.exercise));
    return html`
      <p>
        Dokumente sind Texte, die jeder Prompt über ihren Namen einsetzen kann, z. B. eine FAQ als
        <code class="var">{{faq}}</code>. Die Teilnehmenden sehen sie neben der Aufgabe.
      </p>
      ${docs.length === 0 ? html`<p class="muted">Noch keine Dokumente.</p>` : nothing}
      ${docs.map(([name, content], i) => this.renderDoc(name, content, i, docs, used))}
      <button type="button" class="add" @click=${this.add}>Dokument hinzufügen</button>
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }

  private renderDoc(name: string, content: string, i: number, docs: [string, string][], used: Set<string>) {
    const nameKey = `${fieldKey('prompt', ['context', name])}:name`;
    const typed = this.pending.get(i) ?? name;
    const others = docs.map(([n]) => n).filter((_, j) => j !== i);
    const problem = this.pending.has(i) ? nameError(typed, others) : undefined;
    const errors = mergeErrors(new Map(problem ? [[nameKey, problem]] : []), this.errors);
    return html`<fieldset class="item">
      <legend>Dokument <code class="var">{{${name}}}</code></legend>
      <p class="muted">
        ${used.has(name) ? 'Die Vorlage setzt dieses Dokument ein.' : 'Die Vorlage nutzt dieses Dokument noch nicht.'}
      </p>
      ${textField(errors, {
        field: nameKey,
        label: 'Name',
        hint: 'Im Prompt als {{Name}} einsetzbar.',
        value: typed,
        spellcheck: false,
        autocapitalize: 'off',
        short: true,
        onInput: (value) => this.rename(i, value, others),
      })}
      ${areaField(this.errors, {
        field: fieldKey('prompt', ['context', name]),
        label: `Inhalt von {{${name}}}`,
        value: content,
        rows: 8,
        onInput: (value) => this.emit(docs.map(([n, c], j) => [n, j === i ? value : c])),
      })}
      <button type="button" class="danger" @click=${() => this.removeDoc(i, docs)}>Dokument ${name} entfernen</button>
    </fieldset>`;
  }

  private rename(index: number, name: string, others: string[]): void {
    if (nameError(name, others)) {
      this.pending.set(index, name);
      this.requestUpdate();
      return;
    }
    this.pending.delete(index);
    const docs = textEntries(this.exercise.context);
    this.emit(docs.map(([n, c], j) => [j === index ? name : n, c]));
  }

  private readonly add = () => {
    const docs = textEntries(this.exercise.context);
    const name = freeName(
      'dokument_',
      docs.map(([n]) => n),
    );
    this.focusAfter = `${fieldKey('prompt', ['context', name])}:name`;
    this.emit([...docs, [name, '']]);
    this.announcement = `Dokument ${name} hinzugefügt.`;
  };

  private removeDoc(index: number, docs: [string, string][]): void {
    this.pending.clear();
    this.emit(docs.filter((_, j) => j !== index));
    this.announcement = `Dokument ${docs[index]?.[0] ?? ''} entfernt.`;
    this.focusAfter = '';
  }

  private emit(docs: [string, string][]): void {
    const context = Object.fromEntries(docs);
    this.exercise = withKey(this.exercise, 'context', Object.keys(record(context)).length ? context : undefined);
    this.dispatchEvent(new CustomEvent('exercise-change', { detail: this.exercise }));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.focusAfter === undefined) return;
    const target = this.focusAfter
      ? this.renderRoot.querySelector<HTMLElement>(`[data-field="${CSS.escape(this.focusAfter)}"]`)
      : this.renderRoot.querySelector<HTMLElement>('.add');
    target?.focus();
    this.focusAfter = undefined;
  }
}

customElements.define('pa-editor-docs', PaEditorDocs);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-docs': PaEditorDocs;
  }
}
