import { Document, isMap, isScalar, isSeq, LineCounter, parseDocument, type Range, type ToStringOptions } from 'yaml';
import type { ExerciseInput } from '../schema/exercise.ts';
import type { FixtureInput } from '../schema/fixture.ts';
import { exerciseLayout, fixtureLayout, type Layout } from './yaml-layout.ts';
import { createNode, mergeIntoDocument } from './yaml-merge.ts';

// No line folding: a long sentence stays on one line, as trainers write it. `[a, b]` as in the spec.
const WRITE_OPTIONS: ToStringOptions = { lineWidth: 0, flowCollectionPadding: false };

/** Fresh YAML in the spec's key order; multi-line text as `|` blocks; defaults left out. */
export function stringifyExercise(exercise: ExerciseInput): string {
  return stringifyYaml(exercise, exerciseLayout);
}

export function stringifyFixture(fixture: FixtureInput): string {
  return stringifyYaml(fixture, fixtureLayout);
}

/** The original file changed only where the data differs: comments, key order and style survive. */
export function updateExerciseYaml(originalText: string, exercise: ExerciseInput): string {
  return updateYaml(originalText, exercise, exerciseLayout);
}

export function updateFixtureYaml(originalText: string, fixture: FixtureInput): string {
  return updateYaml(originalText, fixture, fixtureLayout);
}

function stringifyYaml(value: unknown, layout: Layout): string {
  const doc = new Document();
  doc.contents = createNode(doc, value, layout);
  return doc.toString({ ...WRITE_OPTIONS, blockQuote: 'literal' });
}

function updateYaml(originalText: string, value: unknown, layout: Layout): string {
  const lineCounter = new LineCounter();
  const doc = parseDocument(originalText, { lineCounter });
  if (doc.errors.length > 0) {
    throw new Error(`Die Datei enthält YAML-Fehler und lässt sich nicht gezielt ändern: ${doc.errors[0]!.message}`);
  }
  const options = { ...WRITE_OPTIONS, ...indentationOf(doc.contents, lineCounter) };
  const before = doc.toString(options);
  mergeIntoDocument(doc, value, layout);
  const after = doc.toString(options);
  // Unchanged data: hand back the trainer's text byte for byte.
  return after === before ? originalText : after;
}

/** The file's own indentation, read from its top-level blocks, so a rewrite does not re-indent it. */
function indentationOf(root: unknown, lineCounter: LineCounter): Pick<ToStringOptions, 'indent' | 'indentSeq'> {
  const style: Pick<ToStringOptions, 'indent' | 'indentSeq'> = {};
  if (!isMap(root)) return style;
  const column = (node: { range?: Range | null }) => lineCounter.linePos(node.range?.[0] ?? 0).col;
  for (const { key, value } of root.items) {
    if (!isScalar(key) || !(isMap(value) || isSeq(value)) || value.flow) continue;
    const depth = column(value) - column(key);
    if (isMap(value)) style.indent ??= depth;
    else style.indentSeq ??= depth > 0;
  }
  return style;
}
