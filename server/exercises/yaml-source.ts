import { LineCounter, parseDocument, type Document } from 'yaml';
import { describeYamlError } from './yaml-errors.ts';
import { readPlainYaml } from './yaml-fast.ts';
import { fieldOffset } from './yaml-position.ts';
import { formatFieldPath, type FieldPath, type Problem } from './problems.ts';

export type YamlContent = { ok: true; data: unknown } | { ok: false; problems: Problem[] };

/** A catalogue file that can point problems at the line and column of a field. */
export class YamlSource {
  private parsed?: { doc: Document.Parsed; lineCounter: LineCounter };

  constructor(
    readonly file: string,
    private readonly text: string,
  ) {}

  /** The plain data, or every syntax error (duplicate keys included) that keeps the file from having any. */
  content(): YamlContent {
    const plain = readPlainYaml(this.text);
    if (plain) return { ok: true, ...plain };
    const { doc } = this.document();
    if (doc.errors.length > 0) {
      const problems = doc.errors.map((error) => ({
        file: this.file,
        ...this.position(error.pos[0]),
        message: describeYamlError(error, this.text),
      }));
      return { ok: false, problems };
    }
    try {
      return { ok: true, data: doc.toJS() };
    } catch (error) {
      // toJS throws when aliases expand beyond the limit (a "billion laughs" file).
      const message = `YAML lässt sich nicht auswerten: ${error instanceof Error ? error.message : String(error)}`;
      return { ok: false, problems: [{ file: this.file, message }] };
    }
  }

  problem(path: FieldPath, message: string, at: 'key' | 'value' = 'value'): Problem {
    const offset = fieldOffset(this.document().doc, path, at);
    return {
      file: this.file,
      ...(offset === undefined ? {} : this.position(offset)),
      ...(path.length > 0 ? { field: formatFieldPath(path) } : {}),
      message,
    };
  }

  /** `yaml`'s Document, which knows where each node stands: built only for a file with something to point at. */
  private document() {
    if (!this.parsed) {
      const lineCounter = new LineCounter();
      // prettyErrors off: messages are rewritten in German and located with the line counter.
      const doc = parseDocument(this.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
      this.parsed = { doc, lineCounter };
    }
    return this.parsed;
  }

  private position(offset: number): { line: number; column: number } {
    const { line, col } = this.document().lineCounter.linePos(offset);
    return { line, column: col };
  }
}
