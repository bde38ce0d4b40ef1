import { LineCounter, parseDocument, type Document } from 'yaml';
import { describeYamlError } from './yaml-errors.ts';
import { fieldOffset } from './yaml-position.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problems.ts';

export type YamlContent = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

/** A parsed catalogue file that can point problems at the line and column of a field. */
export class YamlSource {
  private readonly lineCounter = new LineCounter();
  private readonly doc: Document.Parsed;

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {
    // prettyErrors off: messages are rewritten in German and located with the line counter.
    this.doc = parseDocument(text, { lineCounter: this.lineCounter, prettyErrors: false, uniqueKeys: true });
  }

  /** The plain data, or every syntax error (duplicate keys included) that keeps the file from having any. */
  content(): YamlContent {
    if (this.doc.errors.length > 0) {
      const problems = this.doc.errors.map((error) => ({
        file: this.file,
        ...this.position(error.pos[0]),
        message: describeYamlError(error, this.text),
      }));
      return { ok: false, problems };
    }
    try {
      return { ok: true, data: this.doc.toJS() };
    } catch (error) {
      // toJS throws when aliases expand beyond the limit (a "billion laughs" file).
      const message = `YAML lässt sich nicht auswerten: ${error instanceof Error ? error.message : String(error)}`;
      return { ok: false, problems: [{ file: this.file, message }] };
    }
  }

  problem(path: FieldPath, message: string, at: 'key' | 'value' = 'value'): Problem {
    const offset = fieldOffset(this.doc, path, at);
    return {
      file: this.file,
      ...(offset === undefined ? {} : this.position(offset)),
      ...(path.length > 0 ? { field: formatFieldPath(path) } : {}),
      message,
    };
  }

  private position(offset: number): { line: number; column: number } {
    const { line, col } = this.lineCounter.linePos(offset);
    return { line, column: col };
  }
}
