/** One `{{ name }}` placeholder; `start`/`end` are string offsets (end exclusive) of the whole braces. */
export interface TemplateToken {
  name: string;
  start: number;
  end: number;
}

// Only `{{ name }}` is a placeholder; everything else (filters, dots, code) stays literal text.
// The name and the spaces around it exclude each other, so matching stays linear.
const PLACEHOLDER = /\{\{[ \t]*([a-zA-Z_][a-zA-Z0-9_]*)[ \t]*\}\}/g;

export function findTemplateTokens(template: string): TemplateToken[] {
  return Array.from(template.matchAll(PLACEHOLDER), (match) => ({
    name: match[1]!,
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The variable names a template uses, each once, in order of first use. */
export function templateVariables(template: string): string[] {
  return [...new Set(findTemplateTokens(template).map((token) => token.name))];
}
