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
