/**
 * German titles of the assertion parameters, for the editor's forms (made from each type's JSON Schema). Parameter
 * names mean the same across types, so one table serves them all; where a type uses a name its own way, it says
 * so below. A test fails when a registered type has a parameter without a title.
 */
const TITLES: Record<string, string> = {
  value: 'Text',
  min: 'Mindestens',
  max: 'Höchstens',
  threshold: 'Schwelle (0 bis 1)',
  provider: 'Bewertendes Modell (leer: das der Datei)',
  schema: 'JSON-Schema',
  path: 'Stelle im JSON (JSONPath, z. B. $.status)',
  equals: 'Erwarteter Wert',
  'one-of': 'Einer dieser Werte',
  labels: 'Erlaubte Kategorien',
  flags: 'Optionen des Musters (z. B. i)',
  allowed: 'Erlaubte Normen',
  forbid: 'Verbotene Schreibweisen',
  require: 'Verlangt',
  'max-words': 'Höchstens Wörter je Satz',
  rules: 'Regeln',
  kinds: 'Arten von Kennungen',
  metric: 'Lesbarkeitsindex',
};

const BY_TYPE: Record<string, Record<string, string>> = {
  'llm-rubric': { value: 'Bewertungskriterien (in Worten)' },
  regex: { value: 'Muster (regulärer Ausdruck)' },
  classification: { value: 'Erwartete Kategorie' },
  'contains-any': { value: 'Begriffe' },
  'contains-all': { value: 'Begriffe' },
  'icontains-any': { value: 'Begriffe' },
  'icontains-all': { value: 'Begriffe' },
  'word-count': { min: 'Mindestens Wörter', max: 'Höchstens Wörter' },
  'sentence-length': { max: 'Höchstens Wörter je Satz' },
  latency: { max: 'Höchstens Millisekunden' },
  cost: { max: 'Höchstens Euro' },
  tokens: { max: 'Höchstens Tokens der Antwort' },
  readability: { min: 'Mindestwert', max: 'Höchstwert' },
};

export const paramTitle = (type: string, param: string): string | undefined => BY_TYPE[type]?.[param] ?? TITLES[param];

/** The JSON Schema of a type's parameters with a German `title` on each property. */
export function withParamTitles(type: string, schema: Record<string, unknown>): Record<string, unknown> {
  const properties = schema.properties as Record<string, Record<string, unknown>> | undefined;
  if (!properties) return schema;
  const titled = Object.fromEntries(
    Object.entries(properties).map(([name, property]) => [
      name,
      { ...property, title: paramTitle(type, name) ?? name },
    ]),
  );
  return { ...schema, properties: titled };
}
