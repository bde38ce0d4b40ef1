import { css } from 'lit';
import { actionRowStyles } from '../../styles/blocks.ts';
import { fieldsetStyles } from '../../styles/shared.ts';

/** Fields, hints, choices, errors, the error summary and the row of buttons of every form (with baseStyles). */
export const formStyles = [
  fieldsetStyles,
  actionRowStyles,
  css`
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
    /* radioChoices: each choice a whole line to click. */
    .choices {
      display: grid;
      gap: 0.25rem;
      margin-bottom: 1rem;
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      min-height: 2.75rem;
      overflow-wrap: anywhere;
    }
    .choice input {
      width: 1.25rem;
      height: 1.25rem;
      flex: none;
    }
    .group {
      margin: 0 0 2rem;
    }
    fieldset fieldset legend {
      font-size: 1.05rem;
    }
    /* A short form (join, log-in, invitation): its parts a fixed gap apart, as wide as a line reads well. */
    form.stack {
      display: grid;
      gap: 1.25rem;
      max-width: 34rem;
    }
    form.stack .field,
    form.stack .actions,
    form.stack .notice {
      margin: 0;
    }
    form.stack input {
      max-width: none;
    }
    .summary h2 {
      font-size: 1.1rem;
    }
    .summary ul {
      margin: 0;
      padding-left: 1.2rem;
    }
  `,
];
