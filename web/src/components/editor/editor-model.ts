import { LineCounter, parseDocument } from 'yaml';
import { formatFieldPath, type FieldPath } from '../../../../server/exercises/problems.ts';
import { updateExerciseYaml, updateFixtureYaml } from '../../../../server/exercises/write-yaml.ts';
import { describeYamlError } from '../../../../server/exercises/yaml-errors.ts';
import type { ExerciseInput } from '../../../../server/schema/exercise.ts';
import type { FixtureInput } from '../../../../server/schema/fixture.ts';
import { templateVariables } from '../../../../server/templates/tokens.ts';
import type { ExerciseFiles, FileProblem } from '../../api/types.ts';

/**
 * The editor keeps the two YAML texts as the truth: the form reads them and writes each change back into them
 * (comments and key order survive), and the expert tab edits them directly. A file's data stays as the YAML had it
 * (`Raw`), so a form that does not show a field never drops it.
 */
export type Raw = Record<string, unknown>;
export type FileName = FileProblem['file'];

/** A file read for the form: its data, or the YAML error that keeps the form from showing it. */
export type ReadFile = { ok: true; data: Raw } | { ok: false; message: string; line?: number };

export const FILE_PATHS: Record<FileName, (id: string) => string> = {
  prompt: (id) => `prompts/${id || '<id>'}.yaml`,
  evals: (id) => `evals/${id || '<id>'}.yaml`,
};

/**
 * What a new exercise starts with: the first level and one case. Fields appear in the files as they are filled
 * in (an empty text written now would stay quoted in the YAML for good).
 */
export const NEW_FILES: ExerciseFiles = { prompt: 'level: 1\n', evals: 'cases:\n  - id: fall-1\n' };

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readFile(text: string): ReadFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const [error] = doc.errors;
  if (error) {
    return { ok: false, message: describeYamlError(error, text), line: lineCounter.linePos(error.pos[0]).line };
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { ok: true, data: {} };
  return isRecord(data)
    ? { ok: true, data }
    : { ok: false, message: 'Die Datei muss aus Feldern bestehen (name: Wert)' };
}

/**
 * The file with `data` written in, changed only where the data differs. The data is what the form holds, valid
 * or not yet; the writer only orders keys and leaves defaults out, so it takes any record.
 */
export const writeFile = (file: FileName, text: string, data: Raw) =>
  file === 'prompt'
    ? updateExerciseYaml(text, data as unknown as ExerciseInput)
    : updateFixtureYaml(text, data as unknown as FixtureInput);

// What a form field shows for a value of any type the YAML may hold.
export const text = (value: unknown): string =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
export const record = (value: unknown): Raw => (isRecord(value) ? value : {});
export const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** A record's entries as texts (documents, a case's vars). */
export const textEntries = (value: unknown): [string, string][] =>
  Object.entries(record(value)).map(([name, v]) => [name, text(v)]);

/** The key of a field's errors and its inputs' `data-field`: the file and the path `validate` names. */
export const fieldKey = (file: FileName, path: FieldPath) => `${file}:${formatFieldPath(path)}`;

/** The value a field path of `validate` (`cases[2].assert[0].value`, `context["a b"]`) names in the data. */
export function valueAt(data: Raw, field: string): unknown {
  const steps = field.match(/\[\d+\]|\["(?:[^"\\]|\\.)*"\]|[^.[\]]+/g) ?? [];
  let value: unknown = data;
  for (const step of steps) {
    const key: string | number = step.startsWith('["')
      ? (JSON.parse(step.slice(1, -1)) as string)
      : step.startsWith('[')
        ? Number(step.slice(1, -1))
        : step;
    value = Array.isArray(value) ? value[key as number] : isRecord(value) ? value[key] : undefined;
  }
  return value;
}

/** The variables a form offers: documents and the vars of every case. */
export function knownNames(exercise: Raw, fixture: Raw): Set<string> {
  const names = new Set(Object.keys(record(exercise.context)));
  for (const c of list(fixture.cases)) for (const name of Object.keys(record(record(c).vars))) names.add(name);
  return names;
}

/** The variables the starter uses. */
export function starterNames(exercise: Raw): string[] {
  const starter = record(exercise.starter);
  return templateVariables(`${text(starter.system)}\n${text(starter.user)}`);
}

/** A name not yet in `taken`: `stem-1`, `stem-2`, … */
export function freeName(stem: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${stem}${n}`)) n++;
  return `${stem}${n}`;
}

/** German decimal input ("0,5") as a number; what is no number stays as typed, for validation to name. */
export function numberInput(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed.replace(',', '.'));
  return Number.isFinite(number) ? number : value;
}

export const numberText = (value: unknown) =>
  typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'string' ? value : '';

/** A copy of `data` with `key` set, or removed when `value` is undefined. */
export function withKey(data: Raw, key: string, value: unknown): Raw {
  const next = { ...data };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** A copy of the list with item `index` replaced (or removed when `value` is undefined). */
export function withItem<T>(items: readonly T[], index: number, value: T | undefined): T[] {
  const next = [...items];
  if (value === undefined) next.splice(index, 1);
  else next[index] = value;
  return next;
}
