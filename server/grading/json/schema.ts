import { dereference, validate, type OutputUnit, type Schema, type SchemaDraft } from '@cfworker/json-schema';
import * as z from 'zod';

/** Validates a value; returns German descriptions of what does not fit (empty when it fits). */
export type SchemaCheck = (value: unknown) => string[];

const TYPES = new Set(['array', 'boolean', 'integer', 'null', 'number', 'object', 'string']);

/**
 * A trainer's JSON Schema, compiled once per parse. @cfworker/json-schema has no meta-schema check, so the
 * mistakes it would only hit while grading (broken $ref, unknown type, invalid pattern) are reported here.
 */
export const jsonSchemaParam = z
  .union([z.boolean(), z.record(z.string(), z.unknown())])
  .transform((raw, ctx): SchemaCheck => {
    // dereference() annotates the schema objects; keep the trainer's fixture untouched.
    const schema = structuredClone(raw) as Schema | boolean;
    let lookup: Record<string, Schema | boolean>;
    try {
      lookup = dereference(schema);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `ungültiges JSON-Schema: ${(error as Error).message}` });
      return z.NEVER;
    }
    const problem = findProblem(lookup);
    if (problem) {
      ctx.addIssue({ code: 'custom', message: `ungültiges JSON-Schema: ${problem}` });
      return z.NEVER;
    }
    const draft = draftOf(schema);
    return (value) => describe(validate(value, schema, draft, lookup, false).errors);
  });

function findProblem(lookup: Record<string, Schema | boolean>): string | undefined {
  for (const schema of new Set(Object.values(lookup))) {
    if (typeof schema === 'boolean') continue;
    const target = schema.__absolute_ref__;
    if (target !== undefined && !(target in lookup)) return `Verweis "${schema.$ref}" führt ins Leere`;
    for (const type of [schema.type ?? []].flat()) {
      if (!TYPES.has(type)) return `unbekannter Typ "${type}" (erlaubt: ${[...TYPES].join(', ')})`;
    }
    for (const pattern of [schema.pattern ?? [], Object.keys(schema.patternProperties ?? {})].flat()) {
      try {
        new RegExp(pattern, 'u');
      } catch {
        return `ungültiges Muster "${pattern}"`;
      }
    }
  }
  return undefined;
}

/** Follows `$schema` when given; otherwise the current draft. */
function draftOf(schema: Schema | boolean): SchemaDraft {
  const uri = typeof schema === 'boolean' ? '' : (schema.$schema ?? '');
  if (uri.includes('draft-04')) return '4';
  if (uri.includes('draft-07')) return '7';
  if (uri.includes('2019-09')) return '2019-09';
  return '2020-12';
}

// Keywords whose error only says "a subschema failed"; the nested error that follows is the useful one.
const WRAPPERS = new Set([
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'dependentSchemas',
  'dependencies',
  '$ref',
  '$recursiveRef',
  'allOf',
  'if',
  'then',
  'else',
]);

const MESSAGES: Record<string, string> = {
  enum: 'Wert ist nicht erlaubt',
  const: 'Wert ist nicht erlaubt',
  false: 'Feld ist nicht erlaubt',
  anyOf: 'passt zu keiner erlaubten Variante',
  oneOf: 'passt nicht zu genau einer Variante',
  not: 'Wert ist ausgeschlossen',
  minimum: 'Wert zu klein',
  exclusiveMinimum: 'Wert zu klein',
  maximum: 'Wert zu groß',
  exclusiveMaximum: 'Wert zu groß',
  multipleOf: 'Wert ist kein erlaubtes Vielfaches',
  minLength: 'Text zu kurz',
  maxLength: 'Text zu lang',
  pattern: 'Text passt nicht zum Muster',
  format: 'falsches Format',
  minItems: 'zu wenige Einträge',
  maxItems: 'zu viele Einträge',
  uniqueItems: 'Einträge doppelt',
  minProperties: 'zu wenige Felder',
  maxProperties: 'zu viele Felder',
  dependentRequired: 'abhängiges Pflichtfeld fehlt',
};

const SHOWN = 3;

// Errors inside an anyOf/oneOf branch explain why an alternative did not fit, not what is wrong.
const IN_BRANCH = /\/(?:anyOf|oneOf)\//u;

function describe(errors: readonly OutputUnit[]): string[] {
  const leaves = errors.filter((error) => !WRAPPERS.has(error.keyword) && !IN_BRANCH.test(error.keywordLocation));
  const described = leaves.slice(0, SHOWN).map(describeOne);
  if (leaves.length > SHOWN) described.push(`${leaves.length - SHOWN} weitere`);
  return described;
}

function describeOne({ keyword, instanceLocation, error }: OutputUnit): string {
  const field = instanceLocation.replace(/^#\/?/u, '');
  const where = field === '' ? '' : ` bei "${field}"`;
  if (keyword === 'required') {
    // The library names the property only in its English message: `... required property "name".`
    const name = /"([^"]*)"\.?$/u.exec(error)?.[1];
    return `Pflichtfeld${name === undefined ? '' : ` "${name}"`} fehlt${where}`;
  }
  if (keyword === 'type') {
    const expected = /Expected (.*)\.$/u.exec(error)?.[1];
    return `falscher Datentyp${where}${expected === undefined ? '' : ` (erwartet: ${expected})`}`;
  }
  return `${MESSAGES[keyword] ?? `verletzt "${keyword}"`}${where}`;
}
