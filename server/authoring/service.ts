import type { Catalogue, LoadedExercise } from '../exercises/catalogue.ts';
import { stringifyExercise, stringifyFixture } from '../exercises/write-yaml.ts';
import { findExercise } from '../http/exercise-view.ts';
import { ApiProblem } from '../http/errors.ts';
import type { AssertionRegistry } from '../grading/registry.ts';
import type { ExerciseFiles } from '../schema/authoring.ts';
import type { Store } from '../store/types.ts';
import { readExerciseFiles } from './import.ts';

export interface AuthoringDeps {
  store: Store;
  assertions: AssertionRegistry;
  now: () => number;
}

/** The files as they are, or 400 with every problem located by file, line and field. */
export function requireValidFiles(files: ExerciseFiles, registry: AssertionRegistry): LoadedExercise {
  const read = readExerciseFiles(files, registry);
  if (read.ok) return read.loaded;
  const [first] = read.problems;
  const where = first?.line === undefined ? '' : ` (Zeile ${first.line})`;
  throw new ApiProblem(
    400,
    `Die Übung hat ${read.problems.length === 1 ? 'ein Problem' : `${read.problems.length} Probleme`}: ${first?.message ?? ''}${where}`,
    first?.file,
    undefined,
    { problems: read.problems },
  );
}

/** The current files of an exercise: a trainer's latest version, or a library exercise written out. */
export async function currentFiles(
  { store }: Pick<AuthoringDeps, 'store'>,
  catalogue: Catalogue,
  id: string,
  version?: number,
): Promise<ExerciseFiles & { version: number | null }> {
  const authored = await store.getAuthored(id);
  if (authored) {
    const wanted = version ?? authored.latestVersion;
    const saved = await store.getVersion(id, wanted);
    if (!saved) throw new ApiProblem(404, `Die Übung "${id}" hat keine Version ${wanted}.`, 'version');
    return { prompt: saved.prompt, evals: saved.evals, version: saved.version };
  }
  const loaded = findExercise(catalogue, id);
  if (!loaded?.fixture) throw new ApiProblem(404, `Die Übung "${id}" gibt es nicht.`, 'id');
  return { prompt: stringifyExercise(loaded.exercise), evals: stringifyFixture(loaded.fixture), version: null };
}

/** An id nobody has: not in the library, not a trainer's. */
export async function requireFreeId({ store }: Pick<AuthoringDeps, 'store'>, catalogue: Catalogue, id: string) {
  if (findExercise(catalogue, id) || (await store.getAuthored(id))) {
    throw new ApiProblem(409, `Die ID "${id}" ist schon vergeben. Bitte wählen Sie eine andere.`, 'id');
  }
}
