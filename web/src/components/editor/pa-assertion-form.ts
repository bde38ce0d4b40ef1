import { html, LitElement, nothing } from 'lit';
import type { AssertionType } from '../../api/authoring.ts';
import type { FieldPath } from '../../../../server/exercises/problems.ts';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { describedBy, fieldError, NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { areaField, editorStyles, mergeErrors, selectField } from './editor-fields.ts';
import { fieldKey, numberInput, numberText, text, withKey, type Raw } from './editor-model.ts';
import { paramError, paramFields, paramHint, paramText, paramValue, type ParamField } from './schema-form.ts';

const NOT = 'not-';
/** Keys every assertion has besides its type's parameters. */
const COMMON = ['type', 'description', 'weight'];

/** The first sentence of a type's summary names it in the picker; the rest explains it below. */
const splitSummary = (summary: string) => {
  const [first = '', ...rest] = summary.split(/(?<=[.:;])\s/);
  return { first: first.replace(/[.:;]$/, ''), rest: rest.join(' ') };
};
const shortSummary = (summary: string) => splitSummary(summary).first;
const moreSummary = (summary: string) => splitSummary(summary).rest;

/**
 * One assertion: its type from a picker that explains each type in German, negation where the type allows it,
 * the type's parameters as fields made from its JSON Schema, weight and the sentence attendees read.
 * Fires `assertion-change` (detail: the new assertion) and `assertion-remove`.
 */
export class PaAssertionForm extends LitElement {
  static override properties = {
    assertion: { attribute: false },
    types: { attribute: false },
    path: { attribute: false },
    errors: { attribute: false },
    number: { type: Number },
  };

  declare assertion: Raw;
  declare types: AssertionType[];
  /** Where the assertion sits in the test case file, e.g. `['cases', 0, 'assert', 1]`. */
  declare path: FieldPath;
  /** The server's problems by field key. */
  declare errors: FieldErrors;
  /** Its place in the list, counted from 1. */
  declare number: number;

  constructor() {
    super();
    this.assertion = {};
    this.types = [];
    this.path = [];
    this.errors = NO_ERRORS;
    this.number = 1;
  }

  static override styles = [baseStyles, formStyles, dangerStyles, editorStyles];

  private key(name: string | number): string {
    return fieldKey('evals', [...this.path, name]);
  }

  private get rawType(): string {
    return text(this.assertion.type);
  }

  /** The type without `not-`, and whether it is negated (only where the type allows it). */
  private get parts(): { base: string; negated: boolean; known?: AssertionType } {
    const type = this.rawType;
    const direct = this.types.find((t) => t.type === type);
    if (direct || !type.startsWith(NOT)) return { base: type, negated: false, known: direct };
    const base = type.slice(NOT.length);
    return { base, negated: true, known: this.types.find((t) => t.type === base && t.negatable) };
  }

  override render() {
    const { base, negated, known } = this.parts;
    const fields = known ? paramFields(known.params) : [];
    const local = new Map<string, string>();
    for (const field of fields) {
      const message = paramError(field, this.assertion[field.name]);
      if (message) local.set(this.key(field.name), message);
    }
    const weight = this.assertion.weight;
    if (weight !== undefined && (typeof weight !== 'number' || weight < 0))
      local.set(this.key('weight'), 'Bitte geben Sie eine Zahl ab 0 ein, z. B. 1 oder 0,5.');
    const errors = mergeErrors(local, this.errors);
    const description = text(this.assertion.description);
    const title = description || (known ? `${negated ? 'nicht ' : ''}${base}` : this.rawType || 'ohne Typ');
    return html`<fieldset class="item">
      <legend>Prüfung ${this.number}: ${title}</legend>
      ${selectField(errors, {
        field: this.key('type'),
        label: 'Prüftyp',
        value: known ? base : this.rawType,
        hint: known
          ? moreSummary(known.summary)
          : this.rawType
            ? 'Diesen Prüftyp gibt es nicht. Bitte wählen Sie einen.'
            : '',
        options: [
          ...(known ? [] : [[this.rawType, this.rawType ? `${this.rawType} (unbekannt)` : 'Bitte wählen'] as const]),
          ...this.types.map((t) => [t.type, `${shortSummary(t.summary)} (${t.type})`] as const),
        ],
        onChange: (type) => this.changeType(type, negated),
      })}
      ${known?.negatable ? this.renderNegation(base, negated) : nothing}
      <div class="grid">${fields.map((field) => this.renderParam(field, errors))}</div>
      <div class="grid">
        ${textField(errors, {
          field: this.key('description'),
          label: 'Was die Teilnehmenden lesen',
          hint: 'Ein kurzer Satz; ohne ihn erzeugt das Programm einen.',
          value: description,
          maxlength: 200,
          onInput: (value) => this.set('description', value === '' ? undefined : value),
        })}
        ${textField(errors, {
          field: this.key('weight'),
          label: 'Gewicht',
          hint: 'Ohne Angabe 1; 0 zählt nicht.',
          value: numberText(weight),
          inputmode: 'decimal',
          short: true,
          onInput: (value) => this.set('weight', numberInput(value)),
        })}
      </div>
      <button type="button" class="danger" @click=${() => this.dispatchEvent(new CustomEvent('assertion-remove'))}>
        Prüfung ${this.number} entfernen
      </button>
    </fieldset>`;
  }

  private renderNegation(base: string, negated: boolean) {
    const id = 'negated';
    return html`<div class="check">
        <input
          type="checkbox"
          id=${id}
          aria-describedby="${id}-hint"
          .checked=${negated}
          @change=${(event: Event) => this.changeType(base, (event.target as HTMLInputElement).checked)}
        />
        <label for=${id}>Verneinen</label>
      </div>
      <p class="hint" id="${id}-hint">Besteht, wenn das Gegenteil zutrifft (Typ <code>${NOT}${base}</code>).</p>`;
  }

  private renderParam(field: ParamField, errors: FieldErrors) {
    const key = this.key(field.name);
    const label = `${field.schema.title ?? field.name}${field.required ? ' (Pflichtangabe)' : ''}`;
    const hint = paramHint(field);
    const value = this.assertion[field.name];
    const set = (input: string) => this.set(field.name, paramValue(field, input));
    switch (field.kind) {
      case 'choice':
        return selectField(errors, {
          field: key,
          label,
          hint,
          value: text(value),
          options: [
            ['', field.required ? 'Bitte wählen' : 'Keine Angabe'],
            ...field.options.map((o) => [o, o] as const),
          ],
          onChange: set,
        });
      case 'flag':
      case 'boolean':
        return this.renderCheck(field, key, label, hint);
      case 'choices':
        return this.renderChoices(field, key, label, hint, errors);
      case 'lines':
      case 'yaml':
        return areaField(errors, {
          field: key,
          label,
          hint,
          value: paramText(field, value),
          rows: 3,
          code: field.kind === 'yaml',
          onInput: set,
        });
      default:
        return textField(errors, {
          field: key,
          label,
          hint,
          value: paramText(field, value),
          inputmode: field.kind === 'number' ? 'decimal' : field.kind === 'integer' ? 'numeric' : undefined,
          short: field.kind !== 'text',
          spellcheck: false,
          onInput: set,
        });
    }
  }

  /** A flag (a fixed value or nothing) or a yes/no parameter. */
  private renderCheck(field: ParamField, key: string, label: string, hint: string) {
    const on = field.kind === 'flag' ? field.schema.const : true;
    const id = `p-${field.name}`;
    return html`<div class="check">
        <input
          type="checkbox"
          id=${id}
          data-field=${key}
          aria-describedby="${id}-hint"
          .checked=${this.assertion[field.name] === on}
          @change=${(event: Event) => {
            const checked = (event.target as HTMLInputElement).checked;
            this.set(field.name, checked ? on : field.kind === 'boolean' ? false : undefined);
          }}
        />
        <label for=${id}>${label}${field.kind === 'flag' ? html`: <code>${String(on)}</code>` : nothing}</label>
      </div>
      <p class="hint" id="${id}-hint">${hint}</p>`;
  }

  /** Several of a fixed set; without a value the schema's default is ticked. */
  private renderChoices(field: ParamField, key: string, label: string, hint: string, errors: FieldErrors) {
    const stored = this.assertion[field.name];
    const chosen: unknown[] = Array.isArray(stored)
      ? stored
      : Array.isArray(field.schema.default)
        ? field.schema.default
        : [];
    const id = `p-${field.name}`;
    const toggle = (option: string, checked: boolean) => {
      const next = field.options.filter((o) => (o === option ? checked : chosen.includes(o)));
      this.set(field.name, next);
    };
    return html`<fieldset class="field" aria-describedby=${describedBy(errors, key, `${id}-hint`)}>
      <legend class="label">${label}</legend>
      <p class="hint" id="${id}-hint">${hint}</p>
      ${field.options.map(
        (option, i) =>
          html`<div class="check">
            <input
              type="checkbox"
              id="${id}-${i}"
              data-field=${i === 0 ? key : nothing}
              .checked=${chosen.includes(option)}
              @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)}
            />
            <label for="${id}-${i}">${option}</label>
          </div>`,
      )}
      ${fieldError(errors, key)}
    </fieldset>`;
  }

  /** A new type keeps description, weight and the parameters the new type has too. */
  private changeType(base: string, negated: boolean): void {
    const type = this.types.find((t) => t.type === base);
    const keep = new Set([...COMMON, ...Object.keys(type?.params.properties ?? {})]);
    const next: Raw = { type: negated && type?.negatable ? `${NOT}${base}` : base };
    for (const [key, value] of Object.entries(this.assertion)) if (key !== 'type' && keep.has(key)) next[key] = value;
    this.emit(next);
  }

  private set(key: string, value: unknown): void {
    this.emit(withKey(this.assertion, key, value));
  }

  private emit(assertion: Raw): void {
    this.assertion = assertion;
    this.dispatchEvent(new CustomEvent('assertion-change', { detail: assertion }));
  }
}

customElements.define('pa-assertion-form', PaAssertionForm);

declare global {
  interface HTMLElementTagNameMap {
    'pa-assertion-form': PaAssertionForm;
  }
}
