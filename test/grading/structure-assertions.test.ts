import { describe, expect, it } from 'vitest';
import { grade, issues } from './context.ts';

const bescheid = JSON.stringify({
  name: 'Erika Beispiel',
  betrag: 25,
  status: 'bewilligt',
  posten: [{ art: 'Sofa' }, { art: 'Schrank' }],
});
const schema = {
  type: 'object',
  required: ['name', 'betrag'],
  properties: {
    name: { type: 'string' },
    betrag: { type: 'number', minimum: 0 },
    status: { enum: ['bewilligt', 'abgelehnt'] },
  },
};

describe('is-json', () => {
  it('passes on plain JSON and on a ```json fenced block', async () => {
    expect(await grade('is-json', {}, bescheid)).toMatchObject({ pass: true, reason: 'Gültiges JSON' });
    expect((await grade('is-json', {}, `\`\`\`json\n${bescheid}\n\`\`\`\n`)).pass).toBe(true);
  });
  it('fails on prose, on text around the block and on empty output', async () => {
    expect(await grade('is-json', {}, 'Hier ist das JSON: {"a": 1}')).toMatchObject({
      pass: false,
      reason: 'Kein gültiges JSON: "Hier ist das JSON: {"a": 1}"',
    });
    expect((await grade('is-json', {}, `Gern:\n\`\`\`json\n${bescheid}\n\`\`\``)).pass).toBe(false);
    expect(await grade('is-json', {}, '  ')).toMatchObject({ pass: false, reason: 'Kein JSON: die Antwort ist leer' });
  });
  it('validates against a schema and explains the misfit in German', async () => {
    expect(await grade('is-json', { schema }, bescheid)).toMatchObject({
      pass: true,
      reason: 'Gültiges JSON, passt zum Schema',
    });
    const result = await grade('is-json', { schema }, '{"betrag": "25", "status": "offen"}');
    expect(result).toMatchObject({ pass: false, score: 0 });
    expect(result.reason).toBe(
      'JSON passt nicht zum Schema: Pflichtfeld "name" fehlt; falscher Datentyp bei "betrag" (erwartet: "number"); Wert ist nicht erlaubt bei "status"',
    );
  });
  it('names the allowed alternatives failing as a whole, not each branch', async () => {
    const nullable = {
      type: 'object',
      properties: { frist: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
      additionalProperties: false,
    };
    const result = await grade('is-json', { schema: nullable }, '{"frist": 14, "extra": true}');
    expect(result.reason).toBe(
      'JSON passt nicht zum Schema: passt zu keiner erlaubten Variante bei "frist"; Feld ist nicht erlaubt bei "extra"',
    );
  });
  it('resolves local $refs and follows $schema', async () => {
    const withRef = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { art: { type: 'string' } },
      type: 'object',
      properties: {
        posten: { type: 'array', items: { type: 'object', properties: { art: { $ref: '#/definitions/art' } } } },
      },
    };
    expect((await grade('is-json', { schema: withRef }, bescheid)).pass).toBe(true);
    expect((await grade('is-json', { schema: withRef }, '{"posten": [{"art": 3}]}')).reason).toBe(
      'JSON passt nicht zum Schema: falscher Datentyp bei "posten/0/art" (erwartet: "string")',
    );
  });
  it('negates: not-is-json passes on prose', async () => {
    expect((await grade('not-is-json', {}, 'Sehr geehrte Frau Beispiel,')).pass).toBe(true);
    expect((await grade('not-is-json', {}, '{"a": 1}')).pass).toBe(false);
  });
  it('rejects schemas the validator could not use', () => {
    expect(issues({ type: 'is-json', schema: { type: 'strng' } })).toEqual([
      expect.stringMatching(/^schema: ungültiges JSON-Schema: unbekannter Typ "strng"/),
    ]);
    expect(issues({ type: 'is-json', schema: { properties: { a: { $ref: '#/$defs/fehlt' } } } })).toEqual([
      'schema: ungültiges JSON-Schema: Verweis "#/$defs/fehlt" führt ins Leere',
    ]);
    expect(issues({ type: 'is-json', schema: { type: 'string', pattern: '(' } })).toEqual([
      'schema: ungültiges JSON-Schema: ungültiges Muster "("',
    ]);
    expect(issues({ type: 'is-json', schema: 'object' })).toHaveLength(1);
    expect(issues({ type: 'is-json', schema })).toEqual([]);
    expect(issues({ type: 'is-json', schema: true })).toEqual([]);
  });
  it('leaves the trainer’s schema object untouched', async () => {
    const own = { type: 'object', properties: { a: { $ref: '#/$defs/a' } }, $defs: { a: { type: 'string' } } };
    const before = JSON.stringify(own);
    await grade('is-json', { schema: own }, '{"a": "x"}');
    expect(JSON.stringify(own)).toBe(before);
    expect(Object.getOwnPropertyNames(own.properties.a)).toEqual(['$ref']);
  });
});

describe('json-path', () => {
  it('passes when the value equals, also inside a fence', async () => {
    expect(await grade('json-path', { path: '$.status', equals: 'bewilligt' }, bescheid)).toMatchObject({
      pass: true,
      reason: 'An der geprüften Stelle steht "bewilligt"',
      detail: 'Pfad $.status',
    });
    expect((await grade('json-path', { path: '$.betrag', equals: 25 }, `\`\`\`json\n${bescheid}\n\`\`\``)).pass).toBe(
      true,
    );
  });
  it('compares strictly and deeply', async () => {
    expect(await grade('json-path', { path: '$.betrag', equals: '25' }, bescheid)).toMatchObject({
      pass: false,
      reason: 'An der geprüften Stelle steht 25, erwartet "25"',
    });
    expect((await grade('json-path', { path: '$.posten[0]', equals: { art: 'Sofa' } }, bescheid)).pass).toBe(true);
  });
  it('supports one-of and requires every match to fit', async () => {
    expect((await grade('json-path', { path: '$.status', 'one-of': ['bewilligt', 'abgelehnt'] }, bescheid)).pass).toBe(
      true,
    );
    const result = await grade('json-path', { path: '$.posten[*].art', 'one-of': ['Sofa', 'Tisch'] }, bescheid);
    expect(result).toMatchObject({
      pass: false,
      reason: 'An der geprüften Stelle steht "Schrank", erwartet eines von "Sofa", "Tisch"',
    });
  });
  it('fails when the path finds nothing', async () => {
    expect(await grade('json-path', { path: '$.frist', equals: 14 }, bescheid)).toMatchObject({
      pass: false,
      reason: 'An der geprüften Stelle steht nichts',
      detail: 'Pfad $.frist',
    });
  });
  it('negates, but not on output that is no JSON at all', async () => {
    expect((await grade('not-json-path', { path: '$.status', equals: 'abgelehnt' }, bescheid)).pass).toBe(true);
    expect((await grade('not-json-path', { path: '$.status', equals: 'bewilligt' }, bescheid)).pass).toBe(false);
    const prose = await grade('not-json-path', { path: '$.status', equals: 'abgelehnt' }, 'Der Antrag ist bewilligt.');
    expect(prose).toMatchObject({
      pass: false,
      score: 0,
      reason: 'Kein gültiges JSON, daher kein Wert an der geprüften Stelle',
    });
  });
  it('evaluates filter expressions without eval', async () => {
    expect(
      (await grade('json-path', { path: '$.posten[?(@.art === "Sofa")].art', equals: 'Sofa' }, bescheid)).pass,
    ).toBe(true);
  });
  it('needs a $-path and exactly one of equals / one-of', () => {
    expect(issues({ type: 'json-path', path: 'status', equals: 'x' })).toEqual([
      'path: muss mit "$" beginnen, z. B. "$.status"',
    ]);
    expect(issues({ type: 'json-path', path: '$.status' })).toEqual([
      ': braucht genau eines von "equals" oder "one-of"',
    ]);
    expect(issues({ type: 'json-path', path: '$.status', equals: 'a', 'one-of': ['b'] })).toEqual([
      ': braucht genau eines von "equals" oder "one-of"',
    ]);
    expect(issues({ type: 'json-path', path: '$.status', equals: null })).toEqual([]);
  });
});

describe('classification', () => {
  const params = { labels: ['Beschwerde', 'Anfrage', 'Lob'], value: 'Anfrage' };
  it('passes on the expected label, case-insensitively, trimmed and unfenced', async () => {
    expect(await grade('classification', params, ' anfrage\n')).toMatchObject({
      pass: true,
      reason: 'Richtige Kategorie "Anfrage"',
    });
    expect((await grade('classification', params, '```\nANFRAGE\n```')).pass).toBe(true);
  });
  it('accepts {"label": ...} and a JSON string', async () => {
    expect(
      (await grade('classification', params, '{"label": "Anfrage", "begruendung": "Frage nach Terminen"}')).pass,
    ).toBe(true);
    expect((await grade('classification', params, '"Anfrage"')).pass).toBe(true);
  });
  it('says which label was given when it is the wrong one', async () => {
    expect(await grade('classification', params, 'Beschwerde')).toMatchObject({
      pass: false,
      reason: 'Kategorie "Beschwerde", erwartet "Anfrage"',
    });
  });
  it('says when the answer is none of the labels', async () => {
    expect(await grade('classification', params, 'Das ist eine Anfrage.')).toMatchObject({
      pass: false,
      reason: 'Keine der erlaubten Kategorien ("Beschwerde", "Anfrage", "Lob"): "Das ist eine Anfrage."',
    });
  });
  it('validates labels and value and is not negatable', () => {
    expect(issues({ type: 'classification', labels: ['A', 'B'], value: 'C' })).toEqual([
      'value: muss eine der Kategorien in "labels" sein',
    ]);
    expect(issues({ type: 'classification', labels: ['A', 'a'], value: 'A' })).toEqual(['labels: Kategorien doppelt']);
    expect(issues({ type: 'classification', labels: ['A'], value: 'A' })).toEqual([
      'labels: braucht mindestens zwei Kategorien',
    ]);
    expect(issues({ type: 'not-classification', ...params })).toHaveLength(1);
  });
});
