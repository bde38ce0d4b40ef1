import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { templateSegments, unknownVariables } from '../lib/variables.ts';
import { baseStyles } from '../styles/shared.ts';
import { templateFieldStyles } from './template-field-styles.ts';

const listNames = (names: string[]) => names.map((name) => `{{${name}}}`).join(', ');

/**
 * A real <textarea> for a prompt template. A backdrop behind it, identical in font and wrapping, marks
 * {{variables}}: known ones tinted, unknown ones tinted and underlined, and named in text below the field.
 * Fires `value-input` (detail: the new text) on every keystroke.
 */
export class PaTemplateField extends LitElement {
  static override properties = {
    label: {},
    hint: {},
    value: {},
    rows: { type: Number },
    known: { attribute: false },
  };

  declare label: string;
  declare hint: string;
  declare value: string;
  declare rows: number;
  declare known: ReadonlySet<string>;

  constructor() {
    super();
    this.label = '';
    this.hint = '';
    this.value = '';
    this.rows = 4;
    this.known = new Set();
  }

  static override styles = [baseStyles, templateFieldStyles];

  override render() {
    const unknown = unknownVariables(this.value, this.known);
    return html`
      <label for="field">${this.label}</label>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      <div class="editor">
        <div class="backdrop" aria-hidden="true">${this.renderHighlights()}</div>
        <textarea
          id="field"
          rows=${this.rows}
          spellcheck="false"
          aria-describedby="${this.hint ? 'hint ' : ''}problems"
          aria-invalid=${unknown.length > 0 ? 'true' : 'false'}
          .value=${this.value}
          @input=${this.onInput}
        ></textarea>
      </div>
      <p id="problems" class="problems ${unknown.length ? 'bad' : 'muted'}" aria-live="polite">
        ${
          unknown.length
            ? `⚠ Unbekannt: ${listNames(unknown)}. Diese Variable füllt weder ein Dokument noch ein Fall.`
            : `Verfügbare Variablen: ${listNames([...this.known]) || 'keine'}`
        }
      </p>
    `;
  }

  private renderHighlights() {
    const parts = templateSegments(this.value, this.known).map((segment) =>
      segment.variable ? html`<mark class=${segment.variable}>${segment.text}</mark>` : segment.text,
    );
    // A trailing newline needs a character after it to take up its line, as it does in the textarea.
    return html`${parts}${this.value.endsWith('\n') ? ' ' : ''}`;
  }

  // A new width rewraps the text: refit then (zoom, window size, layout).
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    if (width !== this.observedWidth) this.fitHeight();
    this.observedWidth = width;
  });
  private observedWidth = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.fitHeight();
  }

  /** Grows the textarea with its text, so it never scrolls inside and the backdrop stays aligned. */
  private fitHeight(): void {
    const field = this.renderRoot.querySelector('textarea');
    if (!field) return;
    field.style.height = 'auto';
    field.style.height = `${field.scrollHeight + 4}px`;
  }

  private onInput(event: InputEvent): void {
    this.value = (event.target as HTMLTextAreaElement).value;
    this.dispatchEvent(new CustomEvent('value-input', { detail: this.value }));
  }
}

customElements.define('pa-template-field', PaTemplateField);

declare global {
  interface HTMLElementTagNameMap {
    'pa-template-field': PaTemplateField;
  }
}
