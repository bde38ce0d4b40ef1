import type { AssertionRegistry } from '../grading/registry.ts';
import type { Exercise } from '../schema/exercise.ts';
import type { Fixture } from '../schema/fixture.ts';
import type { Problem } from './problems.ts';
import { loadable } from './read-file.ts';
import { readExercise, type ExerciseFile } from './read-exercise.ts';
import { readFixture, type FixtureFile } from './read-fixture.ts';
import { validatePromptVariables } from './prompt-variables.ts';
import { YamlSource } from './yaml-source.ts';

export interface CatalogueFile {
  /** Relative to the catalogue root, e.g. `prompts/x.yaml` or `evals/x.yaml`. */
  path: string;
  text: string;
}

export interface LoadedExercise {
  exercise: Exercise;
  fixture?: Fixture;
  files: { exercise: string; fixture?: string };
  /** A trainer's own exercise: the version published now (the shipped library has none). */
  version?: number;
}

export interface Catalogue {
  exercises: LoadedExercise[];
  problems: Problem[];
}

const CATALOGUE_PATH = /^(prompts|evals)\/([^/]+)\.ya?ml$/;

/**
 * Reads exercises and fixtures from file texts (not paths, so a Workers build can bundle them).
 * Only problem-free files load; one broken file never stops the others, but a broken exercise
 * takes its fixture with it.
 */
export function loadCatalogue(files: readonly CatalogueFile[], registry: AssertionRegistry): Catalogue {
  const problems: Problem[] = [];
  const exerciseFiles = new Map<string, ExerciseFile>();
  const fixtureFiles = new Map<string, FixtureFile>();
  for (const { path, text } of files) {
    const [, folder, name] = CATALOGUE_PATH.exec(path) ?? [];
    if (!folder || !name) {
      problems.push({ file: path, message: 'Erwartet wird prompts/<id>.yaml oder evals/<id>.yaml' });
      continue;
    }
    const earlier = (folder === 'prompts' ? exerciseFiles : fixtureFiles).get(name);
    if (earlier) {
      problems.push({ file: path, message: `Übersprungen: ${earlier.source.file} hat schon denselben Namen` });
    } else if (folder === 'prompts') {
      exerciseFiles.set(name, readExercise(new YamlSource(path, text), name));
    } else {
      fixtureFiles.set(name, readFixture(new YamlSource(path, text), name, registry));
    }
  }

  for (const [name, fixtureFile] of fixtureFiles) {
    const target = fixtureFile.value?.exercise ?? name;
    if (!exerciseFiles.has(target)) {
      const message = `Es gibt keine Übung "${target}" (prompts/${target}.yaml fehlt)`;
      fixtureFile.problems.push(fixtureFile.source.problem(['exercise'], message));
    }
  }

  const exercises: LoadedExercise[] = [];
  for (const [name, exerciseFile] of exerciseFiles) {
    const fixtureFile = fixtureFiles.get(name);
    checkStarterVariables(exerciseFile, fixtureFile);
    const exercise = loadable(exerciseFile);
    const fixture = fixtureFile && loadable(fixtureFile);
    if (exercise) {
      const loaded: LoadedExercise = { exercise, files: { exercise: exerciseFile.source.file } };
      if (fixtureFile && fixture) {
        loaded.fixture = fixture;
        loaded.files.fixture = fixtureFile.source.file;
      }
      exercises.push(loaded);
    } else if (fixtureFile && fixture) {
      const message = `Wird nicht geladen, weil die Übung ${exerciseFile.source.file} Fehler hat`;
      fixtureFile.problems.push(fixtureFile.source.problem(['exercise'], message));
    }
  }

  for (const file of [...exerciseFiles.values(), ...fixtureFiles.values()]) problems.push(...file.problems);
  return { exercises, problems: problems.sort(byLocation) };
}

/** The starter must render for every case; a fixture that did not even fit its schema cannot tell. */
function checkStarterVariables(exerciseFile: ExerciseFile, fixtureFile: FixtureFile | undefined): void {
  const exercise = exerciseFile.value;
  if (!exercise || (fixtureFile && !fixtureFile.value)) return;
  for (const problem of validatePromptVariables(exercise.starter, exercise, fixtureFile?.value)) {
    if (problem.case && fixtureFile) {
      const path = ['cases', problem.case.index, 'vars', problem.variable];
      fixtureFile.problems.push(fixtureFile.source.problem(path, problem.message));
    } else {
      exerciseFile.problems.push(exerciseFile.source.problem(['starter', problem.field], problem.message));
    }
  }
}

function byLocation(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
