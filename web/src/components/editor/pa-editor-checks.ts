import { css, html, LitElement, nothing } from 'lit';
import type { AssertionType } from '../../api/authoring.ts';
import { baseStyles } from '../../styles/shared.ts';
import { NO_ERRORS, type FieldErrors } from '../forms/field-errors.ts';
import { textField } from '../forms/fields.ts';
import { formStyles } from '../forms/form-styles.ts';
import { editorStyles } from './editor-fields.ts';
import { fieldKey, list, numberInput, numberText, record, text, withItem, withKey, type Raw } from './editor-model.ts';
import './pa-assertion-list.ts';

/**
 * The "Prüfungen" tab: the pass threshold, the assertions every case gets (defaults) and each case's own, made
 * from the assertion types the server knows (`types`; undefined while they load). Fires `fixture-change`.
 */
export class PaEditorChecks extends LitElement {
  static override properties = {
    fixture: { attribute: false },
    types: { attribute: false },
    typesError: { attribute: false },
    errors: { attribute: false },
  };

  declare fixture: Raw;
  declare types: AssertionType[] | undefined;
  declare typesError: string;
  declare errors: FieldErrors;

  constructor() {
    super();
    this.fixture = {};
    this.typesError = '';
    this.errors = NO_ERRORS;
  }

  static override styles = [
    baseStyles,
    formStyles,
    editorStyles,
    css`
      section {
        margin: 0 0 2rem;
      }
    `,
  ];

  override render() {
    if (!this.types) {
      return this.typesError
        ? html`<div class="notice error" role="alert">
            <p>${this.typesError}</p>
            <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('types-reload'))}>
              Noch einmal laden
            </button>
          </div>`
        : html`<p>Die Prüftypen werden geladen …</p>`;
    }
    const types = this.types;
    return html`
      <p>
        Prüfungen bewerten jede Antwort automatisch. Eine Antwort bekommt so viele Punkte, wie sie (nach Gewicht)
        Prüfungen besteht. Geben Sie Wichtigem ein höheres Gewicht (2 oder 3); mit 0 zeigt eine Prüfung ihr Ergebnis nur
        an.
      </p>
      <p>
        Die Teams lesen zu jeder Prüfung einen Satz statt Typ und Parametern, z. B. „Spricht die Person durchgehend mit
        „Sie“ an“. Schreiben Sie ihn selbst, sonst erzeugt das Programm einen.
      </p>
      <div class="grid">
        ${textField(this.errors, {
          field: fieldKey('evals', ['pass']),
          label: 'Bestehensgrenze',
          hint: 'Ab welchem Anteil der Punkte (0 bis 1) ein Fall bestanden ist. Ohne Angabe 1: Jede Prüfung muss bestehen. Üblich sind 0,8 bis 0,9.',
          value: numberText(this.fixture.pass),
          inputmode: 'decimal',
          short: true,
          onInput: (value) => this.emit(withKey(this.fixture, 'pass', numberInput(value))),
        })}
        ${textField(this.errors, {
          field: fieldKey('evals', ['judge']),
          label: 'Bewertungsmodell (freiwillig)',
          hint: 'Nur für Prüfungen durch ein Sprachmodell (llm-rubric), z. B. „openai:gpt-4o-mini“.',
          value: text(this.fixture.judge),
          spellcheck: false,
          autocapitalize: 'off',
          onInput: (value) => this.emit(withKey(this.fixture, 'judge', value || undefined)),
        })}
      </div>
      <section aria-labelledby="defaults">
        <h3 id="defaults">Für alle Fälle</h3>
        <p class="muted">
          Was für jede Antwort gilt, z. B. Anrede oder Länge. Diese Prüfungen kommen zu jedem Fall dazu.
        </p>
        <pa-assertion-list
          .assertions=${list(this.fixture.defaults)}
          .types=${types}
          .path=${['defaults']}
          .errors=${this.errors}
          @assertions-change=${(e: CustomEvent<unknown[]>) =>
            this.emit(withKey(this.fixture, 'defaults', e.detail.length ? e.detail : undefined))}
        ></pa-assertion-list>
      </section>
      ${list(this.fixture.cases).map((c, i) => this.renderCase(record(c), i, types))}
    `;
  }

  private renderCase(c: Raw, i: number, types: AssertionType[]) {
    const id = text(c.id);
    return html`<section aria-labelledby="case-${i}">
      <h3 id="case-${i}">Fall ${i + 1}${id ? `: ${id}` : ''}</h3>
      ${c.description ? html`<p class="muted">${text(c.description)}</p>` : nothing}
      <pa-assertion-list
        .assertions=${list(c.assert)}
        .types=${types}
        .path=${['cases', i, 'assert']}
        .errors=${this.errors}
        @assertions-change=${(e: CustomEvent<unknown[]>) => {
          const cases = withItem(
            list(this.fixture.cases),
            i,
            withKey(c, 'assert', e.detail.length ? e.detail : undefined),
          );
          this.emit(withKey(this.fixture, 'cases', cases));
        }}
      ></pa-assertion-list>
    </section>`;
  }

  private emit(fixture: Raw): void {
    this.fixture = fixture;
    this.dispatchEvent(new CustomEvent('fixture-change', { detail: fixture }));
  }
}

customElements.define('pa-editor-checks', PaEditorChecks);

declare global {
  interface HTMLElementTagNameMap {
    'pa-editor-checks': PaEditorChecks;
  }
}
