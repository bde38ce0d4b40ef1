export const PII_KINDS = [
  'steuer-id',
  'iban',
  'rvnr',
  'kvnr',
  'ausweis',
  'pass',
  'kennzeichen',
  'phone',
  'email',
  'birthdate',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** German names for reasons and the UI. */
export const PII_LABELS: Record<PiiKind, string> = {
  'steuer-id': 'Steuer-ID',
  iban: 'IBAN',
  rvnr: 'Rentenversicherungsnummer',
  kvnr: 'Krankenversichertennummer',
  ausweis: 'Personalausweisnummer',
  pass: 'Reisepassnummer',
  kennzeichen: 'Kfz-Kennzeichen',
  phone: 'Telefonnummer',
  email: 'E-Mail-Adresse',
  birthdate: 'Geburtsdatum',
};

/** One identifier found in a text; `start`/`end` are UTF-16 offsets, `value` is the text between them. */
export interface PiiMatch {
  kind: PiiKind;
  value: string;
  start: number;
  end: number;
}

export type PiiDetector = (text: string) => PiiMatch[];

/** Matches of a global regex as PII matches; `accept` sees the match and decides. */
export function collect(text: string, pattern: RegExp, kind: PiiKind, accept: (match: RegExpExecArray) => boolean) {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match)) found.push({ kind, value: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The digit sum of a number ("Quersumme"), used by the weighted checksums. */
export function crossSum(n: number): number {
  let sum = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) sum += rest % 10;
  return sum;
}
