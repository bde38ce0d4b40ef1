/**
 * What the round's controls fire after a change went through: the page reloads at once (rather than waiting for
 * its own `workshop-changed`) and tells screen readers `detail`, a sentence saying what changed.
 */
export const roundChanged = (message: string) =>
  new CustomEvent<string>('round-changed', { detail: message, bubbles: true, composed: true });
