import { createRoute, z } from '@hono/zod-openapi';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { CaseView } from '../http/redact.ts';
import { findExercise } from '../http/exercise-view.ts';
import { exerciseIdSchema } from '../schema/exercise.ts';
import { teamNameKey, teamPatchSchema } from '../schema/workshop.ts';
import type { TeamRecord } from '../store/records.ts';
import { errors, jsonBody, noContent, json, RunSummaryDoc } from './schemas.ts';
import { participantParams, teamParams } from './workshop-params.ts';

const rename = createRoute({
  method: 'patch',
  path: '/api/workshops/{id}/teams/{team}',
  tags: ['Workshops'],
  summary: 'Ein Team umbenennen',
  request: {
    params: teamParams,
    ...jsonBody(teamPatchSchema),
  },
  responses: { ...noContent('Umbenannt'), ...errors(400, 401, 403, 404, 409) },
});

const removeTeam = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}/teams/{team}',
  tags: ['Workshops'],
  summary: 'Ein Team entfernen: seine Sitzungen enden sofort, seine Läufe bleiben für die Auswertung',
  request: { params: teamParams },
  responses: { ...noContent('Entfernt'), ...errors(401, 403, 404) },
});

const removeParticipant = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}/participants/{participant}',
  tags: ['Workshops'],
  summary: 'Eine teilnehmende Person entfernen: ihre Sitzung endet sofort',
  request: { params: participantParams },
  responses: { ...noContent('Entfernt'), ...errors(401, 403, 404) },
});

const teamRuns = createRoute({
  method: 'get',
  path: '/api/workshops/{id}/teams/{team}/runs',
  tags: ['Workshops'],
  summary: 'Die Läufe eines Teams zu einer Übung, neueste zuerst',
  request: { params: teamParams, query: z.object({ exercise: exerciseIdSchema }) },
  responses: { 200: json(z.array(RunSummaryDoc), 'Die Läufe'), ...errors(400, 401, 403, 404) },
});

export function teamRoutes(app: App, { store, now, activity }: RouteDeps): void {
  /** A team of this workshop that is still in it; 404 otherwise. */
  const requireTeam = async (workshopId: string, teamId: string): Promise<TeamRecord> => {
    const team = await store.getTeam(teamId);
    if (!team || team.workshopId !== workshopId || team.removedAt !== null) {
      throw new ApiProblem(404, 'Dieses Team gibt es in diesem Workshop nicht.', 'team');
    }
    return team;
  };

  app.openapi(rename, async (c) => {
    const { id, team: teamId } = c.req.valid('param');
    await requireTeam(id, teamId);
    const { name } = c.req.valid('json');
    if (!(await store.renameTeam(teamId, name, teamNameKey(name)))) {
      throw new ApiProblem(409, `Ein anderes Team heißt schon "${name}".`, 'name');
    }
    await activity.publish(id, { to: 'team', teamId }, { type: 'team-renamed', team: { id: teamId, name } });
    // The other teams hear of it only through their leaderboard.
    await activity.nudge(id, { type: 'leaderboard-changed' });
    return c.body(null, 204);
  });

  app.openapi(removeTeam, async (c) => {
    const { id, team: teamId } = c.req.valid('param');
    const team = await requireTeam(id, teamId);
    // Told first, so that the team's open streams carry the reason before they end with the sessions.
    await activity.publish(
      id,
      { to: 'team', teamId },
      { type: 'team-removed', team: { id: team.id, name: team.name } },
    );
    await store.removeTeam(teamId, now());
    await store.deleteSessions({ teamId });
    await activity.nudge(id, { type: 'leaderboard-changed' });
    return c.body(null, 204);
  });

  app.openapi(removeParticipant, async (c) => {
    const { id, participant: participantId } = c.req.valid('param');
    const participant = await store.getParticipant(participantId);
    if (!participant || participant.workshopId !== id || participant.removedAt !== null) {
      throw new ApiProblem(404, 'Diese Person gibt es in diesem Workshop nicht.', 'participant');
    }
    const team = { id: participant.teamId, name: (await store.getTeam(participant.teamId))?.name ?? '' };
    await activity.publish(
      id,
      { to: 'team', teamId: team.id },
      { type: 'participant-removed', participant: participantId, team },
    );
    await store.removeParticipant(participantId, now());
    await store.deleteSessions({ participantId });
    return c.body(null, 204);
  });

  app.openapi(teamRuns, async (c) => {
    const catalogue = await c.var.catalogue();
    const { id, team: teamId } = c.req.valid('param');
    await requireTeam(id, teamId);
    const { exercise } = c.req.valid('query');
    const runs = await store.listRuns(exercise, { teamId });
    const view = new CaseView(findExercise(catalogue, exercise), [], { revealHidden: true });
    return c.json(
      runs.map((run) => view.record(run)),
      200,
    );
  });
}
