import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { VARIABLE_NAME } from '../../../../server/schema/exercise.ts';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { checkField, textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { areaField, editorStyles, mergeErrors } from './editor-fields.ts';
import {
  fieldKey,
  freeName,
  list,
  record,
  starterNames,
  text,
  textEntries,
  withItem,
  withKey,
  type Raw,
} from './editor-model.ts';

/** The inputs a new case needs: what the starter uses and no document provides. */
function neededVars(exercise: Raw): string[] {
  const docs = new Set(Object.keys(record(exercise.context)));
  return starterNames(exercise).filter((name) => !docs.has(name));
}

/**
 * The "Testfälle" tab: each case's id, description, inputs ({{variables}}), reference answer and whether it is
 * hidden; cases to add and remove. Fires `fixture-change` (detail: the test case file's new data).
 */
export class PaEditorCases extends LitElement {
  static override properties = {
    exercise: { attribute: false },
    fixture: { attribute: false },
    errors: { attribute: false },
    announcement: { state: true },
  };

  declare exercise: Raw;
  declare fixture: Raw;
  declare errors: FieldErrors;
  declare announcement: string;

  /** The name typed for a new input, per case. */
  private newNames = new Map<number, string>();
  private focusAfter?: string;

  constructor() {
    super();
    this.exercise = {};
    this.fixture = {};
    this.errors = NO_ERRORS;
    this.announcement = '';
  }

  static override styles = [
    baseStyles,
    formStyles,
    dangerStyles,
    editorStyles,
    css`
      .add-var {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 0.75rem;
        align-items: flex-end;
      }
      .add-var .field {
        margin: 0;
      }
    `,
  ];

  private get cases(): unknown[] {
    return list(this.fixture.cases);
  }

  override render() {
    return html`
      <p>
        Jeder Fall ist eine Eingabe, auf die der Prompt der Teams antworten muss, z. B. eine E-Mail. Die Eingaben füllen
        die {{Variablen}} der Vorlage. Mit einer Musterlösung lässt sich prüfen, ob Ihre Prüfungen trennen.
      </p>
      ${this.cases.map((c, i) => this.renderCase(record(c), i))}
      <button type="button" class="add" @click=${this.add}>Fall hinzufügen</button>
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }

  private renderCase(c: Raw, i: number) {
    const at = (...path: (string | number)[]) => fieldKey('evals', ['cases', i, ...path]);
    const set = (key: string, value: unknown) => this.setCase(i, withKey(c, key, value));
    const vars = textEntries(c.vars);
    // The starter's inputs first, in a fixed order: typing into a missing one must not move its field.
    const names = [...new Set([...neededVars(this.exercise), ...vars.map(([name]) => name)])];
    const id = text(c.id);
    return html`<fieldset class="item">
      <legend>Fall ${i + 1}${id ? `: ${id}` : ''}</legend>
      <div class="grid">
        ${textField(this.errors, {
          field: at('id'),
          label: 'Fall-ID',
          hint: 'Eindeutig; Buchstaben, Ziffern, „-“ und „_“.',
          value: id,
          spellcheck: false,
          autocapitalize: 'off',
          onInput: (value) => set('id', value || undefined),
        })}
        ${textField(this.errors, {
          field: at('description'),
          label: 'Beschreibung (freiwillig)',
          hint: 'Worum es im Fall geht; die Teams sehen sie als Namen des Falls.',
          value: text(c.description),
          onInput: (value) => set('description', value === '' ? undefined : value),
        })}
      </div>
      ${checkField({
        id: `hidden-${i}`,
        field: at('hidden'),
        label: 'Verborgener Fall',
        hint: 'Zählt für die Punkte, aber Eingaben, Musterlösung und Antwort sehen die Teams erst, wenn Sie aufdecken.',
        checked: c.hidden === true,
        onChange: (hidden) => set('hidden', hidden || undefined),
      })}
      <fieldset class="group">
        <legend>Eingaben</legend>
        ${names.length === 0 ? html`<p class="muted">Dieser Fall hat keine Eingaben.</p>` : nothing}
        ${names.map((name) => this.renderVar(c, i, name, vars))} ${this.renderAddVar(c, i, vars)}
      </fieldset>
      ${areaField(this.errors, {
        field: at('reference'),
        label: 'Musterlösung (freiwillig)',
        hint: 'Eine Antwort, die alle Prüfungen bestehen soll. Sie dient zum Vergleich und zum Prüfen der Prüfungen.',
        value: text(c.reference),
        rows: 6,
        onInput: (value) => set('reference', value === '' ? undefined : value),
      })}
      ${
        this.cases.length > 1
          ? html`<button type="button" class="danger" @click=${() => this.removeCase(i, id)}>
              Fall ${i + 1} entfernen
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  private renderVar(c: Raw, i: number, name: string, vars: [string, string][]) {
    const value = vars.find(([n]) => n === name)?.[1];
    const set = (v: string) =>
      this.setVars(
        i,
        c,
        value === undefined ? [...vars, [name, v]] : vars.map(([n, old]) => [n, n === name ? v : old]),
      );
    return html`${areaField(this.errors, {
      field: fieldKey('evals', ['cases', i, 'vars', name]),
      label: `{{${name}}}`,
      hint: value === undefined ? 'Die Vorlage setzt diese Eingabe ein; der Fall hat sie noch nicht.' : undefined,
      value: value ?? '',
      rows: 4,
      onInput: set,
    })}
    ${
      value === undefined
        ? nothing
        : html`<p>
            <button
              type="button"
              class="danger"
              @click=${() =>
                this.setVars(
                  i,
                  c,
                  vars.filter(([n]) => n !== name),
                )}
            >
              Eingabe {{${name}}} entfernen
            </button>
          </p>`
    }`;
  }

  private renderAddVar(c: Raw, i: number, vars: [string, string][]) {
    const key = `${fieldKey('evals', ['cases', i, 'vars'])}:neu`;
    const typed = this.newNames.get(i) ?? '';
    const taken = vars.some(([n]) => n === typed);
    const problem =
      typed && !VARIABLE_NAME.test(typed)
        ? 'Buchstaben, Ziffern und _, nicht mit einer Ziffer am Anfang.'
        : taken
          ? 'Diese Eingabe hat der Fall schon.'
          : '';
    const add = () => {
      if (!typed || problem) return;
      this.newNames.delete(i);
      this.focusAfter = fieldKey('evals', ['cases', i, 'vars', typed]);
      this.setVars(i, c, [...vars, [typed, '']]);
    };
    return html`<div class="add-var">
      ${textField(mergeErrors(new Map(problem ? [[key, problem]] : [])), {
        field: key,
        label: 'Name einer weiteren Eingabe',
        value: typed,
        short: true,
        spellcheck: false,
        autocapitalize: 'off',
        onInput: (value) => {
          this.newNames.set(i, value.trim());
          this.requestUpdate();
        },
      })}
      <button type="button" ?disabled=${!typed || !!problem} @click=${add}>Eingabe hinzufügen</button>
    </div>`;
  }

  private setVars(i: number, c: Raw, vars: [string, string][]): void {
    this.setCase(i, withKey(c, 'vars', vars.length ? Object.fromEntries(vars) : undefined));
  }

  private setCase(i: number, c: Raw | undefined): void {
    this.fixture = withKey(this.fixture, 'cases', withItem(this.cases, i, c));
    this.dispatchEvent(new CustomEvent('fixture-change', { detail: this.fixture }));
  }

  private readonly add = () => {
    const id = freeName(
      'fall-',
      this.cases.map((c) => text(record(c).id)),
    );
    this.focusAfter = fieldKey('evals', ['cases', this.cases.length, 'id']);
    // The inputs the starter needs show as empty fields; each enters the file once typed into.
    this.setCase(this.cases.length, { id });
    this.announcement = `Fall ${this.cases.length} hinzugefügt.`;
  };

  private removeCase(i: number, id: string): void {
    this.focusAfter = '';
    this.setCase(i, undefined);
    this.announcement = `Fall ${id || i + 1} entfernt.`;
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

customElements.define('pa-editor-cases', PaEditorCases);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-cases': PaEditorCases;
  }
}
