import { css, html, LitElement, nothing } from 'lit';
import type { PublicCase } from '../api/types.ts';
import { disclosureStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';

type VisibleCase = Extract<PublicCase, { hidden: false }>;

/** Inputs up to this length show open; longer ones start collapsed, so the answers stay near the top. */
const SHORT = 400;

/**
 * What a case gives the model: each input (collapsed when long) and, if asked for, the model answer. The gallery
 * and the voting page show it below the case's title, above the answers being compared.
 */
export class PaGalleryCase extends LitElement {
  static override properties = {
    case: { attribute: false },
    reference: { type: Boolean },
  };

  declare case: VisibleCase;
  /** Also the model answer (the gallery); the blind vote leaves it out, so that people judge for themselves. */
  declare reference: boolean;

  constructor() {
    super();
    this.reference = false;
  }

  static override styles = [
    baseStyles,
    disclosureStyles,
    css`
      code {
        font-family: var(--pa-mono);
        font-weight: 400;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-family: var(--pa-mono);
        font-size: 0.9em;
        margin: 0 0.75em 0.75em;
        background: var(--pa-bg);
        padding: 0.5em 0.75em;
        border-radius: var(--pa-radius);
      }
    `,
  ];

  override render() {
    const c = this.case;
    const inputs = Object.entries(c.vars);
    return html`
      ${inputs.map(([name, value]) => this.block(html`Eingabe <code>{{${name}}}</code>`, value))}
      ${this.reference && c.reference ? this.block('Musterlösung', c.reference) : nothing}
    `;
  }

  private block(summary: unknown, text: string) {
    return html`<details ?open=${text.length <= SHORT}>
      <summary>${summary}</summary>
      <pre>${text}</pre>
    </details>`;
  }
}

customElements.define('pa-gallery-case', PaGalleryCase);

declare global {
  interface HTMLElementTagNameMap {
    'pa-gallery-case': PaGalleryCase;
  }
}
