import { diffWords } from 'diff';
import { css, html, LitElement } from 'lit';
import { baseStyles } from '../styles/shared.ts';

/**
 * A word diff from `before` to `after`. Insertions are underlined, deletions struck through, and both are named
 * for screen readers, so colour is never the only cue. Part of lazily loaded views only.
 */
export class PaWordDiff extends LitElement {
  static override properties = {
    before: {},
    after: {},
    beforeName: { attribute: 'before-name' },
    afterName: { attribute: 'after-name' },
  };

  declare before: string;
  declare after: string;
  declare beforeName: string;
  declare afterName: string;

  constructor() {
    super();
    this.before = '';
    this.after = '';
    this.beforeName = 'Vorher';
    this.afterName = 'Nachher';
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
    const content = diffWords(this.before, this.after).map((part) => {
      if (part.added) return html`<ins><span class="sr-only">[Neu:] </span>${part.value}</ins>`;
      if (part.removed) return html`<del><span class="sr-only">[Entfernt:] </span>${part.value}</del>`;
      return part.value;
    });
    // The diff box keeps whitespace (pre-wrap): nothing but the content may sit inside it.
    return html`
      <p class="legend">
        <ins>Unterstrichen</ins>: steht nur in „${this.afterName}“. <del>Durchgestrichen</del>: steht nur in
        „${this.beforeName}“.
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
