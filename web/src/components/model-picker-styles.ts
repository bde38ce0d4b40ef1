import { css } from 'lit';

export const modelPickerStyles = css`
  .provider {
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    padding: 0.75rem 1rem;
    margin-top: 0.75rem;
    background: var(--pa-surface);
  }
  details {
    margin-top: 0.75rem;
  }
  summary {
    cursor: pointer;
    min-height: 2.75rem;
    padding: 0.5rem 0;
    color: var(--pa-muted);
  }
  .provider h3 {
    margin: 0;
    font-size: 1.05rem;
  }
  .note {
    margin: 0.1rem 0 0.4rem;
    font-size: 0.95rem;
    color: var(--pa-muted);
  }
  .reason {
    margin: 0.25rem 0 0.4rem;
    color: var(--pa-warn);
    font-size: 0.95rem;
  }
  .model {
    display: flex;
    align-items: flex-start;
    gap: 0.6rem;
    padding: 0.3rem 0;
  }
  input[type='checkbox'] {
    width: 1.35rem;
    height: 1.35rem;
    margin: 0.15rem 0 0;
    flex: none;
    accent-color: var(--pa-primary);
  }
  .model label {
    cursor: pointer;
  }
  .model small {
    display: block;
    color: var(--pa-muted);
  }
  .unavailable label {
    color: var(--pa-muted);
    cursor: not-allowed;
  }
`;
