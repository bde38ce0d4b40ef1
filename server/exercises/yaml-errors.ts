import type { ErrorCode, YAMLError } from 'yaml';

// The yaml package reports in English; trainers get a German lead and the detail in brackets.
const GERMAN: Partial<Record<ErrorCode, string>> = {
  BAD_INDENT: 'Die Einrückung stimmt nicht',
  TAB_AS_INDENT: 'Zum Einrücken bitte Leerzeichen statt Tabulatoren verwenden',
  MULTIPLE_DOCS: 'Die Datei enthält mehrere YAML-Dokumente (---); erlaubt ist genau eines',
  MISSING_CHAR: 'Hier fehlt ein Zeichen',
  MULTILINE_IMPLICIT_KEY: 'Ein Feldname muss in einer Zeile stehen',
  BAD_DQ_ESCAPE: 'Ungültige Escape-Sequenz in einem Text in doppelten Anführungszeichen',
  BAD_SCALAR_START: 'Ein Text, der mit diesem Zeichen beginnt, muss in Anführungszeichen stehen',
  BAD_ALIAS: 'Ungültiger Anker oder Verweis (& oder *)',
  TAG_RESOLVE_FAILED: 'Unbekannter YAML-Typ (!tag)',
};

/** German message for a YAML parse error; `source` is the file text, to name a duplicated key. */
export function describeYamlError(error: YAMLError, source: string): string {
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^["']?([^"':\n]*)/.exec(source.slice(error.pos[0]))?.[1]?.trim();
    return `Das Feld "${key}" steht hier doppelt; jedes Feld darf nur einmal vorkommen`;
  }
  const lead = GERMAN[error.code] ?? 'YAML-Syntaxfehler';
  return `${lead} (${error.message})`;
}
