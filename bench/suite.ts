import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';

export const BENCH_EXERCISE = 'bench-bescheid';

/**
 * A generated suite: `cases` cases with three deterministic assertions each, and two prompts.
 * The fake server answers from the prompt, so some assertions pass and some fail, as in real use.
 */
/** Writes the suite and returns the two prompt files. */
export async function writeBenchSuite(dir: string, cases: number): Promise<[string, string]> {
  await mkdir(join(dir, 'prompts'), { recursive: true });
  await mkdir(join(dir, 'evals'), { recursive: true });
  await writeFile(
    join(dir, 'prompts', `${BENCH_EXERCISE}.yaml`),
    stringify({
      id: BENCH_EXERCISE,
      title: 'Benchmark: Antwort auf einen Antrag',
      level: 1,
      tags: ['benchmark'],
      task: 'Erzeugte Übung für `npm run bench`.',
      context: { amt: 'Bürgeramt Musterstadt' },
      starter: { user: 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.' },
    }),
  );
  await writeFile(
    join(dir, 'evals', `${BENCH_EXERCISE}.yaml`),
    stringify({
      exercise: BENCH_EXERCISE,
      pass: 0.6,
      cases: Array.from({ length: cases }, (_, i) => ({
        id: `fall-${i + 1}`,
        vars: { nummer: `A-${1000 + i}`, name: `Erika Beispiel ${i + 1}` },
        assert: [
          { type: 'contains', value: `A-${1000 + i}` },
          { type: 'regex', value: 'Musterstadt|Bürgeramt' },
          { type: 'word-count', min: 5, max: 400 },
        ],
      })),
    }),
  );
  const prompts: [string, string] = [join(dir, 'starter.txt'), join(dir, 'variant.txt')];
  await writeFile(prompts[0], 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.');
  await writeFile(
    prompts[1],
    'Du bist Sachbearbeiterin im {{amt}}. Bestätige den Eingang von Antrag {{nummer}} ({{name}}) in zwei Sätzen.',
  );
  return prompts;
}
