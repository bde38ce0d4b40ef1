import { css, html, LitElement } from 'lit';
import type { Prompt } from '../api/types.ts';
import { baseStyles, fieldsetStyles } from '../styles/shared.ts';
import './pa-template-field.ts';

/** System and user prompt. Fires `prompt-input` (detail: {system, user}) on every keystroke. */
export class PaPromptEditor extends LitElement {
  static override properties = {
    system: {},
    user: {},
    known: { attribute: false },
  };

  declare system: string;
  declare user: string;
  declare known: ReadonlySet<string>;

  constructor() {
    super();
    this.system = '';
    this.user = '';
    this.known = new Set();
  }

  static override styles = [
    baseStyles,
    fieldsetStyles,
    css`
      fieldset {
        display: grid;
        gap: 1.25rem;
      }
    `,
  ];

  override render() {
    return html`
      <fieldset>
        <legend>Ihr Prompt</legend>
        <pa-template-field
          label="Systemprompt (optional)"
          hint="Rolle und Regeln für das Modell, zum Beispiel wer schreibt und in welchem Ton."
          rows="3"
          .value=${this.system}
          .known=${this.known}
          @value-input=${(event: CustomEvent<string>) => this.changed({ system: event.detail })}
        ></pa-template-field>
        <pa-template-field
          label="Nutzerprompt"
          hint="Die eigentliche Aufgabe. Setzen Sie Unterlagen und Falldaten mit {{name}} ein."
          rows="8"
          .value=${this.user}
          .known=${this.known}
          @value-input=${(event: CustomEvent<string>) => this.changed({ user: event.detail })}
        ></pa-template-field>
      </fieldset>
    `;
  }

  private changed(part: Partial<Required<Prompt>>): void {
    Object.assign(this, part);
    const detail = { system: this.system, user: this.user };
    this.dispatchEvent(new CustomEvent('prompt-input', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-prompt-editor', PaPromptEditor);

declare global {
  interface HTMLElementTagNameMap {
    'pa-prompt-editor': PaPromptEditor;
  }
}
