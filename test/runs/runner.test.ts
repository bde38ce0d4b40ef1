import { afterEach, describe, expect, it } from 'vitest';
import { RunInputError } from '../../server/runs/errors.ts';
import { startRun, type RunHandle } from '../../server/runs/runner.ts';
import { summarize } from '../../server/runs/summary.ts';
import { runRequestSchema, type RunEvent, type RunRequestInput } from '../../server/schema/run.ts';
import { startFakeOpenAI } from '../fakes/openai.ts';
import type { FakeServer } from '../fakes/core.ts';
import { exercise, fixture, loadExercise, testEnv, type TestEnv } from './setup.ts';

let fake: FakeServer | undefined;
let env: TestEnv | undefined;
afterEach(async () => {
  env?.close();
  await fake?.close();
  env = fake = undefined;
});

/** Waits for the run and reads it back with its results, as a client would. */
async function finished(handle: RunHandle | Promise<RunHandle>) {
  const record = await (await handle).done;
  return (await env!.store.getRun(record.id))!;
}

const request = (overrides: Partial<RunRequestInput> = {}) =>
  runRequestSchema.parse({
    exercise: exercise.id,
    prompt: exercise.starter,
    targets: [{ provider: 'local:modell-a' }],
    ...overrides,
  });

async function setup(
  options: Parameters<typeof startFakeOpenAI>[0] = {},
  envOptions: Parameters<typeof testEnv>[1] = {},
) {
  fake = await startFakeOpenAI(options);
  env = testEnv(`${fake.url}`, envOptions);
  return { fake, env };
}

describe('runner', () => {
  it('runs every case on every model, streams events, and stores each result', async () => {
    const { env } = await setup();
    const events: RunEvent[] = [];
    const handle = await startRun(
      env.deps,
      loadExercise(),
      request({ targets: [{ provider: 'local:a' }, { provider: 'local:b' }] }),
      {
        onEvent: (e) => events.push(e),
        deltas: true,
      },
    );
    const run = await finished(handle);

    expect(run.status).toBe('done');
    expect(run.results).toHaveLength(6);
    expect(run.results.every((r) => r.pass && r.score === 1 && r.error === null)).toBe(true);
    expect(run.results[0]!.output).toContain('Sehr geehrte Damen und Herren');
    expect(events[0]!.type).toBe('run-started');
    expect(events.at(-1)).toMatchObject({ type: 'run-finished', status: 'done' });
    expect(events.filter((e) => e.type === 'case-finished')).toHaveLength(6);
    // Deltas of one case concatenate to its stored output.
    const deltas = events.filter((e) => e.type === 'delta' && e.caseId === 'fall-2' && e.provider === 'local:b');
    expect(deltas.map((e) => (e.type === 'delta' ? e.text : '')).join('')).toBe(
      run.results.find((r) => r.caseId === 'fall-2' && r.provider === 'local:b')!.output,
    );
    // The rendered prompt reached the provider: context and case vars filled in.
    const sent = fake!.requests.map((r) => JSON.stringify(r.body));
    expect(
      sent.some((b) => b.includes('Sie arbeiten im Bürgeramt Musterstadt.') && b.includes('Bestätige Antrag A-3.')),
    ).toBe(true);
    expect(await env.store.getRun(run.id)).toEqual(run);
  });

  it('answers identical calls from the cache unless it is turned off', async () => {
    const { env, fake } = await setup();
    const loaded = loadExercise();
    await finished(startRun(env.deps, loaded, request()));
    expect(fake.requests).toHaveLength(3);

    const cached = await finished(startRun(env.deps, loaded, request()));
    expect(fake.requests).toHaveLength(3);
    expect(cached.results.every((r) => r.cached && r.pass)).toBe(true);

    const changed = await finished(
      startRun(env.deps, loaded, request({ prompt: { user: 'Antrag {{nummer}} bitte.' } })),
    );
    expect(fake.requests).toHaveLength(6);
    expect(changed.results.some((r) => r.cached)).toBe(false);

    await finished(startRun(env.deps, loaded, request({ cache: false })));
    expect(fake.requests).toHaveLength(9);
  });

  it('repeats cases as fresh calls and reports the pass rate over the repeats', async () => {
    let calls = 0;
    // Every third answer forgets the file number: a flaky prompt.
    const { env } = await setup({
      reply: () => (++calls % 3 === 0 ? 'Eingang bestätigt.' : 'Antrag A-1 ist eingegangen.'),
    });
    const run = await finished(
      startRun(env.deps, loadExercise(), request({ cases: ['fall-1'], repeat: 3 }), { concurrency: 1 }),
    );
    expect(run.results.map((r) => r.repeat).sort()).toEqual([0, 1, 2]);
    const [cell] = summarize(run.results, ['local:modell-a']).cells;
    expect(cell).toMatchObject({ caseId: 'fall-1', results: 3, passed: 2 });
    expect(cell!.passRate).toBeCloseTo(2 / 3);
  });

  it('records a failed call on its case and goes on with the others', async () => {
    const { env } = await setup({ faults: ['refused'] }, { concurrency: 1 });
    const run = await finished(startRun(env.deps, loadExercise(), request(), { concurrency: 1 }));
    expect(run.status).toBe('done');
    const failed = run.results.filter((r) => r.error !== null);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ pass: false, score: 0, output: '' });
    expect(run.results.filter((r) => r.pass)).toHaveLength(2);
  });

  it('marks a run failed when no call succeeded, naming the first error', async () => {
    const { env } = await setup({ faults: ['refused', 'refused', 'refused'] });
    const run = await finished(startRun(env.deps, loadExercise(), request()));
    expect(run.status).toBe('failed');
    expect(run.error).toMatch(/Kein Aufruf war erfolgreich/);
    expect(run.results).toHaveLength(3);
  });

  it('cancels: no new cases start, calls in flight are aborted, finished cases stay', async () => {
    const { env, fake } = await setup({ latencyMs: 300 });
    let handle: Awaited<ReturnType<typeof startRun>> | undefined;
    handle = await startRun(env.deps, loadExercise(), request(), {
      concurrency: 1,
      onEvent: (e) => {
        if (e.type === 'case-finished') handle?.cancel();
      },
    });
    const run = await finished(handle);
    expect(run.status).toBe('cancelled');
    expect(run.results).toHaveLength(1);
    expect(run.results[0]!.pass).toBe(true);
    expect(fake.requests.length).toBeLessThanOrEqual(2);
  });

  it('stops at once when a result cannot be stored: no further calls, and the run ends with the error', async () => {
    const { env, fake } = await setup({ latencyMs: 50 });
    const handle = await startRun(env.deps, loadExercise(), request({ cache: false }), { concurrency: 1 });
    env.store.close(); // the run is stored; its first result will not be
    await expect(handle.done).rejects.toThrow(/not open/);
    expect(fake.requests).toHaveLength(1);
  });

  it('keeps one case waiting for a busy provider, not one per worker, and still runs them all', async () => {
    const { env } = await setup({ latencyMs: 150 }, { concurrency: 1 });
    const started: string[] = [];
    const handle = await startRun(env.deps, loadExercise(), request(), {
      concurrency: 4,
      oneWaiting: true,
      onEvent: (e) => {
        if (e.type === 'case-started') started.push(e.caseId);
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 75));
    // One call at the provider, one in its queue; the third case is not taken yet.
    expect(started).toEqual(['fall-1', 'fall-2']);
    const run = await finished(handle);
    expect(run.results.map((r) => r.pass)).toEqual([true, true, true]);
  });

  it('refuses bad requests before anything is stored, naming the field', async () => {
    const { env } = await setup();
    const loaded = loadExercise();
    const attempt = (r: Partial<RunRequestInput>) => startRun(env.deps, loaded, request(r));
    await expect(attempt({ cases: ['fall-9'] })).rejects.toMatchObject({ name: 'RunInputError', field: 'cases' });
    await expect(attempt({ prompt: { user: 'Hallo {{unbekannt}}' } })).rejects.toMatchObject({
      field: 'prompt.user',
      message: expect.stringContaining('unbekannt'),
    });
    await expect(attempt({ targets: [{ provider: 'nirgends:x' }] })).rejects.toMatchObject({
      field: 'targets[0].provider',
    });
    await expect(attempt({ targets: [{ provider: 'openai:gpt-4o-mini' }] })).rejects.toThrow(/OPENAI_API_KEY/);
    await (
      await attempt({})
    ).done;
    expect(await env.store.listRuns(exercise.id, { open: true })).toHaveLength(1);
    const noFixture = { ...loaded, fixture: undefined };
    await expect(startRun(env.deps, noFixture, request())).rejects.toBeInstanceOf(RunInputError);
  });

  it('asks the judge for llm-rubric: per assertion, else the fixture judge, else the global one', async () => {
    const { env, fake } = await setup(
      {
        reply: (body) =>
          JSON.stringify(body).includes('Bewert') || JSON.stringify(body).includes('rubric')
            ? '{"score": 0.9, "reason": "passt"}'
            : 'Antrag A-1 ist da.',
      },
      { judge: 'local:global-judge' },
    );
    const rubric = (extra: object = {}) => ({ type: 'llm-rubric', value: 'Die Antwort ist höflich.', ...extra });
    const fx = (judge?: string) => ({
      ...fixture,
      ...(judge ? { judge } : {}),
      cases: [{ id: 'fall-1', vars: { nummer: 'A-1' }, assert: [rubric(), rubric({ provider: 'local:own-judge' })] }],
    });
    const judgeModels = () => fake.requests.map((r) => String(r.body.model)).filter((m) => m.includes('judge'));

    const run = await finished(startRun(env.deps, loadExercise(exercise, fx()), request()));
    expect(run.results[0]!.assertions.map((a) => a.score)).toEqual([0.9, 0.9]);
    expect(judgeModels().sort()).toEqual(['global-judge', 'own-judge']);

    fake.requests.length = 0;
    await finished(startRun(env.deps, loadExercise(exercise, fx('local:fixture-judge')), request({ cache: false })));
    expect(judgeModels().sort()).toEqual(['fixture-judge', 'own-judge']);

    const noJudge = { ...env.deps, judge: undefined };
    const alone = await finished(startRun(noJudge, loadExercise(exercise, fx()), request({ cache: false })));
    expect(alone.results[0]!.assertions[0]).toMatchObject({
      pass: false,
      reason: expect.stringContaining('kein Bewertungsmodell'),
    });
  });
});
