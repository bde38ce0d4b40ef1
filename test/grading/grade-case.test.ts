import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { gradeCase } from '../../server/grading/grade.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import { defineAssertion } from '../../server/grading/types.ts';
import { context, registry } from './context.ts';

const output = 'Sehr geehrte Frau Beispiel, die Abholung kostet 25 Euro.';
const judgeScores = (...scores: number[]) => {
  let next = 0;
  return context(output, { judge: () => Promise.resolve(JSON.stringify({ score: scores[next++], reason: 'ok' })) });
};

describe('gradeCase', () => {
  it('takes the weighted mean of the scores', async () => {
    const graded = await gradeCase(
      registry,
      [
        { type: 'contains', value: '25 Euro', weight: 3 },
        { type: 'contains', value: 'Montag' },
      ],
      context(output),
      0.75,
    );
    expect(graded.score).toBe(0.75);
    expect(graded.pass).toBe(true);
    expect(graded.results.map(({ type, weight, pass }) => ({ type, weight, pass }))).toEqual([
      { type: 'contains', weight: 3, pass: true },
      { type: 'contains', weight: 1, pass: false },
    ]);
  });

  it('fails below the threshold', async () => {
    const graded = await gradeCase(
      registry,
      [
        { type: 'contains', value: '25 Euro' },
        { type: 'contains', value: 'Montag' },
      ],
      context(output),
      0.8,
    );
    expect(graded).toMatchObject({ score: 0.5, pass: false });
  });

  it('counts weight 0 as informational', async () => {
    const graded = await gradeCase(
      registry,
      [
        { type: 'contains', value: '25 Euro' },
        { type: 'contains', value: 'Montag', weight: 0 },
      ],
      context(output),
      1,
    );
    expect(graded).toMatchObject({ score: 1, pass: true });
    expect(graded.results[1]).toMatchObject({ pass: false, weight: 0 });
  });

  it('includes partial credit', async () => {
    const graded = await gradeCase(
      registry,
      [
        { type: 'llm-rubric', value: 'a' },
        { type: 'llm-rubric', value: 'b', weight: 3 },
      ],
      judgeScores(0.2, 0.6),
      0.5,
    );
    expect(graded.score).toBeCloseTo(0.5, 12);
    expect(graded.pass).toBe(true);
  });

  it('forgives float error at the threshold', async () => {
    // (0.7 + 0.7 + 0.7) / 3 is 0.6999999999999998 in floating point.
    const rubric = { type: 'llm-rubric', value: 'x' };
    const graded = await gradeCase(registry, [rubric, rubric, rubric], judgeScores(0.7, 0.7, 0.7), 0.7);
    expect(graded.score).toBeLessThan(0.7);
    expect(graded.pass).toBe(true);
  });

  it('scores a case without weighted assertions as 1', async () => {
    expect(await gradeCase(registry, [], context(output), 1)).toEqual({ score: 1, pass: true, results: [] });
  });

  it('isolates a throwing handler and still runs the others', async () => {
    const exploding = defineAssertion({
      type: 'explodes',
      summary: 'Wirft immer einen Fehler.',
      params: z.strictObject({}),
      negatable: false,
      grade: () => {
        throw new TypeError('kaputt');
      },
      describe: () => 'Explodiert',
    });
    const withBroken = new AssertionRegistry([...builtinAssertions, exploding]);
    const graded = await gradeCase(
      withBroken,
      [{ type: 'explodes' }, { type: 'contains', value: '25 Euro' }, { type: 'llm-rubric', value: 'höflich' }],
      context(output),
      0.5,
    );
    expect(graded.results).toEqual([
      {
        type: 'explodes',
        label: 'Explodiert',
        weight: 1,
        pass: false,
        score: 0,
        reason: 'Prüfung fehlgeschlagen: kaputt',
      },
      {
        type: 'contains',
        label: 'Enthält „25 Euro“',
        weight: 1,
        pass: true,
        score: 1,
        reason: 'Enthält "25 Euro"',
      },
      {
        type: 'llm-rubric',
        label: 'Ein Bewertungsmodell bestätigt: „höflich“',
        weight: 1,
        pass: false,
        score: 0,
        reason: 'Prüfung fehlgeschlagen: kein Bewertungsmodell in diesem Test',
      },
    ]);
    expect(graded.score).toBeCloseTo(1 / 3, 12);
    expect(graded.pass).toBe(false);
  });

  it('fails an unknown type or bad parameters with the issues and keeps grading', async () => {
    const graded = await gradeCase(
      registry,
      [
        { type: 'contians', value: 'x' },
        { type: 'regex', value: '(' },
        { type: 'contains', value: 'Euro' },
      ],
      context(output),
      0,
    );
    expect(graded.results[0]).toMatchObject({
      pass: false,
      score: 0,
      reason: expect.stringMatching(/^Ungültige Prüfung: type: unbekannter Prüftyp "contians"/),
    });
    expect(graded.results[1]).toMatchObject({
      pass: false,
      reason: expect.stringMatching(/^Ungültige Prüfung: value: kein gültiger regulärer Ausdruck/),
    });
    expect(graded.results[2]).toMatchObject({ pass: true });
  });
});

describe('builtinAssertions', () => {
  it('registers every type of the spec once, negatable where it makes sense', () => {
    const negatable = (type: string): boolean => registry.resolve(`not-${type}`) !== undefined;
    expect(registry.types().sort()).toEqual(
      [
        'equals',
        'contains',
        'icontains',
        'contains-any',
        'contains-all',
        'icontains-any',
        'icontains-all',
        'starts-with',
        'regex',
        'word-count',
        'sentence-length',
        'is-json',
        'json-path',
        'classification',
        'similar',
        'latency',
        'cost',
        'tokens',
        'llm-rubric',
        // German administrative types (none negatable: "not formal" or "contains personal data" checks nothing useful)
        'sie-form',
        'readability',
        'leichte-sprache',
        'no-pii',
        'numbers-from-input',
        'cites',
        'gender-style',
      ].sort(),
    );
    expect(registry.types().filter(negatable).sort()).toEqual(
      [
        'equals',
        'contains',
        'icontains',
        'contains-any',
        'contains-all',
        'icontains-any',
        'icontains-all',
        'starts-with',
        'regex',
        'is-json',
        'json-path',
        'similar',
        'llm-rubric',
      ].sort(),
    );
  });
});
