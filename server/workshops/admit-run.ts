import type { LoadedExercise } from '../exercises/catalogue.ts';
import type { RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import type { RunBudget } from '../runs/run-budget.ts';
import type { RunRequest } from '../schema/run.ts';
import type { TeamViewer } from '../sessions/viewer.ts';
import { exerciseState } from '../rounds/state.ts';
import { formatEur } from '../text/money.ts';
import { estimateRun, fits, hasLimits, remaining, teamBudget } from './budget.ts';
import { modelAllowed, providersForTeam } from './models.ts';

const tokens = new Intl.NumberFormat('de-DE');

/**
 * What the workshop asks of a team's run before it starts, in the order a team can act on: the exercise is
 * released and not locked (403), every model is allowed (403 naming the target), the team is within its runs per minute (429),
 * and the remaining budget pays for the run by estimate (402). Returns the budget the run then books against.
 */
export async function admitTeamRun(
  { store, providers, now }: RouteDeps,
  { workshop, team }: TeamViewer,
  loaded: LoadedExercise,
  request: RunRequest,
): Promise<RunBudget | undefined> {
  const { id } = loaded.exercise;
  const state = exerciseState(workshop, id, now());
  if (state === 'waiting') {
    throw new ApiProblem(403, `Die Übung "${id}" ist in Ihrem Workshop gerade nicht freigegeben.`, 'exercise');
  }
  if (state === 'locked') {
    throw new ApiProblem(
      403,
      `Die Übung "${id}" ist gesperrt: Ihre Versuche bleiben lesbar, neue Läufe sind nicht mehr möglich.`,
      'exercise',
    );
  }
  const available = providers.list();
  request.targets.forEach(({ provider }, i) => {
    if (modelAllowed(workshop, provider, available)) return;
    const allowed = providersForTeam(workshop, available)
      .flatMap((p) => p.models.map((m) => `${p.name}:${m.id}`))
      .join(', ');
    throw new ApiProblem(
      403,
      `Das Modell "${provider}" ist in diesem Workshop nicht freigegeben.${allowed ? ` Freigegeben: ${allowed}.` : ''}`,
      `targets[${i}].provider`,
    );
  });

  if (workshop.runsPerMinute !== null) {
    const since = now() - 60_000;
    const { count, oldest } = await store.runsSince(team.id, since);
    if (count >= workshop.runsPerMinute) {
      const seconds = Math.max(1, Math.ceil(((oldest ?? now()) + 60_000 - now()) / 1000));
      throw new ApiProblem(
        429,
        `Ihr Team hat in der letzten Minute schon ${count} Läufe gestartet (höchstens ${workshop.runsPerMinute}). Bitte warten Sie ${seconds} Sekunden.`,
        undefined,
        { 'Retry-After': String(seconds) },
      );
    }
  }

  if (!hasLimits(workshop)) return undefined;
  const spent = await store.spend(team.id);
  const cost = estimateRun(loaded, request, available);
  if (!fits(workshop, spent, cost)) {
    const left = remaining(workshop, spent);
    const parts = [
      left.eur === null ? '' : `übrig sind ${formatEur(left.eur)}, der Lauf kostet geschätzt ${formatEur(cost.eur)}`,
      left.tokens === null
        ? ''
        : `übrig sind ${tokens.format(left.tokens)} Tokens, der Lauf braucht geschätzt ${tokens.format(cost.tokens)}`,
    ].filter(Boolean);
    throw new ApiProblem(
      402,
      `Das Budget Ihres Teams reicht für diesen Lauf nicht: ${parts.join('; ')}. Wählen Sie weniger Fälle, weniger Modelle oder ein günstigeres Modell.`,
    );
  }
  return teamBudget(store, team.id, workshop, () => providers.list());
}
