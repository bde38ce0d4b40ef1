import { findTemplateTokens } from './tokens.ts';

/** The German sentence trainers and attendees see for variables that nothing fills. */
export function describeMissingVariables(names: readonly string[]): string {
  const listed = names.map((name) => `{{${name}}}`).join(', ');
  return names.length === 1
    ? `Die Variable ${listed} ist weder im Fall noch im Kontext vorhanden`
    : `Die Variablen ${listed} sind weder im Fall noch im Kontext vorhanden`;
}

export class MissingVariableError extends Error {
  override readonly name = 'MissingVariableError';

  constructor(readonly variables: string[]) {
    super(describeMissingVariables(variables));
  }
}

/**
 * Fills every `{{ name }}` in one pass. Values go in verbatim: a value that itself contains
 * `{{x}}` is not rendered again, so case data can never inject placeholders.
 */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  const parts: string[] = [];
  const missing = new Set<string>();
  let last = 0;
  for (const token of findTemplateTokens(template)) {
    parts.push(template.slice(last, token.start));
    // Own properties only: `{{constructor}}` must not pick up Object.prototype.
    if (Object.hasOwn(vars, token.name)) parts.push(vars[token.name]!);
    else missing.add(token.name);
    last = token.end;
  }
  if (missing.size > 0) throw new MissingVariableError([...missing]);
  parts.push(template.slice(last));
  return parts.join('');
}
