import type { LoadedExercise } from '../exercises/catalogue.ts';
import { validatePromptVariables } from '../exercises/prompt-variables.ts';
import { gradeCase } from '../grading/grade.ts';
import { prepareRunGuard, type RunGuardOptions } from '../guard/run-guard.ts';
import type { AssertionRegistry } from '../grading/registry.ts';
import type { GradingContext } from '../grading/types.ts';
import { openLane } from '../providers/fair-queue.ts';
import type { ProviderRegistry } from '../providers/registry.ts';
import type { ChatResponse } from '../providers/types.ts';
import type { Prompt, Settings } from '../schema/exercise.ts';
import type { DataGuardSettings } from '../schema/guard.ts';
import type { RunEvent, RunRecord, RunRequest, RunStatus } from '../schema/run.ts';
import { OPEN_SPACE, type RunSpace } from '../store/records.ts';
import type { Store } from '../store/types.ts';
import { cacheKey } from './cache-key.ts';
import { RunInputError } from './errors.ts';
import { checkTargets } from './targets.ts';
import { caseVars, planJobs, renderCasePrompt, selectCases, type Job } from './plan.ts';
import { answeredResult, noAnswerMessage, outOfBudgetMessage, skippedResult } from './outcome.ts';
import { forEachConcurrent } from './pool.ts';
import type { RunBudget } from './run-budget.ts';
import { throttleText } from './throttle-text.ts';

export interface RunnerDeps {
  store: Store;
  providers: Pick<ProviderRegistry, 'chat' | 'list'>;
  assertions: AssertionRegistry;
  now: () => number;
  newId: () => string;
  /** Identifies this process in the store, so a restart can tell orphaned runs. */
  owner: string;
  /** Global default judge for llm-rubric. */
  judge?: string;
  /** The data guard of the open sandbox and of trainers' own runs (`data_guard` in promptathon.config.yaml). */
  dataGuard?: DataGuardSettings;
}

export interface RunOptions {
  /** Calls in flight for this run (each provider also has its own bound). */
  concurrency?: number;
  /** Whose run it is; default: the open sandbox's. */
  space?: RunSpace;
  budget?: RunBudget;
  /** The data guard's settings for this run; absent: texts go as they are (the CLI decides itself). */
  guard?: RunGuardOptions;
  onEvent?: (event: RunEvent) => void;
  /** Stream text deltas as events (a live view wants them; the CLI does not, and non-streaming calls are cheaper). */
  deltas?: boolean;
  /**
   * Take the next case only once the last one got its provider slot: where many runs share the providers (the
   * server), a run then keeps one case in their queue. A lone run (the CLI) fills its workers at once instead.
   */
  oneWaiting?: boolean;
}

export interface RunHandle {
  run: RunRecord;
  /** Resolves with the final run record once every case finished or the run was cancelled (results are stored). */
  done: Promise<RunRecord>;
  cancel(): void;
}

/** How one call of a case goes out: cancelled by `signal`, text as it arrives, told when it got its slot. */
interface CallOptions {
  signal: AbortSignal;
  onDelta?: (text: string) => void;
  onSlot?: () => void;
}

/** Who shares a turn in the providers' queues: a team, a trainer, or the one person of the open sandbox. */
const laneGroup = (space: RunSpace): string =>
  space.teamId ? `team:${space.teamId}` : space.trainerId ? `trainer:${space.trainerId}` : 'open';

/** Validates the request, stores the run, and starts its cases; returns at once. */
export async function startRun(
  deps: RunnerDeps,
  loaded: LoadedExercise,
  request: RunRequest,
  options: RunOptions = {},
): Promise<RunHandle> {
  const { exercise, fixture } = loaded;
  if (!fixture) throw new RunInputError(`Zur Übung "${exercise.id}" gibt es keine Testfälle.`, 'exercise');
  const cases = selectCases(fixture, request.cases);
  const missing = validatePromptVariables(request.prompt, exercise, { ...fixture, cases });
  if (missing[0]) throw new RunInputError(missing[0].message, `prompt.${missing[0].field ?? 'user'}`);
  checkTargets(deps.providers, request);

  const id = deps.newId();
  const prompts = cases.map((c) => renderCasePrompt(request.prompt, caseVars(exercise, c)));
  const guard = await prepareRunGuard(options.guard, deps.providers.list(), request.targets, prompts, id);
  const run: RunRecord = {
    id,
    exercise: exercise.id,
    exerciseVersion: loaded.version ?? null,
    status: 'running',
    prompt: request.prompt,
    targets: request.targets,
    cases: cases.map((c) => c.id),
    repeat: request.repeat,
    cache: request.cache,
    createdAt: deps.now(),
    finishedAt: null,
    error: null,
    ...(guard.summary ? { guard: guard.summary } : {}),
  };
  await deps.store.createRun(run, deps.owner, options.space ?? OPEN_SPACE);
  const emit = options.onEvent ?? (() => {});
  emit({ type: 'run-started', run });

  // The run's signal only tells the pool to stop; each case has its own controller, so that a run with
  // many cases in flight does not pile listeners onto one signal. Running out of budget stops the pool too,
  // but lets the calls in flight finish.
  const controller = new AbortController();
  const { signal } = controller;
  const stopTaking = new AbortController();
  const inFlight = new Set<AbortController>();
  const cancel = () => {
    controller.abort();
    stopTaking.abort();
    for (const job of inFlight) job.abort();
  };
  let outOfBudget = false;
  const sent = new Set<Job>();

  const jobs = planJobs(cases, request);
  // The run's place in the providers' queues: teams take turns; within a team new runs start first, then the one
  // with the fewest calls left.
  const lane = openLane(laneGroup(options.space ?? OPEN_SPACE), jobs.length);
  const call = async (
    provider: string,
    settings: Settings,
    prompt: { system?: string; user: string },
    repeat: number,
    { signal: jobSignal, onDelta, onSlot }: CallOptions,
  ): Promise<ChatResponse & { cached: boolean }> => {
    const key = request.cache ? await cacheKey({ provider, ...prompt, settings, repeat }) : undefined;
    const hit = key ? await deps.store.cacheGet(key) : undefined;
    if (hit) {
      onDelta?.(hit.text);
      return { ...hit, cached: true };
    }
    const response = await deps.providers.chat(provider, {
      ...prompt,
      temperature: settings.temperature,
      maxTokens: settings.max_tokens,
      topP: settings.top_p,
      signal: jobSignal,
      onDelta,
      lane,
      onSlot,
      guard: guard.calls,
    });
    if (key) await deps.store.cachePut(key, response, deps.now());
    return { ...response, cached: false };
  };

  const judgeFor =
    (jobSignal: AbortSignal): GradingContext['judge'] =>
    async (providerId, prompt) => {
      const id = providerId ?? fixture.judge ?? deps.judge;
      if (!id) {
        throw new Error(
          'Für llm-rubric ist kein Bewertungsmodell festgelegt (judge in promptathon.config.yaml, in der Testfall-Datei oder provider an der Prüfung).',
        );
      }
      return (await call(id, { temperature: 0 }, prompt, 0, { signal: jobSignal })).text;
    };

  const runJob = async (job: Job, started: () => void): Promise<void> => {
    if (!options.oneWaiting) started();
    if (outOfBudget) return;
    const jobController = new AbortController();
    inFlight.add(jobController);
    try {
      await runCase(job, { signal: jobController.signal, onSlot: started });
    } catch (err) {
      // Calls fail inside runCase; what gets here is a broken store or grader: stop rather than pay for answers that
      // cannot be kept.
      cancel();
      throw err;
    } finally {
      inFlight.delete(jobController);
    }
  };

  const runCase = async (job: Job, slot: CallOptions): Promise<void> => {
    const { testCase, target } = job;
    const vars = caseVars(exercise, testCase);
    const prompt = renderCasePrompt(request.prompt, vars);
    const settings = { ...exercise.settings, ...target.settings };
    const hold = await options.budget?.reserve({ provider: target.provider, prompt, settings });
    if (options.budget && !hold) {
      outOfBudget = true;
      stopTaking.abort();
      return;
    }
    try {
      if (!signal.aborted) await sendCase(job, slot, { vars, prompt, settings });
    } finally {
      hold?.release();
    }
  };

  const sendCase = async (
    job: Job,
    { signal: jobSignal, onSlot }: CallOptions,
    { vars, prompt, settings }: { vars: Record<string, string>; prompt: Prompt; settings: Settings },
  ): Promise<void> => {
    const { testCase, target, repeat } = job;
    const ref = { caseId: testCase.id, provider: target.provider, repeat };
    sent.add(job);
    emit({ type: 'case-started', ...ref });
    let response: (ChatResponse & { cached: boolean }) | undefined;
    let error: string | null = null;
    const deltas = options.deltas ? throttleText((text) => emit({ type: 'delta', ...ref, text })) : undefined;
    try {
      response = await call(target.provider, settings, prompt, repeat, {
        signal: jobSignal,
        onDelta: deltas?.push,
        onSlot,
      });
    } catch (err) {
      if (signal.aborted) return; // cancelled: nothing to keep for this case
      error = err instanceof Error ? err.message : String(err);
    } finally {
      deltas?.flush();
    }
    const graded = response
      ? await gradeCase(
          deps.assertions,
          [...fixture.defaults, ...testCase.assert],
          {
            output: response.text,
            reference: testCase.reference,
            vars,
            usage: response.usage,
            costEur: response.costEur,
            latencyMs: response.latencyMs,
            judge: judgeFor(jobSignal),
            signal: jobSignal,
          },
          fixture.pass,
        )
      : { score: 0, pass: false, results: [] };
    if (signal.aborted) return; // a judge call cut short by cancelling proves nothing
    const result = answeredResult({ runId: run.id, ...ref }, response, graded, error, deps.now());
    await deps.store.saveCaseResult(result);
    if (error) failedCalls.push({ error, hidden: testCase.hidden });
    emit({ type: 'case-finished', result });
  };
  const failedCalls: { error: string; hidden: boolean }[] = [];

  /** Stores the cases never sent because the budget ran out: they score 0 and say why. */
  const skipUnsent = async (): Promise<number> => {
    const unsent = jobs.filter((job) => !sent.has(job));
    for (const { testCase, target, repeat } of unsent) {
      const result = skippedResult(
        { runId: run.id, caseId: testCase.id, provider: target.provider, repeat },
        deps.now(),
      );
      await deps.store.saveCaseResult(result);
      emit({ type: 'case-finished', result });
    }
    return unsent.length;
  };

  const done = (async (): Promise<RunRecord> => {
    let status: Exclude<RunStatus, 'running'> = 'done';
    let failure: string | undefined;
    try {
      await forEachConcurrent(jobs, options.concurrency ?? 4, runJob, stopTaking.signal);
      if (signal.aborted) status = 'cancelled';
      else if (outOfBudget) {
        status = 'out-of-budget';
        const skipped = await skipUnsent();
        failure = outOfBudgetMessage(skipped);
      } else if (failedCalls.length === jobs.length) {
        // Nothing got an answer (wrong key, provider down): say so instead of "done" with zero points.
        status = 'failed';
        failure = noAnswerMessage(failedCalls);
      }
    } catch (err) {
      // A broken store or grader: the run cannot be trusted any more, but what was saved stays.
      status = 'failed';
      failure = err instanceof Error ? err.message : String(err);
      cancel();
    }
    const finishedAt = deps.now();
    await deps.store.finishRun(run.id, status, finishedAt, failure);
    emit({ type: 'run-finished', runId: run.id, status, error: failure ?? null });
    return { ...run, status, finishedAt, error: failure ?? null };
  })();

  return { run, done, cancel };
}
