import { createRoute } from '@hono/zod-openapi';
import type { Catalogue } from '../exercises/catalogue.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { findExercise } from '../http/exercise-view.ts';
import { entriesByExercise } from '../leaderboard/board.ts';
import { loadBoard } from '../leaderboard/load.ts';
import { ballotSchema, voteResultsSchema, voteSchema } from '../schema/voting.ts';
import type { AppEnv } from '../sessions/viewer.ts';
import type { WorkshopRecord } from '../store/records.ts';
import { castVote, currentBallot, type Voter } from '../voting/ballot.ts';
import { openVoting } from '../voting/open.ts';
import { buildVoteResults } from '../voting/results.ts';
import type { Context } from 'hono';
import { errors, exerciseIdParam, idParam, json, jsonBody, WorkshopDoc } from './schemas.ts';
import { requireWorkshop, requireWorkshopExercise, workshopView } from './workshop-lookup.ts';
import { workshopParams } from './workshop-params.ts';

const exerciseParams = workshopParams.extend({ exercise: exerciseIdParam('exercise') });
const BallotDoc = ballotSchema.meta({ id: 'Ballot' });

const openRoute = createRoute({
  method: 'post',
  path: '/api/workshops/{id}/exercises/{exercise}/voting',
  tags: ['Auswertung'],
  summary: 'Die blinde Abstimmung über eine gesperrte Übung öffnen (ersetzt eine offene)',
  description:
    'Jede Person bekommt Paare von Antworten zweier anderer Teams auf denselben Fall, ohne Teamnamen, in ' +
    'zufälliger Reihenfolge. Die Abgaben stehen ab jetzt fest. Nicht gesperrt oder weniger als zwei Abgaben: 409.',
  request: { params: exerciseParams },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(401, 403, 404, 409) },
});

const closeRoute = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}/voting',
  tags: ['Auswertung'],
  summary: 'Die Abstimmung schließen (die Stimmen bleiben)',
  request: { params: workshopParams },
  responses: { 200: json(WorkshopDoc, 'Der Workshop'), ...errors(401, 403, 404) },
});

const resultsRoute = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/exercises/{exercise}/votes',
  tags: ['Auswertung'],
  summary: 'Die Rangfolge nach Stimmen (Bradley-Terry, 95-%-Intervall) neben der nach Punkten, mit Kendalls Tau',
  request: { params: exerciseParams },
  responses: {
    200: json(voteResultsSchema.meta({ id: 'VoteResults' }), 'Das Ergebnis'),
    ...errors(401, 403, 404),
  },
});

const ballotRoute = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/voting/ballot',
  tags: ['Auswertung'],
  summary: 'Teams: das aktuelle Paar zum Abstimmen (dasselbe, bis abgestimmt ist)',
  request: { params: workshopParams },
  responses: { 200: json(BallotDoc, 'Das Paar, oder warum es keins gibt'), ...errors(401, 403, 404, 409) },
});

const voteRoute = createRoute({
  method: 'put',
  path: '/api/workshops/{id}/voting/ballots/{ballot}',
  tags: ['Auswertung'],
  summary: 'Teams: zu einem Paar abstimmen (A, B, gleich gut, beide schwach); die Antwort ist das nächste Paar',
  description: 'Eine Stimme je Person und Paar: ein zweites Mal 409.',
  request: {
    params: workshopParams.extend({ ballot: idParam('ballot', '9b2e1c4d-7a3f-4e8b-9c1d-2f3a4b5c6d7e') }),
    ...jsonBody(voteSchema),
  },
  responses: { 200: json(BallotDoc, 'Das nächste Paar'), ...errors(400, 401, 403, 404, 409) },
});

function voterOf(c: Context<AppEnv>): Voter {
  const { viewer } = c.var;
  if (viewer.role !== 'team') throw new ApiProblem(403, 'Abstimmen können nur Teilnehmende.');
  return { participantId: viewer.participant.id, teamId: viewer.team.id };
}

/** Blind voting: the trainer opens and closes it and reads the result; attendees judge pairs. */
export function votingRoutes(app: App, deps: RouteDeps): void {
  const { store, activity, now } = deps;

  const apply = async (workshop: WorkshopRecord, voting: WorkshopRecord['voting']) => {
    await store.updateWorkshop(workshop.id, { voting });
    await activity.publish(workshop.id, { to: 'all' }, { type: 'workshop-changed' });
    return { ...workshop, voting };
  };

  const entriesOf = async (workshop: WorkshopRecord, exercise: string, catalogue: Catalogue) => {
    const input = await loadBoard(store, { catalogue, workshop, now: now() }, store.activeTeams);
    const names = new Map(input.teams.map((t) => [t.id, t.name]));
    return { names, entries: entriesByExercise(input).find((x) => x.exercise === exercise) };
  };

  app.openapi(openRoute, async (c) => {
    const catalogue = await c.var.catalogue();
    const params = c.req.valid('param');
    const workshop = await requireWorkshop(deps, params.id, c.var.viewer);
    const exercise = requireWorkshopExercise(workshop, params.exercise);
    const { entries } = await entriesOf(workshop, exercise, catalogue);
    const next = await apply(workshop, openVoting(workshop, entries, catalogue, now()));
    return c.json(await workshopView(c, deps, next), 200);
  });

  app.openapi(closeRoute, async (c) => {
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    return c.json(await workshopView(c, deps, await apply(workshop, null)), 200);
  });

  app.openapi(resultsRoute, async (c) => {
    const catalogue = await c.var.catalogue();
    const params = c.req.valid('param');
    const workshop = await requireWorkshop(deps, params.id, c.var.viewer);
    const exercise = requireWorkshopExercise(workshop, params.exercise);
    const [{ names, entries }, ballots] = await Promise.all([
      entriesOf(workshop, exercise, catalogue),
      store.ballotsOf(workshop.id, exercise),
    ]);
    const results = buildVoteResults({
      exercise,
      title: findExercise(catalogue, exercise)?.exercise.title ?? exercise,
      open: workshop.voting?.exercise === exercise,
      entries: entries?.entries ?? [],
      names,
      ballots,
    });
    return c.json(results, 200);
  });

  app.openapi(ballotRoute, async (c) => {
    const voter = voterOf(c);
    const workshop = await requireWorkshop(deps, c.req.valid('param').id, c.var.viewer);
    return c.json(await currentBallot({ ...deps, catalogue: await c.var.catalogue() }, workshop, voter), 200);
  });

  app.openapi(voteRoute, async (c) => {
    const voter = voterOf(c);
    const params = c.req.valid('param');
    const workshop = await requireWorkshop(deps, params.id, c.var.viewer);
    const ballots = { ...deps, catalogue: await c.var.catalogue() };
    const ballot = await castVote(ballots, workshop, voter, params.ballot, c.req.valid('json').choice);
    await activity.publish(workshop.id, { to: 'trainers' }, { type: 'votes-changed', exercise: ballot.exercise });
    return c.json(await currentBallot(ballots, workshop, voter), 200);
  });
}
