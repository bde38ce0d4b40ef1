import { css } from 'lit';

export const templateFieldStyles = css`
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.15rem;
  }
  .hint {
    color: var(--pa-muted);
    font-size: 0.95rem;
    margin-bottom: 0.4rem;
  }
  .editor {
    position: relative;
    background: var(--pa-surface);
    border-radius: var(--pa-radius);
  }
  textarea,
  .backdrop {
    font-family: var(--pa-mono);
    font-size: 0.95rem;
    line-height: 1.5;
    padding: 0.6rem 0.75rem;
    border: 2px solid var(--pa-border-strong);
    border-radius: var(--pa-radius);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    tab-size: 2;
    margin: 0;
  }
  textarea {
    position: relative;
    display: block;
    width: 100%;
    overflow: hidden;
    resize: none;
    background: transparent;
    color: var(--pa-text);
  }
  .backdrop {
    position: absolute;
    inset: 0;
    overflow: hidden;
    border-color: transparent;
    color: transparent;
    pointer-events: none;
  }
  mark {
    color: transparent;
    border-radius: 3px;
    background: #dce9f8;
  }
  mark.unknown {
    background: #fde2e6;
    text-decoration: underline wavy var(--pa-bad) 2px;
    text-underline-offset: 3px;
  }
  .problems {
    margin: 0.4rem 0 0;
    font-size: 0.95rem;
  }
  .problems.bad {
    color: var(--pa-bad);
    font-weight: 600;
  }
`;
