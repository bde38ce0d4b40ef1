import { css } from 'lit';
import { dialogStyles } from '../styles/blocks.ts';

export const resultDetailStyles = [
  dialogStyles,
  css`
    dialog {
      width: min(60rem, calc(100vw - 1rem));
      padding: 0;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: flex-start;
      gap: 1rem;
      padding: 1rem 1.25rem;
      border-bottom: 1px solid var(--pa-border);
      position: sticky;
      top: 0;
      background: var(--pa-surface);
      z-index: 1;
    }
    header h2 {
      margin: 0;
      font-size: 1.25rem;
    }
    header p {
      margin: 0.25rem 0 0;
    }
    .content {
      padding: 1rem 1.25rem 1.5rem;
    }
    section + section {
      margin-top: 1.5rem;
    }
    .summary {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      align-items: baseline;
    }
    .output {
      border: 1px solid var(--pa-border);
      border-radius: var(--pa-radius);
      padding: 0.75rem 1rem;
      background: var(--pa-bg);
    }
    ul.assertions {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    ul.assertions li {
      border-top: 1px solid var(--pa-border);
      padding: 0.5rem 0;
      overflow-wrap: anywhere;
    }
    code {
      font-family: var(--pa-mono);
    }
    details.sent {
      margin-top: 1.5rem;
    }
    details.sent .body {
      padding: 0 0.9rem 0.75rem;
    }
    details.sent .versions {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
      gap: 0 1.25rem;
    }
    details.sent .versions section + section {
      margin-top: 0;
    }
    details.sent h4 {
      font-size: 1rem;
      margin: 0.75rem 0 0;
    }
    details.sent .part {
      font-weight: 600;
      margin: 0.75rem 0 0.25rem;
    }
    details.sent pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font-family: var(--pa-mono);
      font-size: 0.9rem;
      margin: 0;
      background: var(--pa-bg);
      padding: 0.6rem 0.75rem;
      border-radius: var(--pa-radius);
    }
  `,
];
