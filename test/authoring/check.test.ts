import { describe, expect, it } from 'vitest';
import { checkExercise } from '../../server/authoring/check.ts';
import { readExerciseFiles } from '../../server/authoring/import.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';

const registry = new AssertionRegistry(builtinAssertions);

const prompt = `id: pruefung
title: Prüfen
level: 1
task: Beantworten Sie die Anfrage.
context:
  faq: Sperrmüll kostet 25 Euro.
  ungenutzt: Steht nirgends in der Vorlage.
starter:
  user: "{{anfrage}} {{faq}}"
`;

const LETTER = 'Sehr geehrte Damen und Herren, was kostet die Abholung?';

const evals = `exercise: pruefung
cases:
  - id: offen
    vars:
      anfrage: ${LETTER}
    reference: Die Abholung kostet 25 Euro.
    assert:
      - type: contains
        value: 25 Euro
      - type: not-contains
        value: Kein Text kommt hier vor
      - type: llm-rubric
        value: Ist die Antwort freundlich?
  - id: geheim
    hidden: true
    vars:
      anfrage: ${LETTER}
    reference: Das kostet 25 Euro.
    assert:
      - type: icontains
        value: euro
`;

describe('Testfälle prüfen, without a model', () => {
  it('grades references and bad samples, and flags what measures nothing', async () => {
    const read = readExerciseFiles({ prompt, evals }, registry);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const report = await checkExercise(read.loaded, registry, {
      samples: [{ case: 'offen', output: 'Das weiß ich nicht.' }, { output: 'Es kostet 25 Euro.' }],
    });
    const [offen, geheim] = report.cases;
    expect(offen).toMatchObject({ case: 'offen', reference: { pass: true, score: 1 } });
    expect(offen!.samples.map((s) => s.pass)).toEqual([false, true]);
    // Reference, then the two samples; the judge needs a model.
    expect(offen!.assertions.map((a) => [a.type, a.results])).toEqual([
      ['contains', [true, false, true]],
      ['not-contains', [true, true, true]],
      ['llm-rubric', [null, null, null]],
    ]);
    expect(geheim).toMatchObject({ hidden: true, reference: { pass: true } });
    expect(report.warnings.map((w) => [w.kind, w.case])).toEqual([
      ['sample-passes', 'offen'],
      ['constant-assertion', 'offen'],
      ['sample-passes', 'geheim'],
      ['constant-assertion', 'geheim'],
      ['hidden-leak', 'geheim'],
      ['unused-variable', null],
    ]);
    expect(report.warnings.at(-1)!.message).toContain('{{ungenutzt}}');
  });

  it('reports broken files by file, line and field, as validate does', () => {
    const read = readExerciseFiles({ prompt: prompt.replace('level: 1', 'level: sieben'), evals }, registry);
    expect(read).toEqual({
      ok: false,
      problems: [
        { file: 'evals', line: 1, field: 'exercise', message: expect.stringContaining('Wird nicht geladen') },
        { file: 'prompt', line: 3, field: 'level', message: expect.stringContaining('erwartet Zahl') },
      ],
    });
  });
});
