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
`;
