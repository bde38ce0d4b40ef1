import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { requireExercise } from '../http/exercise-view.ts';
import { CaseView } from '../http/redact.ts';
import { requireRun } from '../http/runs-view.ts';
import { RunInputError } from '../runs/errors.ts';
import { caseVars, renderCasePrompt } from '../runs/plan.ts';
import { sentPromptSchema } from '../schema/guard.ts';
import { sentPrompts } from '../guard/run-guard.ts';
import type { RunRequest } from '../schema/run.ts';
import { MissingVariableError } from '../templates/render.ts';
import { spaceOf } from '../sessions/viewer.ts';
import { admitTeamRun } from '../workshops/admit-run.ts';
import { admitPersonalData, guardSettingsFor } from '../guard/admit.ts';
import { errors, jsonBody, json, RunRecordDoc, runIdParams, RunRequestDoc, RunWithResultsDoc } from './schemas.ts';

const startRun = createRoute({
  method: 'post',
  path: '/api/runs',
  tags: ['Läufe'],
  summary: 'Einen Lauf starten',
  description:
    'Führt den Prompt über die gewählten Testfälle (ohne Angabe: alle) und Modelle aus. Verborgene Fälle werden ' +
    'mit ihren Platzhaltern (`verborgen-1`, …) gewählt. Den Fortschritt liefert `GET /api/runs/{id}/events`. ' +
    'Ein Team läuft in seinem Workshop: nicht freigegebene Übung oder Modell 403, zu viele Läufe je Minute 429 mit ' +
    '`Retry-After`, zu wenig Budget 402. Geht das Budget mitten im Lauf aus, endet er mit `out-of-budget`; die ' +
    'übrigen Fälle tragen `skipped: "budget"`.',
  request: jsonBody(RunRequestDoc),
  responses: {
    201: json(RunRecordDoc, 'Der gestartete Lauf'),
    ...errors(400, 401, 402, 403, 404, 413, 415, 429),
  },
});

const getRun = createRoute({
  method: 'get',
  path: '/api/runs/{id}',
  tags: ['Läufe'],
  summary: 'Ein Lauf mit allen bisher fertigen Ergebnissen',
  description:
    'Ergebnisse verborgener Fälle tragen den Platzhalter, keine Ausgabe und keine Begründungen; Punkte, ' +
    'Bestanden, Tokens, Kosten und Zeiten bleiben. Jede Prüfung nennt in `label`, was sie verlangt (ihre ' +
    '`description` oder einen Satz aus Typ und Parametern, nie ein Muster oder einen JSON-Pfad); das technische ' +
    '`detail` (Muster, Pfad) bekommen nur Trainerinnen und Trainer.',
  request: { params: runIdParams },
  responses: { 200: json(RunWithResultsDoc, 'Der Lauf'), ...errors(400, 404) },
});

const getSentPrompt = createRoute({
  method: 'get',
  path: '/api/runs/{id}/prompt',
  tags: ['Läufe'],
  summary: 'Der Prompt, den ein Fall des Laufs an das Modell schickte',
  description:
    'System- und Nutzerprompt des Laufs mit den Variablen des Falls und den Dokumenten der Übung eingesetzt. ' +
    'Für verborgene Fälle 403, bis die Trainerin oder der Trainer sie aufdeckt: Ihre Eingaben bleiben geheim. ' +
    'Hat der Datenschutz-Filter Werte ersetzt, steht in `sent`, was ein Modell außer Haus bekam.',
  request: {
    params: runIdParams,
    query: z.object({ case: z.string().min(1).max(64).meta({ description: 'Die Fall-ID, wie der Lauf sie nennt' }) }),
  },
  responses: { 200: json(sentPromptSchema, 'Der gesendete Prompt'), ...errors(400, 403, 404, 409) },
});

const cancelRun = createRoute({
  method: 'post',
  path: '/api/runs/{id}/cancel',
  tags: ['Läufe'],
  summary: 'Einen laufenden Lauf abbrechen',
  description: 'Der Lauf endet kurz darauf mit Status `cancelled`; das Ereignis `run-finished` meldet es.',
  request: { params: runIdParams },
  responses: {
    202: json(z.object({ status: z.literal('cancelling') }), 'Der Abbruch läuft'),
    ...errors(400, 404, 409),
  },
});

export function runRoutes(app: App, deps: RouteDeps): void {
  const { store, runs, defer, providers, activity, exercises } = deps;

  app.openapi(startRun, async (c) => {
    const catalogue = await c.var.catalogue();
    const body = c.req.valid('json');
    const { viewer } = c.var;
    await providers.refresh();
    const loaded = requireExercise(catalogue, body.exercise, 'exercise');
    const view = new CaseView(loaded, [], { technical: viewer.role === 'trainer' });
    // Attendees name hidden cases by placeholder; a real hidden id is as unknown to them as a typo.
    const cases = body.cases?.map((shown, i) => {
      const real = view.realId(shown);
      if (real) return real;
      const known = view.publicIds.join(', ');
      throw new ApiProblem(
        400,
        `Den Testfall "${shown}" gibt es in dieser Übung nicht (vorhanden: ${known}).`,
        `cases[${i}]`,
      );
    });
    const request: RunRequest = { ...body, cases };
    const budget = viewer.role === 'team' ? await admitTeamRun(deps, viewer, loaded, request) : undefined;
    try {
      const settings = guardSettingsFor(viewer, deps.dataGuard);
      const guard = await admitPersonalData(settings, providers.list(), loaded, request, view);
      const { run, settled } = await runs.start(loaded, request, view.event, { space: spaceOf(viewer), budget, guard });
      if (viewer.role !== 'team') {
        defer?.(
          settled.then(() => {}),
          c,
        );
        return c.json(view.record(run), 201);
      }
      // The team's other members see the attempt appear in their history, and its end.
      const { workshop, team } = viewer;
      const about = { run: run.id, exercise: run.exercise, team };
      const audience = { to: 'team', teamId: team.id } as const;
      await activity.publish(workshop.id, audience, { type: 'run-started', ...about });
      // Made here, not inside `defer?.(…)`: an optional call evaluates nothing when there is no `defer` (Node).
      const told = settled.then(async (status) => {
        await activity.publish(workshop.id, audience, { type: 'run-finished', ...about, status });
        // A finished attempt may be the team's new best: every leaderboard looks again.
        await activity.nudge(workshop.id, { type: 'leaderboard-changed' });
      });
      defer?.(told, c);
      return c.json(view.record(run), 201);
    } catch (err) {
      if (err instanceof RunInputError) throw new ApiProblem(400, view.message(err.message), err.field);
      throw err;
    }
  });

  app.openapi(getRun, async (c) => {
    const catalogue = await c.var.catalogue();
    const { run, view } = await requireRun(store, catalogue, c.var.viewer, c.req.valid('param').id, exercises);
    const { space: _space, ...record } = run;
    return c.json({ ...view.record(record), results: run.results.map(view.result) }, 200);
  });

  app.openapi(getSentPrompt, async (c) => {
    const catalogue = await c.var.catalogue();
    const shown = c.req.valid('query').case;
    const { run, view, loaded } = await requireRun(store, catalogue, c.var.viewer, c.req.valid('param').id, exercises);
    const real = view.realId(shown);
    const testCase =
      real !== undefined && run.cases.includes(real) ? loaded?.fixture?.cases.find((x) => x.id === real) : undefined;
    if (!loaded || !testCase)
      throw new ApiProblem(404, `Den Testfall "${shown}" gibt es in diesem Lauf nicht.`, 'case');
    // A hidden case's inputs are in its prompt.
    if (view.isHidden(testCase.id)) {
      throw new ApiProblem(403, 'Bei verborgenen Fällen bleibt der gesendete Prompt geheim.', 'case');
    }
    try {
      const render = (id: string) => {
        const found = loaded.fixture?.cases.find((x) => x.id === id);
        return found ? renderCasePrompt(run.prompt, caseVars(loaded.exercise, found)) : { user: '' };
      };
      const prompt = render(testCase.id);
      // Nothing replaced (off, confirmed under warn, no personal data): the prompt went out as it is.
      if (!run.guard || Object.keys(run.guard.replaced).length === 0) return c.json(prompt, 200);
      // Protected again in the run's order, every case before this one too, so the stand-ins are the ones sent.
      const sent = await sentPrompts(run.guard, run.cases.map(render), run.id);
      return c.json({ ...prompt, sent: sent[run.cases.indexOf(testCase.id)]! }, 200);
    } catch (err) {
      if (!(err instanceof MissingVariableError)) throw err;
      throw new ApiProblem(409, `Die Übung hat sich seit dem Lauf geändert: ${err.message}.`, 'case');
    }
  });

  app.openapi(cancelRun, async (c) => {
    const catalogue = await c.var.catalogue();
    const { id } = c.req.valid('param');
    const { run } = await requireRun(store, catalogue, c.var.viewer, id, exercises);
    const outcome = runs.cancel(id);
    if (outcome === 'cancelling') return c.json({ status: 'cancelling' as const }, 202);
    if (outcome === 'finished' || run.status !== 'running') {
      throw new ApiProblem(409, `Der Lauf "${id}" ist bereits beendet (Status: ${run.status}).`, 'id');
    }
    throw new ApiProblem(
      409,
      `Der Lauf "${id}" läuft in einem anderen Prozess und kann hier nicht abgebrochen werden.`,
      'id',
    );
  });
}
