import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'yaml';
import { promptSchema, type Prompt } from '../schema/exercise.ts';
import { toFieldIssues } from '../schema/issues.ts';
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
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new UsageError(`${file}: ${(err as Error).message}`);
  }
  const parsed = promptSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = toFieldIssues(parsed.error.issues).map((i) => `${i.path.join('.') || '(Datei)'}: ${i.message}`);
  throw new UsageError(`${file}: ${issues.join('; ')}`);
}
