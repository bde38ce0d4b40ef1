import { describe, expect, it } from 'vitest';
import { validatePromptVariables } from '../../server/exercises/prompt-variables.ts';
import { exerciseSchema } from '../../server/schema/exercise.ts';
import { fixtureSchema } from '../../server/schema/fixture.ts';

const exercise = exerciseSchema.parse({
  id: 'sperrmuell',
  title: 'Sperrmüll',
  level: 1,
  task: 'Aufgabe',
  context: { faq: 'FAQ' },
  starter: { user: '{{anfrage}} {{faq}}' },
});

const fixture = fixtureSchema.parse({
  exercise: 'sperrmuell',
  cases: [
    { id: 'a', vars: { anfrage: 'A', name: 'Erika' }, assert: [{ type: 'contains', value: 'x' }] },
    { id: 'b', vars: { anfrage: 'B' }, assert: [{ type: 'contains', value: 'x' }] },
  ],
});

describe("validatePromptVariables for an attendee's prompt", () => {
  it('accepts variables from the context and from every case', () => {
    expect(validatePromptVariables({ system: 'FAQ: {{ faq }}', user: '{{anfrage}}' }, exercise, fixture)).toEqual([]);
  });

  it('names the case that lacks a variable some cases have', () => {
    expect(validatePromptVariables({ user: 'Hallo {{name}}' }, exercise, fixture)).toEqual([
      {
        field: 'user',
        variable: 'name',
        case: { index: 1, id: 'b' },
        message: 'Fall "b": Die Variable {{name}} ist weder im Fall noch im Kontext vorhanden',
      },
    ]);
  });

  it('reports a variable nothing provides once, at its first use, system before user', () => {
    expect(
      validatePromptVariables({ system: '{{ rolle }}', user: '{{rolle}} {{tippfehler}}' }, exercise, fixture),
    ).toEqual([
      {
        field: 'system',
        variable: 'rolle',
        message: 'Die Variable {{rolle}} ist weder im Kontext der Übung noch in einem Fall vorhanden',
      },
      {
        field: 'user',
        variable: 'tippfehler',
        message: 'Die Variable {{tippfehler}} ist weder im Kontext der Übung noch in einem Fall vorhanden',
      },
    ]);
  });

  it('without a fixture, only the context counts', () => {
    expect(validatePromptVariables({ user: '{{faq}} {{anfrage}}' }, exercise)).toEqual([
      expect.objectContaining({ field: 'user', variable: 'anfrage' }),
    ]);
  });

  it('does not take names from the object prototype', () => {
    expect(validatePromptVariables({ user: '{{constructor}}' }, exercise, fixture)).toHaveLength(1);
  });
});
