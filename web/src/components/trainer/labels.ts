import type { ModelInfo, Team, Workshop } from '../../api/types.ts';
import { formatEur, formatInteger } from '../../format.ts';

export type DataGuard = Workshop['data_guard'];

/** The data guard's choices, as the form offers them and the workshop page names them. */
export const DATA_GUARD: readonly { value: DataGuard; label: string; hint: string }[] = [
  {
    value: 'pseudonymise',
    label: 'Personenbezogene Daten ersetzen (empfohlen)',
    hint: 'Namen, Adressen und Kennungen werden vor dem Senden an ein externes Modell durch Platzhalter ersetzt.',
  },
  {
    value: 'block',
    label: 'Lauf sperren',
    hint: 'Enthält ein Prompt personenbezogene Daten, startet der Lauf nicht, und das Team erfährt, warum.',
  },
  {
    value: 'warn',
    label: 'Nur warnen',
    hint: 'Das Team wird auf personenbezogene Daten hingewiesen, der Lauf startet trotzdem unverändert.',
  },
  { value: 'off', label: 'Aus', hint: 'Keine Prüfung: Prompts gehen so an das Modell, wie das Team sie schreibt.' },
];

export const dataGuardLabel = (value: DataGuard) => DATA_GUARD.find((g) => g.value === value)?.label ?? value;

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
