import type * as z from 'zod';
import { toFieldIssues } from '../schema/issues.ts';
import type { Problem } from './problems.ts';
import type { YamlSource } from './yaml-source.ts';

/** One catalogue file after reading; only a file without problems is loaded. */
export interface ReadFile<T> {
  source: YamlSource;
  /** Present when the data fits the schema, even if later checks found problems. */
  value?: T;
  problems: Problem[];
}

export function loadable<T>(file: ReadFile<T>): T | undefined {
  return file.problems.length === 0 ? file.value : undefined;
}

/** Parses a file and validates it with a strict schema; every problem is located, an unknown key at the key. */
export function readWithSchema<S extends z.ZodType>(source: YamlSource, schema: S): ReadFile<z.output<S>> {
  const content = source.content();
  if (!content.ok) return { source, problems: content.problems };
  if (content.data == null) return { source, problems: [{ file: source.file, message: 'Die Datei ist leer' }] };
  const parsed = schema.safeParse(content.data);
  if (parsed.success) return { source, value: parsed.data, problems: [] };
  const problems = toFieldIssues(parsed.error.issues).map((field) =>
    source.problem(field.path, field.message, field.unknownKey ? 'key' : 'value'),
  );
  return { source, problems };
}
