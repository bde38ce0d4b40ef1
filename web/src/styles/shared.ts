import { css } from 'lit';

/**
 * Base styles every component adopts: type, links, focus rings, buttons (and links that look like one, for
 * navigation that reads as an action), screen-reader-only text.
 */
export const baseStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.75rem;
    color: var(--pa-text);
  }
  h1 {
    font-size: 1.75rem;
  }
  h2 {
    font-size: 1.3rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--pa-primary);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--pa-primary-dark);
    text-decoration-thickness: 2px;
  }
  :focus-visible {
    outline: 3px solid var(--pa-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--pa-text);
    border-radius: 2px;
  }
  /* Headings and regions take the focus only programmatically (after navigation): no ring there. */
  [tabindex='-1']:focus {
    outline: none;
    box-shadow: none;
  }
  button,
  a.button {
    font: inherit;
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2.75rem;
    padding: 0.5rem 1.1rem;
    border-radius: var(--pa-radius);
    border: 2px solid var(--pa-primary);
    background: var(--pa-surface);
    color: var(--pa-primary);
    cursor: pointer;
    text-decoration: none;
  }
  button:hover:not(:disabled),
  a.button:hover {
    background: var(--pa-primary-soft);
  }
  button.primary,
  a.button.primary {
    background: var(--pa-primary);
    color: #fff;
  }
  button.primary:hover:not(:disabled),
  a.button.primary:hover {
    background: var(--pa-primary-dark);
    border-color: var(--pa-primary-dark);
  }
  button.link {
    min-height: 0;
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:disabled {
    cursor: not-allowed;
    border-color: var(--pa-border-strong);
    color: var(--pa-muted);
    background: var(--pa-bg);
  }
  select,
  input,
  textarea {
    font: inherit;
    color: var(--pa-text);
  }
  select {
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--pa-border-strong);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    max-width: 100%;
  }
  .muted {
    color: var(--pa-muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .panel {
    background: var(--pa-surface);
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    padding: 1.25rem;
  }
  .notice {
    border-left: 6px solid var(--pa-primary);
    background: var(--pa-primary-soft);
    padding: 0.75rem 1rem;
    border-radius: var(--pa-radius);
    margin: 0 0 1rem;
  }
  .notice.error {
    border-color: var(--pa-bad);
    background: var(--pa-bad-soft);
  }
  .notice.warn {
    border-color: var(--pa-warn);
    background: var(--pa-warn-soft);
  }
  .tag {
    display: inline-block;
    padding: 0.05rem 0.55rem;
    border-radius: 999px;
    border: 1px solid var(--pa-border-strong);
    font-size: 0.875rem;
    color: var(--pa-text);
    background: var(--pa-bg);
  }
  .pass {
    color: var(--pa-ok);
    font-weight: 600;
  }
  .fail {
    color: var(--pa-bad);
    font-weight: 600;
  }
  .spinner {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border: 2px solid var(--pa-border);
    border-top-color: var(--pa-primary);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    vertical-align: -0.1em;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-top-color: var(--pa-border-strong);
    }
  }
`;

/** A plain fieldset whose legend reads as a section heading. */
export const fieldsetStyles = css`
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
    min-width: 0;
  }
  legend {
    font-size: 1.3rem;
    font-weight: 700;
    padding: 0;
    margin-bottom: 0.5rem;
  }
`;

/** A wide table's own scrolling region, so the page itself never scrolls sideways (360 px, 200 % zoom). */
export const scrollerStyles = css`
  .scroller {
    overflow-x: auto;
    /* Contains the absolutely positioned screen-reader texts, which would widen the page otherwise. */
    position: relative;
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
  }
`;

/** A list of framed items (workshops, attempts), one below the other. */
export const cardListStyles = css`
  .cards {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  .cards > li {
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    padding: 0.9rem 1rem;
  }
`;
