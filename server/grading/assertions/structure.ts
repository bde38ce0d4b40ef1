import { deepCompareStrict } from '@cfworker/json-schema';
import { JSONPath } from 'jsonpath-plus';
import * as z from 'zod';
import { CannotGradeError } from '../errors.ts';
import { excerpt, germanQuote, quote, quoteAll } from '../format.ts';
import { parseJsonOutput } from '../json/output.ts';
import { jsonSchemaParam } from '../json/schema.ts';
import { outcome } from '../result.ts';
import { fold, unfence } from '../../text/normalize.ts';
import { defineAssertion, type AssertionHandler } from '../types.ts';

const isJson = defineAssertion({
  type: 'is-json',
  summary: 'Die Antwort ist gültiges JSON, auf Wunsch nach einem JSON-Schema.',
  params: z.strictObject({ schema: jsonSchemaParam.optional() }),
  negatable: true,
  grade: ({ schema }, { output }) => {
    const parsed = parseJsonOutput(output);
    if (!parsed.ok) {
      return outcome(
        false,
        output.trim() === '' ? 'Kein JSON: die Antwort ist leer' : `Kein gültiges JSON: ${quote(excerpt(output, 40))}`,
      );
    }
    if (!schema) return outcome(true, 'Gültiges JSON');
    const problems = schema(parsed.value);
    return problems.length === 0
      ? outcome(true, 'Gültiges JSON, passt zum Schema')
      : outcome(false, `JSON passt nicht zum Schema: ${problems.join('; ')}`);
  },
  describe: ({ schema }, negated) =>
    `${negated ? 'Ist kein' : 'Ist'} gültiges JSON${schema ? ' in der vorgegebenen Struktur' : ''}`,
});

const showJson = (value: unknown): string => excerpt(JSON.stringify(value), 60);

/** Every value the path finds must be one of the expected ones, and it must find at least one. */
const jsonPath = defineAssertion({
  type: 'json-path',
  summary: 'Im JSON der Antwort steht an einer Stelle ein bestimmter Wert.',
  params: z
    .strictObject({
      path: z.string().regex(/^\$/u, { error: 'muss mit "$" beginnen, z. B. "$.status"' }),
      equals: z.json().optional(),
      'one-of': z.array(z.json()).min(1, { error: 'braucht mindestens einen Wert' }).optional(),
    })
    .refine((params) => (params.equals === undefined) !== (params['one-of'] === undefined), {
      error: 'braucht genau eines von "equals" oder "one-of"',
    }),
  negatable: true,
  // The path is the trainer's: attendees read about "the checked place", trainers also get the path as detail.
  grade: ({ path, equals, 'one-of': oneOf }, { output }) => {
    const parsed = parseJsonOutput(output);
    // Not a mismatch but nothing to look at; "not-json-path" must not pass on prose.
    if (!parsed.ok) throw new CannotGradeError('Kein gültiges JSON, daher kein Wert an der geprüften Stelle');
    const detail = `Pfad ${path}`;
    // 'safe' evaluates filter expressions without eval(), as Workers require.
    const found = JSONPath({ path, json: parsed.value as object, wrap: true, eval: 'safe' }) as unknown[];
    if (found.length === 0) return { ...outcome(false, 'An der geprüften Stelle steht nichts'), detail };
    const expected = oneOf ?? [equals];
    const wanted = oneOf ? `eines von ${oneOf.map(showJson).join(', ')}` : showJson(equals);
    const wrong = found.find((value) => !expected.some((candidate) => deepCompareStrict(value, candidate)));
    return wrong === undefined
      ? { ...outcome(true, `An der geprüften Stelle steht ${showJson(found.length === 1 ? found[0] : found)}`), detail }
      : { ...outcome(false, `An der geprüften Stelle steht ${showJson(wrong)}, erwartet ${wanted}`), detail };
  },
  describe: ({ 'one-of': oneOf }, negated) =>
    `Das JSON enthält an einer bestimmten Stelle ${negated ? 'nicht ' : ''}${oneOf ? 'einen der erwarteten Werte' : 'den erwarteten Wert'}`,
});

/**
 * The answer is the whole output (trimmed, without code fences), compared case-insensitively. A JSON answer
 * `{"label": "..."}` (other fields ignored) or `"..."` also counts, since exercises often ask for JSON.
 */
function classificationAnswer(output: string): string {
  const parsed = parseJsonOutput(output);
  if (parsed.ok) {
    const { value } = parsed;
    if (typeof value === 'string') return value.trim();
    if (typeof value === 'object' && value !== null && 'label' in value && typeof value.label === 'string')
      return value.label.trim();
  }
  return unfence(output);
}

const sameLabel = (a: string, b: string): boolean => fold(a, true).trim() === fold(b, true).trim();

const classification = defineAssertion({
  type: 'classification',
  summary: 'Die Antwort ist genau eine der erlaubten Kategorien, und zwar die erwartete.',
  params: z
    .strictObject({
      labels: z.array(z.string().trim().min(1)).min(2, { error: 'braucht mindestens zwei Kategorien' }),
      value: z.string().trim().min(1, { error: 'darf nicht leer sein' }),
    })
    .refine(({ labels }) => labels.every((label, i) => labels.findIndex((other) => sameLabel(label, other)) === i), {
      error: 'Kategorien doppelt',
      path: ['labels'],
    })
    .refine(({ labels, value }) => labels.some((label) => sameLabel(label, value)), {
      error: 'muss eine der Kategorien in "labels" sein',
      path: ['value'],
    }),
  negatable: false,
  grade: ({ labels, value }, { output }) => {
    const answer = classificationAnswer(output);
    const label = labels.find((candidate) => sameLabel(candidate, answer));
    if (label === undefined) {
      return outcome(false, `Keine der erlaubten Kategorien (${quoteAll(labels)}): ${quote(excerpt(answer))}`);
    }
    return sameLabel(label, value)
      ? outcome(true, `Richtige Kategorie ${quote(label)}`)
      : outcome(false, `Kategorie ${quote(label)}, erwartet ${quote(value)}`);
  },
  describe: ({ value }) => `Wählt die Kategorie ${germanQuote(value)}`,
});

export const structureAssertions: AssertionHandler[] = [isJson, jsonPath, classification];
