import { createRoute, z } from '@hono/zod-openapi';
import { FIRST_TRAINER_LOGIN } from '../accounts/first-trainer.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { joinSchema, loginSchema, type SessionInfo } from '../schema/session.ts';
import { joinCodeSchema, joinPreviewSchema, teamNameKey } from '../schema/workshop.ts';
import { refuseWhenLimited, recordFailure } from '../sessions/limits.ts';
import { endSession, startSession } from '../sessions/start.ts';
import { toRoundState } from '../rounds/state.ts';
import type { Viewer } from '../sessions/viewer.ts';
import { toBudget } from '../workshops/view.ts';
import { errors, jsonBody, json, noContent, SessionInfoDoc } from './schemas.ts';

const getSession = createRoute({
  method: 'get',
  path: '/api/session',
  tags: ['Sitzung'],
  summary: 'Wer fragt: niemand, die offene Sandbox, eine Trainerin oder ein Team',
  responses: { 200: json(SessionInfoDoc, 'Die Rolle, bei Teams mit Workshop, Team und Budget') },
});

const trainerLogin = createRoute({
  method: 'post',
  path: '/api/session/trainer',
  tags: ['Sitzung'],
  summary: 'Als Trainerin oder Trainer anmelden',
  description:
    'Ohne `login` gilt das erste Konto (`trainer`). Ab dem 6. Fehlversuch binnen 10 Minuten je Adresse: 429 mit `Retry-After`.',
  request: jsonBody(loginSchema),
  responses: { ...noContent('Angemeldet; das Sitzungs-Cookie ist gesetzt'), ...errors(400, 401, 429) },
});

const join = createRoute({
  method: 'post',
  path: '/api/session/join',
  tags: ['Sitzung'],
  summary: 'Mit dem Code einem Workshop beitreten',
  description:
    'Tritt dem Team dieses Namens bei (Groß-/Kleinschreibung und Leerzeichen zählen nicht) oder legt es an. Ab dem ' +
    '11. falschen Code binnen 10 Minuten je Adresse: 429.',
  request: jsonBody(joinSchema),
  responses: {
    201: json(
      z.object({
        workshop: z.object({ id: z.string(), title: z.string() }),
        team: z.object({ id: z.string(), name: z.string() }),
      }),
      'Beigetreten; das Sitzungs-Cookie ist gesetzt',
    ),
    ...errors(400, 403, 404, 429),
  },
});

const leave = createRoute({
  method: 'delete',
  path: '/api/session',
  tags: ['Sitzung'],
  summary: 'Abmelden (die Sitzung endet auf dem Server)',
  responses: noContent('Abgemeldet'),
});

const preview = createRoute({
  method: 'get',
  path: '/api/join/{code}',
  tags: ['Sitzung'],
  summary: 'Vor dem Beitritt: Titel und Teams des Workshops zu einem Code',
  request: {
    params: z.object({ code: joinCodeSchema.meta({ param: { name: 'code', in: 'path' }, example: 'K7M2QX' }) }),
  },
  responses: { 200: json(joinPreviewSchema, 'Der Workshop'), ...errors(400, 404, 429) },
});

async function sessionInfo({ store, now }: RouteDeps, viewer: Viewer): Promise<SessionInfo> {
  switch (viewer.role) {
    case 'none':
    case 'open':
      return { role: viewer.role };
    case 'trainer':
      return { role: 'trainer', trainer: viewer.trainer };
    case 'team': {
      const { workshop, team, participant } = viewer;
      return {
        role: 'team',
        workshop: {
          id: workshop.id,
          title: workshop.title,
          date: workshop.date,
          leaderboard_visible: workshop.leaderboardVisible,
          round: toRoundState(workshop, now()),
        },
        team: { ...team, budget: toBudget(workshop, await store.spend(team.id)) },
        participant,
      };
    }
  }
}

export function sessionRoutes(app: App, deps: RouteDeps): void {
  const { store, passwords, clientAddress, now, newId, activity } = deps;
  // Checking a password that belongs to nobody takes as long as checking a real one.
  let decoy: Promise<string> | undefined;

  /** The workshop of a code, counting an unknown code against the client's guesses. */
  const workshopOf = async (code: string, client: string) => {
    await refuseWhenLimited(store, 'join', client, now());
    const workshop = await store.workshopByCode(code);
    if (workshop) return workshop;
    await recordFailure(store, 'join', client, now());
    throw new ApiProblem(404, 'Zu diesem Code gibt es keinen Workshop. Bitte prüfen Sie die Schreibweise.', 'code');
  };

  app.openapi(getSession, async (c) => c.json(await sessionInfo(deps, c.var.viewer), 200));

  app.openapi(trainerLogin, async (c) => {
    const { password, login = FIRST_TRAINER_LOGIN } = c.req.valid('json');
    const client = clientAddress(c);
    await refuseWhenLimited(store, 'login', client, now());
    const trainer = await store.findTrainer(login);
    const ok = await passwords.verify(password, trainer?.passwordHash ?? (await (decoy ??= passwords.hash(newId()))));
    if (!trainer || !ok) {
      await recordFailure(store, 'login', client, now());
      throw new ApiProblem(401, 'Anmeldename oder Passwort stimmt nicht.', 'password');
    }
    if (passwords.outdated(trainer.passwordHash))
      await store.setPasswordHash(trainer.id, await passwords.hash(password));
    await startSession(c, deps, { role: 'trainer', trainerId: trainer.id });
    return c.body(null, 204);
  });

  app.openapi(join, async (c) => {
    const input = c.req.valid('json');
    const workshop = await workshopOf(input.code, clientAddress(c));
    if (!workshop.joinOpen) {
      throw new ApiProblem(
        403,
        'Dieser Workshop nimmt gerade niemanden neu auf. Bitte fragen Sie Ihre Trainerin oder Ihren Trainer.',
        'code',
      );
    }
    const teamId = newId();
    const team = await store.findOrCreateTeam({
      id: teamId,
      workshopId: workshop.id,
      name: input.team,
      key: teamNameKey(input.team),
      removedAt: null,
      createdAt: now(),
    });
    const participant = {
      id: newId(),
      workshopId: workshop.id,
      teamId: team.id,
      name: input.name || null,
      joinedAt: now(),
    };
    await store.insertParticipant(participant);
    await startSession(c, deps, {
      role: 'team',
      workshopId: workshop.id,
      teamId: team.id,
      participantId: participant.id,
    });
    await activity.publish(workshop.id, { to: 'trainers' }, { type: 'team-joined', team, participant: participant.id });
    // A new team stands on every team's leaderboard from now on (with 0 points).
    if (team.id === teamId) await activity.nudge(workshop.id, { type: 'leaderboard-changed' });
    return c.json({ workshop: { id: workshop.id, title: workshop.title }, team }, 201);
  });

  app.openapi(leave, async (c) => {
    await endSession(c, deps);
    return c.body(null, 204);
  });

  app.openapi(preview, async (c) => {
    const workshop = await workshopOf(c.req.valid('param').code, clientAddress(c));
    return c.json(
      {
        title: workshop.title,
        date: workshop.date,
        join_open: workshop.joinOpen,
        teams: workshop.joinOpen ? (await store.activeTeams(workshop.id)).map((team) => team.name) : [],
      },
      200,
    );
  });
}
