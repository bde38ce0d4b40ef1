import { parse } from 'yaml';
import { loadCatalogue, type LoadedExercise } from '../exercises/catalogue.ts';
import { authoredFiles } from '../exercises/source.ts';
import type { AssertionRegistry } from '../grading/registry.ts';
import type { ExerciseFiles, FileProblem } from '../schema/authoring.ts';

/** A field of a YAML text, if it parses and the field is an id. */
function idIn(text: string, field: 'id' | 'exercise'): string | undefined {
  try {
    const id = (parse(text) as Record<string, unknown> | null)?.[field];
    return typeof id === 'string' && /^[a-z0-9-]{1,64}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The name both files get, as the loader expects: the id the prompt file claims, else (a broken prompt file) the
 * one the evals name, so that the evals are not blamed for the prompt file's problem.
 */
const claimedId = (prompt: string, evals: string): string => idIn(prompt, 'id') ?? idIn(evals, 'exercise') ?? 'uebung';

export type ReadOutcome = { ok: true; loaded: LoadedExercise } | { ok: false; problems: FileProblem[] };

/**
 * Reads the two files of an exercise with the loader `promptathon validate` uses, so every problem has the same
 * file, line, field and words as on the command line.
 */
export function readExerciseFiles({ prompt, evals }: ExerciseFiles, registry: AssertionRegistry): ReadOutcome {
  const id = claimedId(prompt, evals);
  const catalogue = loadCatalogue(authoredFiles(id, prompt, evals), registry);
  const problems = catalogue.problems.map(({ file, line, field, message }): FileProblem => ({
    file: file.startsWith('prompts/') ? 'prompt' : 'evals',
    ...(line === undefined ? {} : { line }),
    ...(field === undefined ? {} : { field }),
    message,
  }));
  const [loaded] = catalogue.exercises;
  if (problems.length > 0 || !loaded) return { ok: false, problems };
  if (!loaded.fixture) {
    return { ok: false, problems: [{ file: 'evals', message: 'Die Testfalldatei fehlt oder ist leer.' }] };
  }
  return { ok: true, loaded };
}
