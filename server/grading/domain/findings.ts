import * as z from 'zod';

/** A non-empty list of distinct values from `values`, for parameters like `kinds` or `rules`. */
export function subsetParam<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .array(z.enum(values))
    .min(1, { error: 'braucht mindestens einen Eintrag' })
    .refine((list) => new Set(list).size === list.length, { error: 'enthält Einträge doppelt' });
}

/** "„a“, „b“, „c“ und 2 weitere": findings in a reason, the first few in full. */
export function listFindings(items: readonly string[], max = 3, separator = ', '): string {
  const shown = items.slice(0, max).join(separator);
  return items.length > max ? `${shown} und ${items.length - max} weitere` : shown;
}

/** The whole words around a place in the output, so an attendee can find it: "…wir bitten sie um Geduld…". */
export function around(text: string, start: number, length: number, radius = 25): string {
  const from = Math.max(0, start - radius);
  const to = Math.min(text.length, start + length + radius);
  let inner = text.slice(from, to);
  // Drop the words cut in half at either end, but never the found words themselves.
  const head = from > 0 ? /^\S*\s+/u.exec(inner.slice(0, start - from)) : null;
  const tail = to < text.length ? /\s+\S*$/u.exec(inner.slice(start - from + length)) : null;
  inner = inner.slice(head?.[0].length ?? 0, tail ? inner.length - tail[0].length : inner.length);
  return `${from > 0 ? '…' : ''}${inner.replace(/\s+/gu, ' ').trim()}${to < text.length ? '…' : ''}`;
}
