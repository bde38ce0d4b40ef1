import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../server/exercises/yaml-fast.ts';

const root = join(import.meta.dirname, '../..');
const reference = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS();

// `yaml` is the reference: wherever js-yaml answers, it must give the same data.
describe('reading YAML the fast way', () => {
  it.each(['prompts', 'evals'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}`)))(
    'reads the shipped file %s as yaml does',
    (path) => {
      const text = readFileSync(join(root, path), 'utf8');
      expect(readPlainYaml(text)).toEqual({ data: reference(text) });
    },
  );

  const scalars = [
    ...['012', '0o17', '0x1F', '0b101', '1_000', '-1_0', '+12', '-0', '123456789012345678901234567890'],
    ...['+0.5', '.5', '5.', '1.0', '1e3', '1E3', '1.5e-3', '+.5', '-.5e3', '1e+3', '-.inf', '.INF', '.NaN', 'NaN'],
    ...['true', 'True', 'TRUE', 'tRue', 'yes', 'on', 'null', 'Null', 'NULL', '~', '', '2024-01-15', '12:30'],
    ...[
      '"1"',
      "'true'",
      '!!str 1',
      '!!int "12"',
      '!!float 3.0',
      '"\\u00e4 \\x41 \\t"',
      "'it''s'",
      '<<',
      '[1, a, {b: 2}]',
    ],
  ];
  it.each(scalars)('resolves the scalar %j as yaml does', (scalar) => {
    const text = `wert: ${scalar}\nliste:\n  - ${scalar}\n`;
    expect(readPlainYaml(text)).toEqual({ data: reference(text) });
  });

  it('reads block scalars, folded lines, comments and keys that look like numbers as yaml does', () => {
    const text = [
      '# Kommentar',
      'literal: |',
      '  Zeile eins',
      '    eingerückt',
      '',
      'gefaltet: >-',
      '  ein langer',
      '  Satz',
      'behalten: |+',
      '  Ende',
      '',
      'mehrzeilig: ein',
      '  einfacher Wert',
      '1: eins',
      '<<: {a: 1}',
      'leer:',
      '',
    ].join('\n');
    expect(readPlainYaml(text)).toEqual({ data: reference(text) });
  });

  it.each(['', '# nur ein Kommentar\n'])('reads the empty file %j as yaml does', (text) => {
    expect(readPlainYaml(text)).toEqual({ data: reference(text) });
  });

  it('reads a file saved on Windows (byte order mark, CRLF) as yaml does', () => {
    const text =
      '\uFEFFid: brief\r\ntitel: "Antwort"\r\ntext: |\r\n  Zeile eins\r\n  Zeile zwei\r\nliste:\r\n  - 1\r\n';
    expect(readPlainYaml(text)).toEqual({ data: reference(text) });
  });

  it('keeps a key named __proto__ as a plain key, as yaml does, and leaves every prototype alone', () => {
    const data = readPlainYaml('__proto__:\n  admin: true\nid: x\n')!.data as object;
    expect(Object.getOwnPropertyNames(data)).toEqual(['__proto__', 'id']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect((data as { admin?: boolean }).admin).toBeUndefined();
    expect(({} as { admin?: boolean }).admin).toBeUndefined();
    expect(Object.getOwnPropertyNames(reference('__proto__:\n  admin: true\nid: x\n'))).toEqual(['__proto__', 'id']);
  });

  it.each([
    ['an anchor', 'a: &x [1]\nb: *x\n'],
    ['a version directive', '%YAML 1.1\n---\na: yes\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a syntax error', 'a: [1, 2\n'],
    ['an unknown tag', 'a: !geheim x\n'],
    ['a binary value', 'a: !!binary aGFsbG8=\n'],
    ['a tag its value does not fit', 'a: !!int zwölf\n'],
    ['a float tag on an integer', 'a: !!float 3\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['a sequence as a key', 'a:\n  [x, y]: 1\n'],
    ['a mapping as a key', 'a: {{b: 1}: 2}\n'],
    ['a sequence as a key in a list', '- [x]: 1\n'],
    ['a sequence as a key in a flow mapping', 'a: {c: 1, [x]: 1}\n'],
  ])('leaves a file with %s to yaml', (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });
});
