import { css } from 'lit';
import { baseStyles, fieldsetStyles } from '../styles/shared.ts';

/** The gallery's layout: columns side by side (or stacked), the case picker, and the projector's large type. */
export const galleryStyles = [
  baseStyles,
  fieldsetStyles,
  css`
    :host([projector]) {
      --pa-text: #000;
      --pa-muted: #000;
      --pa-bg: #fff;
      --pa-surface: #fff;
      --pa-border: #000;
      --pa-border-strong: #000;
    }
    h2 {
      font-size: 1.4em;
      overflow-wrap: anywhere;
    }
    h3 {
      font-size: 1.2em;
      overflow-wrap: anywhere;
    }
    legend {
      font-size: 1.1em;
    }
    .cases {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    .cases label {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      min-height: 2.75rem;
      cursor: pointer;
    }
    .cases input {
      width: 1.2em;
      height: 1.2em;
      margin: 0;
    }
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em 1.5em;
      margin: 1em 0 0.5em;
    }
    .tools h3 {
      margin: 0;
    }
    section.case {
      margin-top: 1em;
    }
    .entries {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(min(85vw, 20em), 1fr);
      gap: 1em;
      align-items: start;
      overflow-x: auto;
      padding: 0.25em 0.25em 1em;
      /* Contains the screen-reader texts of the entries, which would widen the page otherwise. */
      position: relative;
    }
    /* Large type: narrower columns, so that a few teams still fit side by side. */
    :host([projector]) .entries {
      grid-auto-columns: minmax(min(85vw, 14em), 1fr);
    }
    .entries.stacked {
      grid-auto-flow: row;
      grid-auto-columns: auto;
    }
  `,
];
