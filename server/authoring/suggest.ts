import { parse } from 'yaml';
import * as z from 'zod';
import type { LoadedExercise } from '../exercises/catalogue.ts';
import { unfence } from '../text/normalize.ts';

const suggestedSchema = z.object({
  description: z.string().trim().min(1).max(300).optional(),
  vars: z.record(z.string(), z.union([z.string(), z.number()]).transform(String)),
});

export interface SuggestedCase {
  id: string;
  description: string | null;
  vars: Record<string, string>;
}

/** The request to the model: the brief, the variables and the public cases' inputs as examples, YAML back. */
export function suggestionPrompt(
  { exercise, fixture }: LoadedExercise,
  count: number,
): { system: string; user: string } {
  const cases = fixture?.cases ?? [];
  const names = [...new Set(cases.flatMap((c) => Object.keys(c.vars)))];
  const examples = cases
    .filter((c) => !c.hidden)
    .slice(0, 3)
    .map((c) => ({ description: c.description ?? c.id, vars: c.vars }));
  return {
    system:
      'Sie helfen einer Trainerin, Testfälle für eine Übung im Prompting für die öffentliche Verwaltung zu schreiben. ' +
      'Erfinden Sie realistische, aber frei erfundene Eingaben (keine echten Personen), die sich von den Beispielen ' +
      'unterscheiden und die Aufgabe auf die Probe stellen.',
    user: [
      `Aufgabe: ${exercise.title}`,
      exercise.task.trim(),
      '',
      `Vorhandene Testfälle (Eingaben) als Beispiele:`,
      '```yaml',
      JSON.stringify(examples, null, 2),
      '```',
      '',
      `Schlagen Sie ${count} neue Testfälle im selben Stil vor. Antworten Sie nur mit einer YAML-Liste; jeder Eintrag ` +
        `hat \`description\` (ein Satz: was der Fall prüft) und \`vars\` mit genau diesen Variablen: ${names.join(', ')}.`,
    ].join('\n'),
  };
}

/**
 * The cases the model proposed, as far as they are usable: the exercise's variables (no others), ids that do not
 * clash. The trainer reviews and edits each before anything is saved.
 */
export function readSuggestions(answer: string, { fixture }: LoadedExercise, count: number): SuggestedCase[] {
  const cases = fixture?.cases ?? [];
  const names = new Set(cases.flatMap((c) => Object.keys(c.vars)));
  let parsed: unknown;
  try {
    parsed = parse(unfence(answer));
  } catch {
    return [];
  }
  const taken = new Set(cases.map((c) => c.id));
  const items = Array.isArray(parsed) ? parsed : [];
  return items
    .flatMap((item) => {
      const read = suggestedSchema.safeParse(item);
      if (!read.success) return [];
      const vars = Object.fromEntries(Object.entries(read.data.vars).filter(([name]) => names.has(name)));
      return Object.keys(vars).length > 0 ? [{ description: read.data.description ?? null, vars }] : [];
    })
    .slice(0, count)
    .map((c, i) => {
      let n = i + 1;
      while (taken.has(`vorschlag-${n}`)) n++;
      taken.add(`vorschlag-${n}`);
      return { id: `vorschlag-${n}`, ...c };
    });
}
