import { css } from 'lit';

export const historyStyles = css`
  ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.75rem;
  }
  li {
    border: 1px solid var(--pa-border);
    border-radius: var(--pa-radius);
    background: var(--pa-surface);
    padding: 0.9rem 1rem;
  }
  li.current {
    border: 2px solid var(--pa-primary);
  }
  h3 {
    margin: 0 0 0.25rem;
    font-size: 1.05rem;
  }
  .facts {
    margin: 0 0 0.5rem;
  }
  details summary {
    cursor: pointer;
    min-height: 2rem;
  }
  h4 {
    margin: 0.75rem 0 0;
    font-size: 1rem;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-family: var(--pa-mono);
    font-size: 0.9rem;
    background: var(--pa-bg);
    padding: 0.6rem 0.75rem;
    border-radius: var(--pa-radius);
    margin: 0.5rem 0 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-top: 0.75rem;
  }
  .choose {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    cursor: pointer;
  }
  .choose input {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--pa-primary);
  }
  .compare {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-bottom: 1rem;
  }
`;
