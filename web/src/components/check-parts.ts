import { html, nothing } from 'lit';
import type { AssertionResult } from '../api/types.ts';

/** What attendees read for a check; results stored before checks had labels only know their type. */
export const checkLabel = (a: AssertionResult): string => a.label ?? a.type;

/** For trainers only: the check's type and the detail attendees never get (a pattern, a JSON path). */
export const technicalNote = (a: AssertionResult) =>
  html`<div class="muted">Prüfung <code>${a.type}</code>${a.detail ? html`, ${a.detail}` : nothing}</div>`;
