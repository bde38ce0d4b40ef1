import { formatProblem } from '../exercises/problems.ts';
import { loadNodeSetup } from '../node/context.ts';
import { parseCliArgs } from './args.ts';
import { EXIT, type CliIO } from './io.ts';

export async function validateCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parseCliArgs(args, { dir: { type: 'string' }, config: { type: 'string' } });
  const { catalogue } = await loadNodeSetup({ dir: values.dir, configFile: values.config });
  const { exercises, problems } = catalogue;
  for (const { exercise, fixture } of exercises) {
    const cases = fixture
      ? `${fixture.cases.length} Fälle (${fixture.cases.filter((c) => c.hidden).length} verborgen)`
      : 'keine Testfälle';
    io.out(`✓ ${exercise.id}: ${exercise.title} – Stufe ${exercise.level}, ${cases}\n`);
  }
  if (problems.length === 0) {
    io.out(`\n${exercises.length} Übungen, keine Fehler.\n`);
    return EXIT.pass;
  }
  io.err(`\n${problems.length} Fehler:\n${problems.map(formatProblem).join('\n')}\n`);
  return EXIT.usage;
}
