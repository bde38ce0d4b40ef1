import { findTemplateTokens } from '../../../server/templates/tokens.ts';
import type { ExerciseDetail } from '../api/types.ts';

/** A run of template text; placeholders carry whether something fills them. */
export interface Segment {
  text: string;
  variable?: 'known' | 'unknown';
}

/** Variables an attendee may use: the exercise's documents and the vars of the cases they can see. */
export function knownVariables(exercise: ExerciseDetail): Set<string> {
  const names = new Set(Object.keys(exercise.context));
  for (const testCase of exercise.cases) {
    if (!testCase.hidden) for (const name of Object.keys(testCase.vars)) names.add(name);
  }
  return names;
}

export function templateSegments(template: string, known: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const token of findTemplateTokens(template)) {
    if (token.start > last) segments.push({ text: template.slice(last, token.start) });
    segments.push({
      text: template.slice(token.start, token.end),
      variable: known.has(token.name) ? 'known' : 'unknown',
    });
    last = token.end;
  }
  if (last < template.length) segments.push({ text: template.slice(last) });
  return segments;
}

export function unknownVariables(template: string, known: ReadonlySet<string>): string[] {
  return [...new Set(findTemplateTokens(template).map((token) => token.name))].filter((name) => !known.has(name));
}
