import { css } from 'lit';

// Building blocks of pages loaded on demand (trainer pages, comparison, result detail), used with baseStyles.

/** Tables inside their own scrolling region (use with scrollerStyles). */
export const tableStyles = css`
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding: 0.75rem 1rem;
  }
  th,
  td {
    text-align: left;
    padding: 0.5rem 0.75rem;
    border-top: 1px solid var(--pa-border);
    vertical-align: top;
  }
  thead th {
    background: var(--pa-bg);
  }
  td.number {
    text-align: right;
    white-space: nowrap;
  }
`;

/** A modal <dialog> over a dimmed page (its width is the component's). */
export const dialogStyles = css`
  dialog {
    max-height: calc(100vh - 2rem);
    padding: 1.25rem;
    border: 0;
    border-radius: var(--pa-radius);
    box-shadow: 0 10px 40px rgb(0 0 0 / 0.35);
    color: var(--pa-text);
  }
  dialog::backdrop {
    background: rgb(11 20 33 / 0.6);
  }
`;

/** Buttons that remove or delete something. */
export const dangerStyles = css`
  button.danger {
    border-color: var(--pa-bad);
    color: var(--pa-bad);
  }
  button.danger:hover:not(:disabled) {
    background: var(--pa-bad-soft);
  }
`;

/** The "← back" link above a page's heading. */
export const backLinkStyles = css`
  .back {
    display: inline-block;
    margin-bottom: 0.75rem;
  }
`;

/** A collapsible box: `<details>` with its `<summary>` line as a large enough target. */
export const disclosureStyles = css`
  details {
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    margin-bottom: 0.5em;
  }
  summary {
    cursor: pointer;
    padding: 0.5em 0.8em;
    font-weight: 600;
    min-height: 2.75rem;
  }
`;

/** A row of buttons at the end of a form or dialog. */
export const actionRowStyles = css`
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-top: 1.5rem;
  }
`;
