import { parse, stringify } from 'yaml';
import type { JsonSchema } from '../../api/authoring.ts';
import { numberInput, numberText, text } from './editor-model.ts';

/**
 * A parameter form made from an assertion type's JSON Schema, so a new type needs no form code: each property
 * becomes a field of the kind its schema asks for, validated as the trainer types (the server's check adds the
 * rules a schema cannot say, such as "min not above max").
 */
export type ParamKind = 'text' | 'number' | 'integer' | 'boolean' | 'flag' | 'choice' | 'choices' | 'lines' | 'yaml';

export interface ParamField {
  name: string;
  kind: ParamKind;
  required: boolean;
  schema: JsonSchema;
  /** The values of a choice, or of each item of a multiple choice. */
  options: string[];
}

const typeOf = (schema: JsonSchema | undefined) => (Array.isArray(schema?.type) ? undefined : schema?.type);

function kindOf(schema: JsonSchema): ParamKind {
  const type = typeOf(schema);
  if (type === 'string' && schema.const !== undefined) return 'flag';
  if (type === 'string' && schema.enum) return 'choice';
  if (type === 'string') return 'text';
  if (type === 'number' || type === 'integer' || type === 'boolean') return type;
  if (type === 'array' && typeOf(schema.items) === 'string') return schema.items?.enum ? 'choices' : 'lines';
  return 'yaml';
}

export function paramFields(schema: JsonSchema): ParamField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) => {
    const kind = kindOf(property);
    const options = (kind === 'choices' ? property.items?.enum : property.enum) ?? [];
    return { name, kind, required: required.has(name), schema: property, options: options.map(String) };
  });
}

/** What a field shows for the stored value. */
export function paramText(field: ParamField, value: unknown): string {
  if (value === undefined) return '';
  switch (field.kind) {
    case 'number':
    case 'integer':
      return numberText(value);
    case 'lines':
      return Array.isArray(value) ? value.map(text).join('\n') : text(value);
    case 'yaml':
      // A text that YAML would read as something else (a number, a list) is shown quoted, so it stays a text.
      if (typeof value === 'string') return parseYaml(value) === value ? value : JSON.stringify(value);
      return stringify(value, { lineWidth: 0 }).trimEnd();
    default:
      return text(value);
  }
}

function parseYaml(input: string): unknown {
  try {
    return parse(input) as unknown;
  } catch {
    return input;
  }
}

/** The value to store for what was typed; undefined removes the parameter. Text that is no valid value stays as typed. */
export function paramValue(field: ParamField, input: string): unknown {
  switch (field.kind) {
    case 'number':
    case 'integer':
      return numberInput(input);
    case 'lines': {
      const lines = input
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      return lines.length ? lines : undefined;
    }
    case 'yaml':
      return input.trim() === '' ? undefined : parseYaml(input);
    default:
      return input === '' ? undefined : input;
  }
}

const formatNumber = (n: number) => String(n).replace('.', ',');

/**
 * What is wrong with a value typed so far, in German; undefined when nothing is. A required field still empty is
 * no error yet: its label says it is required, and the server's check names it once the trainer saves.
 */
export function paramError(field: ParamField, value: unknown): string | undefined {
  const { schema } = field;
  if (value === undefined) return undefined;
  switch (field.kind) {
    case 'text':
      return textError(schema, text(value));
    case 'number':
    case 'integer':
      return numberError(field.kind, schema, value);
    case 'lines':
    case 'choices': {
      const items = Array.isArray(value) ? value : [];
      if (schema.minItems !== undefined && items.length < schema.minItems)
        return schema.minItems === 1
          ? 'Bitte mindestens einen Eintrag.'
          : `Bitte mindestens ${schema.minItems} Einträge.`;
      if (schema.maxItems !== undefined && items.length > schema.maxItems)
        return `Höchstens ${schema.maxItems} Einträge.`;
      return items.map((item) => (schema.items ? textError(schema.items, text(item)) : undefined)).find(Boolean);
    }
    case 'yaml':
      return typeof value === 'string' && typeOf(schema) && typeOf(schema) !== 'string'
        ? 'Kein gültiger Wert: Bitte schreiben Sie ihn als YAML oder JSON.'
        : undefined;
    default:
      return undefined;
  }
}

function textError(schema: JsonSchema, value: string): string | undefined {
  if (schema.minLength !== undefined && value.length < schema.minLength)
    return schema.minLength === 1 ? 'Darf nicht leer sein.' : `Mindestens ${schema.minLength} Zeichen.`;
  if (schema.maxLength !== undefined && value.length > schema.maxLength)
    return `Höchstens ${schema.maxLength} Zeichen.`;
  if (schema.enum && !schema.enum.includes(value)) return `Erlaubt sind: ${schema.enum.join(', ')}.`;
  if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value))
    return `Hat nicht die erwartete Form (Muster ${schema.pattern}).`;
  return undefined;
}

function numberError(kind: 'number' | 'integer', schema: JsonSchema, value: unknown): string | undefined {
  if (typeof value !== 'number') return 'Bitte geben Sie eine Zahl ein, z. B. 0,5.';
  if (kind === 'integer' && !Number.isInteger(value)) return 'Bitte geben Sie eine ganze Zahl ein.';
  if (schema.minimum !== undefined && value < schema.minimum) return `Mindestens ${formatNumber(schema.minimum)}.`;
  if (schema.maximum !== undefined && value > schema.maximum) return `Höchstens ${formatNumber(schema.maximum)}.`;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum)
    return `Muss größer als ${formatNumber(schema.exclusiveMinimum)} sein.`;
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum)
    return `Muss kleiner als ${formatNumber(schema.exclusiveMaximum)} sein.`;
  return undefined;
}

/** The hint under a field: the schema's own words, the range it allows, and what applies without a value. */
export function paramHint(field: ParamField): string {
  const { schema } = field;
  const parts = [schema.description ?? ''];
  if (field.kind === 'lines') parts.push('Ein Eintrag pro Zeile.');
  if (field.kind === 'yaml') parts.push('Als YAML oder JSON, z. B. "Bescheid", 25 oder [a, b].');
  const low = schema.minimum ?? schema.exclusiveMinimum;
  const high = schema.maximum ?? schema.exclusiveMaximum;
  if ((field.kind === 'number' || field.kind === 'integer') && (low !== undefined || high !== undefined)) {
    // zod writes the largest safe integer as the maximum of an unbounded integer: no real limit.
    const bounded = high !== undefined && high < Number.MAX_SAFE_INTEGER;
    if (low !== undefined && bounded) parts.push(`Von ${formatNumber(low)} bis ${formatNumber(high)}.`);
    else if (low !== undefined)
      parts.push(`Ab ${formatNumber(low)}${schema.exclusiveMinimum !== undefined ? ' (ausschließlich)' : ''}.`);
    else if (bounded) parts.push(`Bis ${formatNumber(high)}.`);
  }
  if (schema.default !== undefined) {
    const fallback = Array.isArray(schema.default) ? 'alle' : paramText(field, schema.default);
    parts.push(`Ohne Angabe: ${fallback}.`);
  }
  if (!field.required && schema.default === undefined) parts.push('Freiwillig.');
  return parts.filter(Boolean).join(' ');
}
