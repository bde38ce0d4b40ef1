import { writeFile } from 'node:fs/promises';
import { formatProblem } from '../exercises/problems.ts';
import { createNodeContext } from '../node/context.ts';
import { startRun } from '../runs/runner.ts';
import { summarize } from '../runs/summary.ts';
import { runRequestSchema } from '../schema/run.ts';
import { toFieldIssues } from '../schema/issues.ts';
import { parseCliArgs, positiveInt } from './args.ts';
import { EXIT, UsageError, type CliIO } from './io.ts';
import { renderJunit } from './junit.ts';
import { createProgress } from './progress.ts';
import { readPromptFile } from './prompt-file.ts';
import { renderReport } from './report.ts';

const OPTIONS = {
  dir: { type: 'string' },
  config: { type: 'string' },
  provider: { type: 'string', multiple: true },
  prompt: { type: 'string' },
  cases: { type: 'string' },
  repeat: { type: 'string' },
  concurrency: { type: 'string' },
  'no-cache': { type: 'boolean' },
  json: { type: 'string' },
  junit: { type: 'string' },
} as const;

export async function evalCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCliArgs(args, OPTIONS, 1);
  const exerciseId = positionals[0];
  if (!exerciseId) throw new UsageError('Welche Übung? Aufruf: promptathon eval <übungs-id> --provider <id>');
  if (!values.provider?.length) throw new UsageError('Mindestens ein --provider fehlt, z. B. --provider demo:basis');
  const concurrency = positiveInt(values.concurrency, 'concurrency', 4);

  const ctx = await createNodeContext({ dir: values.dir, configFile: values.config, concurrency });
  try {
    const loaded = ctx.catalogue.exercises.find((e) => e.exercise.id === exerciseId);
    if (!loaded) {
      const known = ctx.catalogue.exercises.map((e) => e.exercise.id).join(', ') || '(keine)';
      throw new UsageError(`Übung "${exerciseId}" nicht gefunden. Vorhanden: ${known}`);
    }
    const own = ctx.catalogue.problems.filter(
      (p) => p.file === loaded.files.exercise || p.file === `evals/${exerciseId}.yaml`,
    );
    if (own.length) throw new UsageError(`Die Übung hat Fehler:\n${own.map(formatProblem).join('\n')}`);

    const parsed = runRequestSchema.safeParse({
      exercise: exerciseId,
      prompt: values.prompt ? await readPromptFile(values.prompt) : loaded.exercise.starter,
      targets: values.provider.map((provider) => ({ provider })),
      cases: values.cases
        ?.split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      repeat: positiveInt(values.repeat, 'repeat', 1),
      cache: !values['no-cache'],
    });
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error.issues).map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new UsageError(issues.join('\n'));
    }
    const request = parsed.data;

    const total =
      (request.cases?.length ?? loaded.fixture?.cases.length ?? 0) * request.targets.length * request.repeat;
    const progress = createProgress(io, total);
    const handle = await startRun(ctx.runner, loaded, request, { concurrency, onEvent: progress.onEvent });
    const onSigint = () => handle.cancel();
    process.once('SIGINT', onSigint);
    const run = await handle.done.finally(() => {
      process.off('SIGINT', onSigint);
      progress.clear();
    });

    io.out(renderReport(run));
    if (values.json) {
      const summary = summarize(
        run.results,
        run.targets.map((t) => t.provider),
      );
      await writeFile(values.json, JSON.stringify({ run, summary }, null, 2) + '\n');
    }
    if (values.junit) await writeFile(values.junit, renderJunit(run));
    const allPassed = run.status === 'done' && run.results.length === total && run.results.every((r) => r.pass);
    return allPassed ? EXIT.pass : EXIT.fail;
  } finally {
    ctx.store.close();
  }
}
