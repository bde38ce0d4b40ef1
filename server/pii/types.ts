/** Identifiers with a fixed format (most with a check digit): what `no-pii` checks unless told otherwise. */
export const IDENTIFIER_KINDS = [
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

/** Every kind: the identifiers and the personal data found by context (names, addresses, file numbers, …). */
export const PII_KINDS = [...IDENTIFIER_KINDS, 'person', 'address', 'case-number', 'health', 'religion'] as const;
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
  person: 'Name',
  address: 'Anschrift',
  'case-number': 'Aktenzeichen oder Kundennummer',
  health: 'Gesundheitsangabe',
  religion: 'Religionsangabe',
};

/** Short words for the placeholders that replace personal data, as in "[Person 1]". */
export const PII_PLACEHOLDER_LABELS: Record<PiiKind, string> = {
  'steuer-id': 'Steuer-ID',
  iban: 'IBAN',
  rvnr: 'RV-Nummer',
  kvnr: 'KV-Nummer',
  ausweis: 'Ausweisnummer',
  pass: 'Passnummer',
  kennzeichen: 'Kennzeichen',
  phone: 'Telefon',
  email: 'E-Mail',
  birthdate: 'Geburtsdatum',
  person: 'Person',
  address: 'Adresse',
  'case-number': 'Aktenzeichen',
  health: 'Gesundheit',
  religion: 'Religion',
};

/** One identifier found in a text; `start`/`end` are UTF-16 offsets, `value` is the text between them. */
export interface PiiMatch {
  kind: PiiKind;
  value: string;
  start: number;
  end: number;
}

/** Finds one or more kinds in a text. Rule-based today; a statistical (NER) model would have the same shape. */
export type PiiDetector = (text: string) => PiiMatch[];

/** Matches of a global regex as PII matches; `accept` sees the match and decides. */
export function collect(text: string, pattern: RegExp, kind: PiiKind, accept: (match: RegExpExecArray) => boolean) {
  const found: PiiMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match)) found.push({ kind, value: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** A match for `text.slice(start, end)`. */
export function matchAt(text: string, kind: PiiKind, start: number, end: number): PiiMatch {
  return { kind, value: text.slice(start, end), start, end };
}

/** The digit sum of a number ("Quersumme"), used by the weighted checksums. */
export function crossSum(n: number): number {
  let sum = 0;
  for (let rest = n; rest > 0; rest = Math.floor(rest / 10)) sum += rest % 10;
  return sum;
}

/** Horizontal white space (a regex source): names and numbers do not run across a line break. */
export const SP = String.raw`[^\S\n]`;
