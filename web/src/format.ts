/** German number, money, time and date formats used throughout the UI. */
const points = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });
const seconds = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('de-DE');
const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' });

export const formatPoints = (value: number) => `${points.format(value)} Punkte`;
export const formatPercent = (ratio: number) => percent.format(ratio);
export const formatInteger = (value: number) => integer.format(value);
export const formatSeconds = (ms: number) => `${seconds.format(ms / 1000)} s`;
export const formatDateTime = (epochMs: number) => dateTime.format(new Date(epochMs));
/** A workshop's day: "2. Dezember 2026" for "2026-12-02", the same in every time zone. */
export const formatDay = (date: string) => day.format(new Date(`${date}T00:00:00Z`));

export { formatEur } from '../../server/text/money.ts';

export const LEVELS: Record<number, string> = {
  1: 'Einstieg',
  2: 'Grundlagen',
  3: 'Fortgeschritten',
  4: 'Erfahren',
  5: 'Profi',
};

export const levelLabel = (level: number) => `Stufe ${level}: ${LEVELS[level] ?? ''}`.trim();
