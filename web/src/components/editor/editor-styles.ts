import { css } from 'lit';
import { backLinkStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { formStyles } from '../forms/form-styles.ts';
import { tabStyles } from './editor-tabs.ts';

/** The editor page: its sticky save bar above the tabs. */
export const editorStyles = [
  baseStyles,
  formStyles,
  backLinkStyles,
  tabStyles,
  css`
    .bar {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.25rem;
      align-items: center;
      padding: 0.5rem 0;
      background: var(--pa-bg);
      border-bottom: 1px solid var(--pa-border);
    }
    .bar p {
      margin: 0;
    }
    .bar button {
      margin-left: auto;
    }
    [role='tabpanel'] > h3 {
      margin-top: 2rem;
    }
  `,
];
