import { css } from 'lit';

/** Labels, inputs, hints, checkboxes and errors of the trainer's forms. */
export const formStyles = css`
  .field {
    margin: 0 0 1.25rem;
  }
  .field > label,
  .label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .hint {
    color: var(--pa-muted);
    font-size: 0.95rem;
    margin: 0 0 0.35rem;
  }
  input:not([type]),
  input[type='text'],
  input[type='date'],
  input[type='password'],
  input[type='url'] {
    min-height: 2.75rem;
    padding: 0.4rem 0.6rem;
    border: 2px solid var(--pa-border-strong);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    width: 100%;
    max-width: 32rem;
  }
  input.short {
    max-width: 12rem;
  }
  input[readonly] {
    background: var(--pa-bg);
  }
  input[aria-invalid='true'] {
    border-color: var(--pa-bad);
  }
  .field-error {
    color: var(--pa-bad);
    font-weight: 600;
    margin: 0.25rem 0 0;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.3rem 0;
  }
  .check input {
    width: 1.35rem;
    height: 1.35rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--pa-primary);
  }
  .check label {
    cursor: pointer;
  }
  .check small {
    display: block;
    color: var(--pa-muted);
    font-size: 0.95rem;
  }
  .group {
    margin: 0 0 2rem;
  }
  fieldset fieldset legend {
    font-size: 1.05rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
  .summary h2 {
    font-size: 1.1rem;
  }
  .summary ul {
    margin: 0;
    padding-left: 1.2rem;
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

/** A link that looks like a (secondary) button: for navigation that reads as an action. */
export const linkButtonStyles = css`
  a.button {
    display: inline-flex;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.5rem 1.1rem;
    border-radius: var(--pa-radius);
    border: 2px solid var(--pa-primary);
    background: var(--pa-surface);
    color: var(--pa-primary);
    font-weight: 600;
    text-decoration: none;
  }
  a.button:hover {
    background: var(--pa-primary-soft);
  }
  a.button.primary {
    background: var(--pa-primary);
    color: #fff;
  }
  a.button.primary:hover {
    background: var(--pa-primary-dark);
    border-color: var(--pa-primary-dark);
  }
`;

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

/** A modal <dialog> over a dimmed page. */
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
