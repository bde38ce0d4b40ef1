/** Model prices are tiny: enough digits to see a difference, at least cents (shared by the API's messages and the UI). */
export function formatEur(value: number): string {
  const digits = value === 0 || value >= 0.1 ? 2 : 4;
  return new Intl.NumberFormat('de-DE', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}
