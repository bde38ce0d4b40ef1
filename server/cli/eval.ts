import { writeFile } from 'node:fs/promises';
import { formatProblem } from '../exercises/problems.ts';
import { exerciseIds } from '../node/catalogue-files.ts';
import { createNodeContext } from '../node/context.ts';
import { projectRoot } from '../node/paths.ts';
import { startRun, type RunHandle } from '../runs/runner.ts';
import { summarize } from '../runs/summary.ts';
import { runRequestSchema, type RunRequest } from '../schema/run.ts';
import { toFieldIssues } from '../schema/issues.ts';
import type { Store } from '../store/types.ts';
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
  prompt: { type: 'string', multiple: true },
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

  const dir = values.dir ?? projectRoot;
  const ctx = await createNodeContext({
    dir,
    configFile: values.config,
    concurrency,
    exercise: exerciseId,
    storeLater: true,
  });
  try {
    // The catalogue holds only this exercise's files, so every problem in it is the exercise's own.
    const { problems, exercises } = ctx.catalogue;
    if (problems.length) throw new UsageError(`Die Übung hat Fehler:\n${problems.map(formatProblem).join('\n')}`);
    const loaded = exercises[0];
    if (!loaded) {
      const known = (await exerciseIds(dir)).join(', ') || '(keine)';
      throw new UsageError(`Übung "${exerciseId}" nicht gefunden. Vorhanden: ${known}`);
    }

    // Several --prompt files run side by side (one run each), sharing the providers' concurrency.
    const prompts = values.prompt?.length
      ? await Promise.all(values.prompt.map(readPromptFile))
      : [loaded.exercise.starter];
    const requests = prompts.map((prompt) => {
      const parsed = runRequestSchema.safeParse({
        exercise: exerciseId,
        prompt,
        targets: values.provider!.map((provider) => ({ provider })),
        cases: values.cases
          ?.split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        repeat: positiveInt(values.repeat, 'repeat', 1),
        cache: !values['no-cache'],
      });
      if (parsed.success) return parsed.data;
      const issues = toFieldIssues(parsed.error.issues).map((i) => `${i.path.join('.')}: ${i.message}`);
      throw new UsageError(issues.join('\n'));
    });

    const perRun = (request: RunRequest) =>
      (request.cases?.length ?? loaded.fixture?.cases.length ?? 0) * request.targets.length * request.repeat;
    const progress = createProgress(
      io,
      requests.reduce((n, r) => n + perRun(r), 0),
    );
    const handles: RunHandle[] = [];
    for (const request of requests) {
      handles.push(
        await startRun(ctx.runner, loaded, request, {
          concurrency,
          onEvent: progress.onEvent,
          guard: { settings: ctx.config.data_guard },
        }),
      );
    }
    const onSigint = () => handles.forEach((h) => h.cancel());
    process.once('SIGINT', onSigint);
    const finished = await Promise.all(handles.map((h) => h.done)).finally(() => {
      process.off('SIGINT', onSigint);
      progress.clear();
    });
    const runs = await Promise.all(finished.map((run) => storedRun(ctx.store, run.id)));
    const report = runs.map((run) => ({
      run,
      summary: summarize(
        run.results,
        run.targets.map((t) => t.provider),
      ),
    }));

    report.forEach(({ run, summary }, i) => {
      if (runs.length > 1) io.out(`\n== Prompt ${i + 1}: ${values.prompt![i]} ==\n`);
      io.out(renderReport(run, summary));
    });
    if (values.json) await writeFile(values.json, JSON.stringify({ runs: report }, null, 2) + '\n');
    if (values.junit) await writeFile(values.junit, renderJunit(runs));
    const allPassed = runs.every(
      (run, i) =>
        run.status === 'done' && run.results.length === perRun(requests[i]!) && run.results.every((r) => r.pass),
    );
    return allPassed ? EXIT.pass : EXIT.fail;
  } finally {
    ctx.store.close();
  }
}

async function storedRun(store: Store, id: string) {
  const run = await store.getRun(id);
  if (!run) throw new Error(`Lauf ${id} fehlt in der Datenbank`);
  return run;
}
