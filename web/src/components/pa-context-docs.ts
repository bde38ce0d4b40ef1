import { css, html, LitElement, nothing } from 'lit';
import type { PublicCase } from '../api/types.ts';
import { caseTitle } from '../lib/labels.ts';
import { disclosureStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';

type VisibleCase = Extract<PublicCase, { hidden: false }>;

/** The exercise's documents and the visible cases' data, each collapsible. */
export class PaContextDocs extends LitElement {
  static override properties = {
    context: { attribute: false },
    cases: { attribute: false },
  };

  declare context: Record<string, string>;
  declare cases: PublicCase[];

  constructor() {
    super();
    this.context = {};
    this.cases = [];
  }

  static override styles = [
    baseStyles,
    disclosureStyles,
    css`
      summary code,
      dt code {
        font-family: var(--pa-mono);
        font-weight: 400;
      }
      .body {
        padding: 0 0.9rem 0.75rem;
      }
      pre {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        font-family: var(--pa-mono);
        font-size: 0.9rem;
        margin: 0;
        background: var(--pa-bg);
        padding: 0.6rem 0.75rem;
        border-radius: var(--pa-radius);
      }
      dl {
        margin: 0;
      }
      dt {
        margin: 0.5rem 0 0.25rem;
      }
      dd {
        margin: 0;
      }
      h3 {
        margin-top: 1.25rem;
      }
    `,
  ];

  override render() {
    const visible = this.cases.filter((c): c is VisibleCase => !c.hidden);
    const hidden = this.cases.length - visible.length;
    const documents = Object.entries(this.context);
    return html`
      <h2>Unterlagen</h2>
      ${
        documents.length
          ? html`<p class="muted">Diese Dokumente setzen Sie mit ihrem Namen in den Prompt ein.</p>
              ${documents.map(
                ([name, text]) =>
                  html`<details>
                    <summary>Dokument <code>{{${name}}}</code></summary>
                    <div class="body"><pre>${text}</pre></div>
                  </details>`,
              )}`
          : html`<p class="muted">Zu dieser Übung gehören keine Dokumente.</p>`
      }
      <h3>Fälle</h3>
      <p class="muted">
        Ihr Prompt läuft für jeden Fall einmal.
        ${
          hidden
            ? `Dazu kommen ${hidden === 1 ? 'ein verborgener Fall' : `${hidden} verborgene Fälle`}: Sie zählen für die Wertung, ihr Inhalt bleibt geheim.`
            : nothing
        }
      </p>
      ${visible.map(
        (c) =>
          html`<details>
            <summary>${caseTitle(c)}</summary>
            <div class="body">
              <dl>
                ${Object.entries(c.vars).map(
                  ([name, value]) =>
                    html`<dt><code>{{${name}}}</code></dt>
                      <dd><pre>${value}</pre></dd>`,
                )}
              </dl>
            </div>
          </details>`,
      )}
    `;
  }
}

customElements.define('pa-context-docs', PaContextDocs);

declare global {
  interface HTMLElementTagNameMap {
    'pa-context-docs': PaContextDocs;
  }
}
