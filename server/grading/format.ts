// Reasons are read by attendees in German: numbers with a decimal comma, short quoted excerpts.

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const euro = new Intl.NumberFormat('de-DE', { maximumSignificantDigits: 3 });

export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** Costs are often fractions of a cent, so significant digits rather than two decimals. */
export function formatEuro(value: number): string {
  return `${euro.format(value)} €`;
}

/** "1 Wort", "245 Wörter". */
export function countOf(n: number, singular: string, plural: string): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** One line, at most `max` characters, for quoting output in a reason. */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/gu, ' ').trim();
  return line.length <= max ? line : `${line.slice(0, max - 1).trimEnd()}…`;
}

export function quote(text: string): string {
  return `"${text}"`;
}

export function quoteAll(texts: readonly string[]): string {
  return texts.map(quote).join(', ');
}

/** „25 Euro“: a value in a sentence for attendees, on one line and at most `max` characters. */
export function germanQuote(text: string, max = 60): string {
  return `„${excerpt(text, max)}“`;
}

/** „a“, „b“ oder „c“. */
export function germanList(items: readonly string[], conjunction: 'und' | 'oder'): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** "mindestens 80", "höchstens 200" or "80 bis 200": the bounds of a `min`/`max` parameter pair. */
export function formatRange(min: number | undefined, max: number | undefined): string {
  if (min === undefined) return `höchstens ${formatNumber(max!)}`;
  return max === undefined ? `mindestens ${formatNumber(min)}` : `${formatNumber(min)} bis ${formatNumber(max)}`;
}
