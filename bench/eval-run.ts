// Child process of eval-bench.ts (bundled like the CLI): loads the suite, runs both prompts at once,
// reports timings and peak memory.
import { createNodeContext } from '../server/node/context.ts';
import { startRun } from '../server/runs/runner.ts';
import { runRequestSchema } from '../server/schema/run.ts';
import { readPromptFile } from '../server/cli/prompt-file.ts';

const [dir, configFile, dbFile, exerciseId, variantFile, concurrency] = process.argv.slice(2) as [
  string,
  string,
  string,
  string,
  string,
  string,
];
const ctx = await createNodeContext({ dir, configFile, dbFile });
const loaded = ctx.catalogue.exercises.find((e) => e.exercise.id === exerciseId);
if (!loaded) throw new Error(`suite not loaded: ${JSON.stringify(ctx.catalogue.problems)}`);

const prompts = [loaded.exercise.starter, await readPromptFile(variantFile)];
const started = performance.now();
const runs = await Promise.all(
  prompts.map(async (prompt) => {
    const request = runRequestSchema.parse({
      exercise: exerciseId,
      prompt,
      targets: [{ provider: 'local:bench' }],
      cache: false,
    });
    return (await startRun(ctx.runner, loaded, request, { concurrency: Number(concurrency) })).done;
  }),
);
const evalMs = performance.now() - started;
ctx.store.close();

const results = runs.flatMap((r) => r.results);
process.stdout.write(
  JSON.stringify({
    evalMs,
    calls: results.length,
    passed: results.filter((r) => r.pass).length,
    errors: results.filter((r) => r.error).length,
    assertions: results.reduce((n, r) => n + r.assertions.length, 0),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    mem: process.memoryUsage(),
  }),
);
