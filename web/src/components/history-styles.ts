import { css } from 'lit';
import { attemptStyles } from './attempt.ts';

export const historyStyles = [
  attemptStyles,
  css`
    li.current {
      border: 2px solid var(--pa-primary);
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
  `,
];
