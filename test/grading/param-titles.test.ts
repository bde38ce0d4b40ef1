import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { paramTitle, withParamTitles } from '../../server/grading/param-titles.ts';

describe('German titles of assertion parameters', () => {
  it.each(builtinAssertions.map((h) => [h.type, h] as const))('%s: every parameter has one', (type, handler) => {
    const schema = z.toJSONSchema(handler.params, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const names = Object.keys((schema.properties ?? {}) as object);
    expect(names.filter((name) => paramTitle(type, name) === undefined)).toEqual([]);
    const titled = withParamTitles(type, schema).properties as Record<string, { title: string }> | undefined;
    for (const name of names) expect(titled![name]!.title).toBe(paramTitle(type, name));
  });

  it('says what a name means for the type that uses it its own way', () => {
    expect(paramTitle('regex', 'value')).toBe('Muster (regulärer Ausdruck)');
    expect(paramTitle('contains', 'value')).toBe('Text');
    expect(paramTitle('word-count', 'max')).toBe('Höchstens Wörter');
  });
});
