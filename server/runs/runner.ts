import type { LoadedExercise } from '../exercises/catalogue.ts';
import { validatePromptVariables } from '../exercises/prompt-variables.ts';
import { gradeCase } from '../grading/grade.ts';
import type { AssertionRegistry } from '../grading/registry.ts';
import type { GradingContext } from '../grading/types.ts';
import { splitProviderId, type ProviderRegistry } from '../providers/registry.ts';
import type { ChatResponse } from '../providers/types.ts';
import type { Settings } from '../schema/exercise.ts';
import type { CaseResult, RunEvent, RunRecord, RunRequest, RunStatus } from '../schema/run.ts';
import type { Store } from '../store/types.ts';
import { renderTemplate } from '../templates/render.ts';
import { cacheKey } from './cache-key.ts';
import { RunInputError } from './errors.ts';
import { planJobs, selectCases, type Job } from './plan.ts';
import { forEachConcurrent } from './pool.ts';

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
}

export interface RunOptions {
  /** Calls in flight for this run (each provider also has its own bound). */
  concurrency?: number;
  onEvent?: (event: RunEvent) => void;
  /** Stream text deltas as events (a live view wants them; the CLI does not, and non-streaming calls are cheaper). */
  deltas?: boolean;
}

export interface RunHandle {
  run: RunRecord;
  /** Resolves with the final run record once every case finished or the run was cancelled (results are stored). */
  done: Promise<RunRecord>;
  cancel(): void;
}

function checkTargets(deps: RunnerDeps, request: RunRequest): void {
  const providers = new Map(deps.providers.list().map((p) => [p.name, p]));
  request.targets.forEach((target, i) => {
    const { name } = splitProviderId(target.provider);
    const info = providers.get(name);
    const field = `targets[${i}].provider`;
    if (!info) {
      const known = [...providers.keys()].join(', ');
      throw new RunInputError(`Unbekannter Anbieter "${name}" (bekannt: ${known})`, field);
    }
    if (!info.available)
      throw new RunInputError(`${info.label} ist nicht verfügbar: ${info.reason ?? ''}`.trim(), field);
  });
}

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
  checkTargets(deps, request);

  const run: RunRecord = {
    id: deps.newId(),
    exercise: exercise.id,
    status: 'running',
    prompt: request.prompt,
    targets: request.targets,
    cases: cases.map((c) => c.id),
    repeat: request.repeat,
    cache: request.cache,
    createdAt: deps.now(),
    finishedAt: null,
    error: null,
  };
  await deps.store.createRun(run, deps.owner);
  const emit = options.onEvent ?? (() => {});
  emit({ type: 'run-started', run });

  // The run's signal only tells the pool to stop; each case has its own controller, so that a run with
  // many cases in flight does not pile listeners onto one signal.
  const controller = new AbortController();
  const { signal } = controller;
  const inFlight = new Set<AbortController>();
  const cancel = () => {
    controller.abort();
    for (const job of inFlight) job.abort();
  };

  const call = async (
    provider: string,
    settings: Settings,
    prompt: { system?: string; user: string },
    repeat: number,
    jobSignal: AbortSignal,
    onDelta?: (text: string) => void,
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
      return (await call(id, { temperature: 0 }, prompt, 0, jobSignal)).text;
    };

  const runJob = async (job: Job): Promise<void> => {
    const jobController = new AbortController();
    inFlight.add(jobController);
    try {
      await runCase(job, jobController.signal);
    } finally {
      inFlight.delete(jobController);
    }
  };

  const runCase = async ({ testCase, target, repeat }: Job, jobSignal: AbortSignal): Promise<void> => {
    const ref = { caseId: testCase.id, provider: target.provider, repeat };
    emit({ type: 'case-started', ...ref });
    const vars = { ...exercise.context, ...testCase.vars };
    const prompt = {
      ...(request.prompt.system === undefined ? {} : { system: renderTemplate(request.prompt.system, vars) }),
      user: renderTemplate(request.prompt.user, vars),
    };
    const settings = { ...exercise.settings, ...target.settings };
    let response: (ChatResponse & { cached: boolean }) | undefined;
    let error: string | null = null;
    try {
      const onDelta = options.deltas ? (text: string) => emit({ type: 'delta', ...ref, text }) : undefined;
      response = await call(target.provider, settings, prompt, repeat, jobSignal, onDelta);
    } catch (err) {
      if (signal.aborted) return; // cancelled: nothing to keep for this case
      error = err instanceof Error ? err.message : String(err);
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
    const result: CaseResult = {
      runId: run.id,
      ...ref,
      output: response?.text ?? '',
      inputTokens: response?.usage.inputTokens ?? 0,
      outputTokens: response?.usage.outputTokens ?? 0,
      costEur: response?.costEur ?? null,
      latencyMs: Math.round(response?.latencyMs ?? 0),
      finishReason: response?.finishReason ?? null,
      score: graded.score,
      pass: graded.pass,
      assertions: graded.results,
      error,
      cached: response?.cached ?? false,
      finishedAt: deps.now(),
    };
    await deps.store.saveCaseResult(result);
    if (error) failedCalls.push(error);
    emit({ type: 'case-finished', result });
  };
  const failedCalls: string[] = [];

  const jobs = planJobs(cases, request);
  const done = (async (): Promise<RunRecord> => {
    let status: Exclude<RunStatus, 'running'> = 'done';
    let failure: string | undefined;
    try {
      await forEachConcurrent(jobs, options.concurrency ?? 4, runJob, signal);
      if (signal.aborted) status = 'cancelled';
      else if (failedCalls.length === jobs.length) {
        // Nothing got an answer (wrong key, provider down): say so instead of "done" with zero points.
        status = 'failed';
        failure = `Kein Aufruf war erfolgreich. Erster Fehler: ${failedCalls[0]}`;
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
