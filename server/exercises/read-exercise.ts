import { exerciseSchema, type Exercise } from '../schema/exercise.ts';
import { readWithSchema, type ReadFile } from './read-file.ts';
import type { YamlSource } from './yaml-source.ts';

export type ExerciseFile = ReadFile<Exercise>;

/** Reads `prompts/<name>.yaml` on its own; cross-file checks come later. */
export function readExercise(source: YamlSource, name: string): ExerciseFile {
  const file = readWithSchema(source, exerciseSchema);
  if (file.value && file.value.id !== name) {
    file.problems.push(source.problem(['id'], `Die ID "${file.value.id}" muss dem Dateinamen entsprechen: "${name}"`));
  }
  return file;
}
