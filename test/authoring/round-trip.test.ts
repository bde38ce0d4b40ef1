import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { currentFiles, requireValidFiles } from '../../server/authoring/service.ts';
import { loadCatalogue, type LoadedExercise } from '../../server/exercises/catalogue.ts';
import { createExerciseSource } from '../../server/exercises/source.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { gradeCase } from '../../server/grading/grade.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import { readCatalogueFiles } from '../../server/node/catalogue-files.ts';
import { projectRoot } from '../../server/node/paths.ts';
import { openSqliteStore } from '../../server/store/sqlite.ts';

const registry = new AssertionRegistry(builtinAssertions);
const library = loadCatalogue(await readCatalogueFiles(projectRoot), registry);
const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'promptathon-authoring-')), 'test.db'));
afterAll(() => store.close());

/** A fixed set of answers per case: its reference, a short wrong one, and one that echoes the inputs. */
const answersFor = (loaded: LoadedExercise, caseId: string) => {
  const c = loaded.fixture!.cases.find((x) => x.id === caseId)!;
  return [c.reference ?? '', 'Nein.', Object.values(c.vars).join('\n')];
};

async function grades(loaded: LoadedExercise) {
  const fixture = loaded.fixture!;
  return Promise.all(
    fixture.cases.flatMap((c) =>
      answersFor(loaded, c.id).map(async (output) => {
        const grade = await gradeCase(
          registry,
          [...fixture.defaults, ...c.assert].filter((a) => !/llm-rubric|latency|cost|tokens/.test(a.type)),
          {
            output,
            reference: c.reference,
            vars: { ...loaded.exercise.context, ...c.vars },
            usage: { inputTokens: 10, outputTokens: 10 },
            latencyMs: 5,
            judge: () => Promise.reject(new Error('kein Modell')),
          },
          fixture.pass,
        );
        return { case: c.id, score: grade.score, pass: grade.pass };
      }),
    ),
  );
}

describe('every library exercise through the database and back', () => {
  it.each(library.exercises.map((e) => [e.exercise.id, e] as const))('%s', async (id, original) => {
    // Export from the library, stored as a trainer's own exercise under a new id, exported again.
    const exported = await currentFiles({ store }, library, id);
    const copyId = `kopie-${id}`.slice(0, 64);
    const prompt = exported.prompt.replace(`id: ${id}`, `id: ${copyId}`);
    const evals = exported.evals.replace(`exercise: ${id}`, `exercise: ${copyId}`);
    expect(
      await store.createAuthored({
        exerciseId: copyId,
        prompt,
        evals,
        version: 1,
        savedBy: null,
        savedAt: 1,
        ownerId: null,
      }),
    ).toBe(true);
    const again = await currentFiles({ store }, library, copyId);
    expect(again).toEqual({ prompt, evals, version: 1 });
    // What `validate` reads: the same loader, no problems.
    const loaded = requireValidFiles(again, registry);
    expect(loaded.exercise).toEqual({ ...original.exercise, id: copyId });
    expect(loaded.fixture).toEqual({ ...original.fixture, exercise: copyId });
    expect(await grades(loaded)).toEqual(await grades(original));
  });

  it('serves the published versions beside the library, and notices a publication', async () => {
    const source = createExerciseSource(library, store, registry);
    const before = await source.current();
    expect(before.exercises.length).toBe(library.exercises.length * 2);
    const [first] = library.exercises;
    const copyId = `kopie-${first!.exercise.id}`.slice(0, 64);
    const files = await currentFiles({ store }, library, copyId);
    const retitled = files.prompt.replace(/^title: .*$/m, 'title: Neue Fassung');
    expect(
      await store.saveVersion({
        exerciseId: copyId,
        prompt: retitled,
        evals: files.evals,
        savedBy: null,
        savedAt: 2,
        baseVersion: 1,
      }),
    ).toEqual({ saved: true, version: 2 });
    // Saved, not yet published: teams keep the version they have.
    const saved = await source.current();
    expect(saved.exercises.find((e) => e.exercise.id === copyId)).toMatchObject({ version: 1 });
    expect(await source.current()).toBe(saved);
    await store.publishVersion(copyId, 2, 3);
    const after = await source.current();
    expect(after.exercises.find((e) => e.exercise.id === copyId)).toMatchObject({
      version: 2,
      exercise: { title: 'Neue Fassung' },
    });
  });
});
