import type { ModelInfo, Team, Workshop } from '../../api/types.ts';
import { formatEur, formatInteger } from '../../format.ts';

export type DataGuard = Workshop['data_guard'];
export type DataGuardReplacement = Workshop['data_guard_replacement'];

/** The data guard's choices, as the form offers them and the workshop page names them. */
export const DATA_GUARD: readonly { value: DataGuard; label: string; hint: string }[] = [
  {
    value: 'pseudonymise',
    label: 'Ersetzen (empfohlen)',
    hint: 'Namen, Anschriften, IBAN usw. werden vor dem Senden durch Platzhalter oder erfundene Werte ersetzt. Die Teams sehen die Antworten mit den echten Angaben.',
  },
  {
    value: 'block',
    label: 'Sperren',
    hint: 'Läufe mit personenbezogenen Daten werden nicht gestartet. Das Team erfährt, was wo gefunden wurde.',
  },
  {
    value: 'warn',
    label: 'Warnen',
    hint: 'Teams müssen bestätigen, bevor Daten unverändert gesendet werden.',
  },
  { value: 'off', label: 'Aus', hint: 'Texte gehen unverändert an das Modell.' },
];

/** What stands in for a replaced value. */
export const DATA_GUARD_REPLACEMENT: readonly { value: DataGuardReplacement; label: string; short: string }[] = [
  { value: 'placeholder', label: 'Platzhalter wie [Person 1]', short: 'durch Platzhalter' },
  {
    value: 'fictitious',
    label: 'Erfundene Werte gleicher Art (z. B. gültige Beispiel-IBAN)',
    short: 'durch erfundene Werte',
  },
];

export const dataGuardLabel = (value: DataGuard) => DATA_GUARD.find((g) => g.value === value)?.label ?? value;

const GUARD_SUMMARY: Readonly<Record<DataGuard, string>> = {
  pseudonymise: 'Ersetzen',
  block: 'Sperren: Läufe mit personenbezogenen Daten starten nicht',
  warn: 'Warnen: Teams bestätigen, bevor Daten unverändert gesendet werden',
  off: 'Aus: Texte gehen unverändert an das Modell',
};

/** The guard in a line: "Ersetzen durch Platzhalter; nur bei Modellen außer Haus". */
export function dataGuardSummary(w: Pick<Workshop, 'data_guard' | 'data_guard_in_house' | 'data_guard_replacement'>) {
  let what = GUARD_SUMMARY[w.data_guard] ?? dataGuardLabel(w.data_guard);
  if (w.data_guard === 'off') return what;
  const replacement = DATA_GUARD_REPLACEMENT.find((r) => r.value === w.data_guard_replacement)?.short;
  if (w.data_guard === 'pseudonymise' && replacement) what += ` ${replacement}`;
  const where = w.data_guard_in_house ? 'auch bei Modellen im Haus' : 'nur bei Modellen außer Haus';
  return `${what}; ${where}`;
}

/** Today in the browser's time zone, as YYYY-MM-DD (the default date of a new workshop). */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** "K7M 2QX": two groups of three, easy to read off a projector. */
export const spacedCode = (code: string) => code.replace(/^(.{3})(.+)$/, '$1 $2');

/** "K 7 M 2 Q X": screen readers spell the code instead of reading it as a word. */
export const spelledCode = (code: string) => [...code].join(' ');

/** "0,12 € von 5,00 €" (or just "0,12 €" without a limit), plus tokens where they count. */
export function spendText(team: Pick<Team, 'spent'>, workshop: Pick<Workshop, 'budget_eur' | 'budget_tokens'>): string {
  const { eur, tokens } = team.spent;
  const money =
    workshop.budget_eur === null ? formatEur(eur) : `${formatEur(eur)} von ${formatEur(workshop.budget_eur)}`;
  if (workshop.budget_tokens === null && tokens === 0) return money;
  const limit = workshop.budget_tokens === null ? '' : ` von ${formatInteger(workshop.budget_tokens)}`;
  return `${money}, ${formatInteger(tokens)}${limit} Tokens`;
}

export const memberName = (name: string | null) => name ?? 'ohne Namen';

/** "0,13 € / 0,52 € je 1 Mio. Tokens (Eingabe / Ausgabe)", or "" for a model without a price (or a free one). */
export const priceText = (model: Pick<ModelInfo, 'price'>) =>
  model.price && model.price.input + model.price.output > 0
    ? `${formatEur(model.price.input)} / ${formatEur(model.price.output)} je 1 Mio. Tokens (Eingabe / Ausgabe)`
    : '';
