import { diffWords } from 'diff';
import { css, html, LitElement } from 'lit';
import { baseStyles } from '../styles/shared.ts';

/**
 * A word diff from `original` to `changed`. Insertions are underlined, deletions struck through, and both are named
 * for screen readers, so colour is never the only cue. Part of lazily loaded views only.
 */
export class PaWordDiff extends LitElement {
  static override properties = {
    original: {},
    changed: {},
    originalName: { attribute: 'original-name' },
    changedName: { attribute: 'changed-name' },
  };

  declare original: string;
  declare changed: string;
  declare originalName: string;
  declare changedName: string;

  constructor() {
    super();
    this.original = '';
    this.changed = '';
    this.originalName = 'Vorher';
    this.changedName = 'Nachher';
  }

  static override styles = [
    baseStyles,
    css`
      .legend {
        font-size: 0.95rem;
      }
      .diff {
        white-space: pre-wrap;
        overflow-wrap: anywhere;
        background: var(--pa-surface);
        border: 1px solid var(--pa-border);
        border-radius: var(--pa-radius);
        padding: 0.75rem 1rem;
        line-height: 1.7;
      }
      ins {
        background: var(--pa-ok-soft);
        color: #064d25;
        text-decoration: underline 2px;
        text-underline-offset: 3px;
      }
      del {
        background: var(--pa-bad-soft);
        color: #7d0015;
        text-decoration: line-through 2px;
      }
    `,
  ];

  override render() {
    const content = diffWords(this.original, this.changed).map((part) => {
      if (part.added) return html`<ins><span class="sr-only">[Neu:] </span>${part.value}</ins>`;
      if (part.removed) return html`<del><span class="sr-only">[Entfernt:] </span>${part.value}</del>`;
      return part.value;
    });
    // The diff box keeps whitespace (pre-wrap): nothing but the content may sit inside it.
    return html`
      <p class="legend">
        <ins>Unterstrichen</ins>: steht nur in „${this.changedName}“. <del>Durchgestrichen</del>: steht nur in
        „${this.originalName}“.
      </p>
      <div class="diff">${content}</div>
    `;
  }
}

customElements.define('pa-word-diff', PaWordDiff);

declare global {
  interface HTMLElementTagNameMap {
    'pa-word-diff': PaWordDiff;
  }
}
