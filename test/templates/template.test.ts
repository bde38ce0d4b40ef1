import { describe, expect, it } from 'vitest';
import { MissingVariableError, renderTemplate } from '../../server/templates/render.ts';
import { findTemplateTokens, templateVariables } from '../../server/templates/tokens.ts';

describe('findTemplateTokens', () => {
  it('finds each placeholder with its name and offsets, spaces inside allowed', () => {
    const template = 'A {{x}} B {{ y_2 }} C {{\tZ\t}}';
    expect(findTemplateTokens(template)).toEqual([
      { name: 'x', start: 2, end: 7 },
      { name: 'y_2', start: 10, end: 19 },
      { name: 'Z', start: 22, end: 29 },
    ]);
    for (const token of findTemplateTokens(template)) {
      expect(template.slice(token.start, token.end)).toMatch(/^\{\{\s*\w+\s*\}\}$/);
    }
  });

  it('leaves everything that is not {{ name }} alone', () => {
    const literal = [
      '{{ 1abc }}',
      '{{ a.b }}',
      '{{ a | upper }}',
      '{% if x %}',
      '{{}}',
      '{{ }}',
      '{ {x} }',
      '{{x}',
      '{x}}',
      '{{ x\n}}',
      '{{ä}}',
      '${x}',
      '{{ constructor() }}',
    ];
    for (const template of literal) expect(findTemplateTokens(template), template).toEqual([]);
  });

  it('finds adjacent placeholders and the inner one of triple braces', () => {
    expect(findTemplateTokens('{{a}}{{b}}').map((t) => t.name)).toEqual(['a', 'b']);
    expect(findTemplateTokens('{{{a}}}')).toEqual([{ name: 'a', start: 1, end: 6 }]);
  });

  it('stays fast on input built to make a naive pattern backtrack', () => {
    // Unclosed openers make a lazy `{{(.*?)}}` scan to the end from each of them: quadratic, minutes here.
    // The test times out if that ever comes back; the counts are the check.
    expect(findTemplateTokens('{{'.repeat(200_000))).toEqual([]);
    expect(findTemplateTokens('{{ x '.repeat(100_000))).toEqual([]);
    expect(findTemplateTokens(`{{${' '.repeat(100_000)}x${' '.repeat(100_000)}}}`)).toHaveLength(1);
  });
});

describe('templateVariables', () => {
  it('lists each name once, in order of first use', () => {
    expect(templateVariables('{{b}} {{a}} {{ b }} {{c}}{{a}}')).toEqual(['b', 'a', 'c']);
    expect(templateVariables('kein Platzhalter')).toEqual([]);
  });
});

describe('renderTemplate', () => {
  it('fills every placeholder, repeated ones too', () => {
    expect(
      renderTemplate('Hallo {{name}}, {{ gruss }}! {{name}}', { name: 'Frau Beispiel', gruss: 'Willkommen' }),
    ).toBe('Hallo Frau Beispiel, Willkommen! Frau Beispiel');
  });

  it('inserts values verbatim and never renders them again', () => {
    const vars = { a: '{{b}}', b: 'NEIN', c: '$& $1 $$', d: '' };
    expect(renderTemplate('{{a}}|{{c}}|{{d}}|', vars)).toBe('{{b}}|$& $1 $$||');
  });

  it('keeps unknown syntax as literal text', () => {
    const template = 'Nr. {{ 1x }} {% raw %} {{ a.b }} {{a}}';
    expect(renderTemplate(template, { a: 'A' })).toBe('Nr. {{ 1x }} {% raw %} {{ a.b }} A');
  });

  it('lists all missing variables at once, each once, in German', () => {
    let error: unknown;
    try {
      renderTemplate('{{anfrage}} {{faq}} {{anfrage}} {{ort}}', { faq: 'FAQ' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingVariableError);
    const missing = error as MissingVariableError;
    expect(missing.variables).toEqual(['anfrage', 'ort']);
    expect(missing.message).toBe('Die Variablen {{anfrage}}, {{ort}} sind weder im Fall noch im Kontext vorhanden');
  });

  it('names a single missing variable in the singular', () => {
    expect(() => renderTemplate('{{anfrage}}', {})).toThrow(
      'Die Variable {{anfrage}} ist weder im Fall noch im Kontext vorhanden',
    );
  });

  it('does not take names from the object prototype', () => {
    expect(() => renderTemplate('{{constructor}} {{toString}}', {})).toThrow(MissingVariableError);
  });
});
