import * as z from 'zod';

/** A non-empty text to look for. YAML reads `value: 25` as a number; the trainer means the text "25". */
export const textParam = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().min(1, { error: 'darf nicht leer sein' }),
);

export const textListParam = z.array(textParam).min(1, { error: 'braucht mindestens einen Eintrag' });

/** A share from 0 to 1, such as a similarity or rubric threshold. */
export const shareParam = z.number().min(0).max(1);

/** Parameters with an optional `min` and `max`: at least one of them, and `min` not above `max`. */
export function withRange<S extends z.ZodObject<{ min: z.ZodOptional<z.ZodNumber>; max: z.ZodOptional<z.ZodNumber> }>>(
  schema: S,
) {
  return schema
    .refine(({ min, max }) => min !== undefined || max !== undefined, {
      error: 'braucht "min" oder "max" (oder beide)',
    })
    .refine(({ min, max }) => min === undefined || max === undefined || min <= max, {
      error: '"min" ist größer als "max"',
      path: ['min'],
    });
}
