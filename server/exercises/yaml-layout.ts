import type * as z from 'zod';
import { exerciseSchema, promptSchema, settingsSchema } from '../schema/exercise.ts';
import { caseSchema, fixtureSchema } from '../schema/fixture.ts';

/** How an object is written: its keys in the spec's order, and which values go without saying. */
export interface Layout {
  /** Keys in the spec's order; any other keys follow in the order given, then `trailing`. */
  keys: readonly string[];
  trailing?: readonly string[];
  /** Field schemas, to leave out a value that equals the field's default. */
  shape?: Readonly<Record<string, z.ZodType>>;
  /** Layouts of nested objects, or of each item when the field is a list. */
  fields?: Readonly<Record<string, Layout>>;
}

// Read off the schemas, so the written order follows the contract without a second list to keep.
function objectLayout(schema: { shape: Record<string, z.ZodType> }, fields?: Record<string, Layout>): Layout {
  return { keys: Object.keys(schema.shape), shape: schema.shape, ...(fields ? { fields } : {}) };
}

// `type` and what it means for attendees, then the parameters in the trainer's order, then `weight`.
const assertionLayout: Layout = { keys: ['type', 'description'], trailing: ['weight'] };

export const exerciseLayout = objectLayout(exerciseSchema, {
  starter: objectLayout(promptSchema),
  settings: objectLayout(settingsSchema),
});

export const fixtureLayout = objectLayout(fixtureSchema, {
  defaults: assertionLayout,
  cases: objectLayout(caseSchema, { assert: assertionLayout }),
});

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object's keys with a value, in layout order. */
export function orderedKeys(value: Record<string, unknown>, layout: Layout | undefined): string[] {
  const present = Object.keys(value).filter((key) => value[key] !== undefined);
  if (!layout) return present;
  const trailing = layout.trailing ?? [];
  const placed = (key: string) => layout.keys.includes(key) || trailing.includes(key);
  return [
    ...layout.keys.filter((key) => present.includes(key)),
    ...present.filter((key) => !placed(key)),
    ...trailing.filter((key) => present.includes(key)),
  ];
}

/** Whether writing the value adds nothing, because the schema fills in the same default. */
export function isDefault(layout: Layout | undefined, key: string, value: unknown): boolean {
  const parsed = layout?.shape?.[key]?.safeParse(undefined);
  return parsed?.success === true && parsed.data !== undefined && JSON.stringify(parsed.data) === JSON.stringify(value);
}

/** A copy with keys in layout order and default values left out, ready to be written as YAML. */
export function arrange(value: unknown, layout: Layout | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => arrange(item, layout));
  if (!isPlainObject(value) || !layout) return value;
  return Object.fromEntries(
    orderedKeys(value, layout)
      .filter((key) => !isDefault(layout, key, value[key]))
      .map((key) => [key, arrange(value[key], layout.fields?.[key])]),
  );
}
