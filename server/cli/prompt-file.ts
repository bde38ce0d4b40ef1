import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { formatProblem } from '../exercises/problems.ts';
import { loadable, readWithSchema } from '../exercises/read-file.ts';
import { YamlSource } from '../exercises/yaml-source.ts';
import { promptSchema, type Prompt } from '../schema/exercise.ts';
import { UsageError } from './io.ts';

/** `--prompt FILE`: YAML with `system` and `user`, or any other file as the user prompt. */
export async function readPromptFile(file: string): Promise<Prompt> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`Prompt-Datei ${file} lässt sich nicht lesen`);
  }
  if (!['.yaml', '.yml'].includes(extname(file).toLowerCase())) return { user: text };
  // As the exercise files: German messages with line and column.
  const read = readWithSchema(new YamlSource(file, text), promptSchema);
  const prompt = loadable(read);
  if (prompt) return prompt;
  throw new UsageError(read.problems.map(formatProblem).join('\n'));
}
