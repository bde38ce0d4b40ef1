/**
 * Canonical form for text comparisons: Unicode NFC (umlauts pasted from PDFs are often decomposed) and any
 * whitespace run, including no-break spaces as in "25 Euro", as a single space.
 */
export function fold(text: string, ignoreCase = false): string {
  const folded = text.normalize('NFC').replace(/\s+/gu, ' ');
  return ignoreCase ? folded.toLocaleLowerCase('de') : folded;
}

const FENCED = /^```[\w-]*[^\S\n]*\n([\s\S]*?)\n?```$/u;
const INLINE = /^`([^`\n]+)`$/u;

/** The trimmed text, without a Markdown code fence or inline backticks wrapped around all of it. */
export function unfence(text: string): string {
  const trimmed = text.trim();
  const inner = FENCED.exec(trimmed)?.[1] ?? INLINE.exec(trimmed)?.[1];
  return inner === undefined ? trimmed : inner.trim();
}
