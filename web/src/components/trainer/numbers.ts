/** Numbers as people in German offices type them: "2,50", "2.50", "1.000", "2 €"; empty means "no value". */
export type Parsed = { ok: true; value: number | null } | { ok: false; error: string };

interface NumberRule {
  /** Digits allowed after the decimal comma; 0: a whole number. */
  decimals: number;
  min: number;
  max: number;
  /** Shown in the error, e.g. "2,50". */
  example: string;
}

const GROUPED = /^\d{1,3}(\.\d{3})+$/;
const plain = new Intl.NumberFormat('de-DE', { useGrouping: false, maximumFractionDigits: 6 });
const amount = new Intl.NumberFormat('de-DE', {
  useGrouping: false,
  minimumFractionDigits: 2,
  maximumFractionDigits: 6,
});

export function parseNumber(text: string, rule: NumberRule): Parsed {
  let s = text.replace(/[\s\u00a0\u202f]+/g, '').replace(/(€|EUR)$/i, '');
  if (s === '') return { ok: true, value: null };
  // A dot before exactly three digits is a thousands separator ("1.000", "1.000,50"); otherwise a decimal point.
  if (s.includes(',') || GROUPED.test(s)) s = s.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.');
  const match = /^\d+(?:\.(\d+))?$/.exec(s);
  const example = `Bitte geben Sie ${rule.decimals ? 'eine Zahl' : 'eine ganze Zahl'} ein, z. B. ${rule.example}.`;
  if (!match) return { ok: false, error: example };
  if ((match[1]?.length ?? 0) > rule.decimals) {
    return { ok: false, error: rule.decimals ? `Höchstens ${rule.decimals} Nachkommastellen. ${example}` : example };
  }
  const value = Number(s);
  if (value < rule.min || value > rule.max) {
    return { ok: false, error: `Erlaubt sind Werte von ${plain.format(rule.min)} bis ${plain.format(rule.max)}.` };
  }
  return { ok: true, value };
}

/** The text a number field starts with: "" for no value, "2,50" for money, "10" for counts. */
export function numberText(value: number | null | undefined, money = false): string {
  if (value === null || value === undefined) return '';
  return money && !Number.isInteger(value) ? amount.format(value) : plain.format(value);
}
