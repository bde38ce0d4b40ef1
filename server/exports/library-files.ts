import type { LoadedExercise } from '../exercises/catalogue.ts';
import { stringifyExercise, stringifyFixture } from '../exercises/write-yaml.ts';
import type { Prompt } from '../schema/exercise.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { slug } from '../text/slug.ts';
import type { LibraryItem } from './library.ts';

type Picked = readonly { loaded: LoadedExercise; items: readonly LibraryItem[] }[];

const points = (n: number) => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }).format(n);

/** `2026-12-03` as "3. Dezember 2026". */
const germanDate = (iso: string) =>
  new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

/** The brief's own headings sit below the exercise's title and the entries' headings. */
const nested = (markdown: string) => markdown.replace(/^(#{1,4}) /gm, '##$1 ');

/** A code fence longer than any backtick run in the text, so a prompt with its own fences stays intact. */
function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${text.replace(/\n+$/, '')}\n${fence}`;
}

function promptBlocks(prompt: Prompt): string[] {
  return [
    ...(prompt.system ? ['**Systemprompt**', '', fenced(prompt.system), ''] : []),
    '**Prompt**',
    '',
    fenced(prompt.user),
    '',
  ];
}

/** The library as one Markdown document: per exercise its brief and the picked prompts with points and models. */
export function libraryMarkdown(workshop: WorkshopRecord, picked: Picked): string {
  const lines = [
    `# Prompt-Bibliothek: ${workshop.title}`,
    '',
    `Entstanden im Prompt-a-thon am ${germanDate(workshop.date)}. Die Prompts dürfen in anderen Verwaltungen frei ` +
      'wiederverwendet und angepasst werden. Punkte: Anteil der erfüllten Prüfungen über alle Testfälle (0 bis 100).',
    '',
  ];
  for (const { loaded, items } of picked) {
    lines.push(`## ${loaded.exercise.title}`, '', nested(loaded.exercise.task.trim()), '');
    for (const { entry, label, models } of items) {
      lines.push(`### ${label}: ${points(entry.points)} Punkte`, '', `Modelle: ${models.join(', ')}`, '');
      lines.push(...promptBlocks(entry.attempt.prompt));
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** An exercise id (`[a-z0-9-]{3,64}`) for an entry, unique among those taken. */
function entryId(exercise: string, label: string, taken: Set<string>): string {
  const base = `${exercise}-${slug(label)}`.slice(0, 60).replace(/-+$/, '');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The library as files in the exercise format: per picked entry an exercise whose starter is the entry's prompt,
 * with the original fixture, so `promptathon validate` and `eval` take the folder as it is.
 */
export function libraryFiles(workshop: WorkshopRecord, picked: Picked): { path: string; text: string }[] {
  const taken = new Set<string>();
  const files = [{ path: 'README.md', text: libraryMarkdown(workshop, picked) }];
  for (const { loaded, items } of picked) {
    const { exercise, fixture } = loaded;
    for (const { entry, label, models } of items) {
      const id = entryId(exercise.id, label, taken);
      const origin =
        `> Aus dem Prompt-a-thon „${workshop.title}“ (${germanDate(workshop.date)}): ${label}, ` +
        `${points(entry.points)} Punkte mit ${models.join(', ')}.`;
      const text = stringifyExercise({
        ...exercise,
        id,
        title: `${exercise.title} (${label})`,
        task: `${origin}\n\n${exercise.task}`,
        starter: entry.attempt.prompt,
      });
      files.push({ path: `prompts/${id}.yaml`, text });
      if (fixture) files.push({ path: `evals/${id}.yaml`, text: stringifyFixture({ ...fixture, exercise: id }) });
    }
  }
  return files;
}
