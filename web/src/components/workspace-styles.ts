import { css } from 'lit';

export const workspaceStyles = css`
  .back {
    display: inline-block;
    margin-bottom: 0.75rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    font-weight: 600;
    margin-bottom: 1.5rem;
  }
  .meta .tag {
    font-weight: 400;
  }
  .layout {
    display: grid;
    gap: 1.5rem;
    align-items: start;
  }
  @media (min-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
    }
  }
  .column {
    display: grid;
    gap: 1.5rem;
    min-width: 0;
  }
  .wide {
    margin-top: 2.5rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    padding-top: 0.5rem;
    border-top: 1px solid var(--pa-border);
  }
  .key {
    font-weight: 400;
    font-size: 0.85rem;
    opacity: 0.9;
  }
  .small {
    font-size: 0.9rem;
    margin: 0;
  }
`;
