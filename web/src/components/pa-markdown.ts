import { css, html, LitElement, type PropertyValues } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { baseStyles } from '../styles/shared.ts';

/** Markdown, rendered and sanitised; the renderer loads on first use. Until then the plain text shows. */
export class PaMarkdown extends LitElement {
  static override properties = {
    source: {},
    headingOffset: { type: Number, attribute: 'heading-offset' },
    rendered: { state: true },
  };

  declare source: string;
  declare headingOffset: number;
  declare rendered: string | undefined;

  constructor() {
    super();
    this.source = '';
    this.headingOffset = 0;
  }

  static override styles = [
    baseStyles,
    css`
      .plain {
        white-space: pre-wrap;
      }
      .md > :first-child {
        margin-top: 0;
      }
      .md > :last-child {
        margin-bottom: 0;
      }
      ul,
      ol {
        padding-left: 1.5rem;
        margin: 0 0 0.75rem;
      }
      li + li {
        margin-top: 0.25rem;
      }
      h2,
      h3,
      h4 {
        margin-top: 1.25rem;
      }
      code {
        font-family: var(--pa-mono);
        font-size: 0.92em;
        background: var(--pa-bg);
        border: 1px solid var(--pa-border);
        border-radius: 3px;
        padding: 0 0.25em;
      }
      pre {
        overflow-x: auto;
        background: var(--pa-bg);
        padding: 0.75rem;
        border-radius: var(--pa-radius);
      }
      pre code {
        border: 0;
        padding: 0;
      }
      table {
        border-collapse: collapse;
      }
      th,
      td {
        border: 1px solid var(--pa-border);
        padding: 0.3rem 0.5rem;
      }
      blockquote {
        margin: 0 0 0.75rem;
        padding-left: 1rem;
        border-left: 4px solid var(--pa-border-strong);
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source') || changed.has('headingOffset')) void this.renderSource();
  }

  private async renderSource(): Promise<void> {
    const { source, headingOffset } = this;
    const { renderMarkdown } = await import('../lib/markdown.ts');
    if (source === this.source) this.rendered = renderMarkdown(source, headingOffset);
  }

  override render() {
    return this.rendered === undefined
      ? html`<div class="plain">${this.source}</div>`
      : html`<div class="md">${unsafeHTML(this.rendered)}</div>`;
  }
}

customElements.define('pa-markdown', PaMarkdown);

declare global {
  interface HTMLElementTagNameMap {
    'pa-markdown': PaMarkdown;
  }
}
