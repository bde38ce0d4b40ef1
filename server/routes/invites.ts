import { createRoute, z } from '@hono/zod-openapi';
import { INVITE_TTL_MS, inviteUrl } from '../accounts/first-trainer.ts';
import { newToken, tokenHash } from '../crypto/tokens.ts';
import type { App, RouteDeps } from '../http/deps.ts';
import { ApiProblem } from '../http/errors.ts';
import { publicBase } from '../http/public-url.ts';
import { acceptInviteSchema, inviteInfoSchema, inviteLinkSchema } from '../schema/session.ts';
import { startSession } from '../sessions/start.ts';
import type { InviteRecord } from '../store/records.ts';
import { errors, jsonBody, json, noContent } from './schemas.ts';
import { workshopParams } from './workshop-params.ts';

const tokenParams = z.object({
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'ist kein gültiger Einladungslink' })
    .meta({ param: { name: 'token', in: 'path' } }),
});

const createInvite = createRoute({
  method: 'post',
  path: '/api/workshops/{id}/invites',
  tags: ['Workshops'],
  summary: 'Eine Co-Trainerin oder einen Co-Trainer einladen (Link, einmal gültig, 7 Tage)',
  request: { params: workshopParams },
  responses: {
    201: json(inviteLinkSchema, 'Der Einladungslink'),
    ...errors(401, 403, 404),
  },
});

const getInvite = createRoute({
  method: 'get',
  path: '/api/invites/{token}',
  tags: ['Sitzung'],
  summary: 'Was ein Einladungs- oder Einrichtungslink öffnet',
  request: { params: tokenParams },
  responses: { 200: json(inviteInfoSchema, 'Die Einladung'), ...errors(400, 404) },
});

const acceptInvite = createRoute({
  method: 'post',
  path: '/api/invites/{token}',
  tags: ['Sitzung'],
  summary: 'Einladung annehmen: Konto anlegen (oder als angemeldete Trainerin beitreten) und anmelden',
  request: {
    params: tokenParams,
    ...jsonBody(acceptInviteSchema.partial()),
  },
  responses: { ...noContent('Angenommen und angemeldet'), ...errors(400, 404, 409) },
});

const GONE = 'Dieser Link ist nicht (mehr) gültig. Einladungen gelten einmal und 7 Tage lang.';

export function inviteRoutes(app: App, deps: RouteDeps): void {
  const { store, passwords, now, newId } = deps;

  const findInvite = async (token: string): Promise<InviteRecord> => {
    const invite = await store.findInvite(await tokenHash(token), now());
    if (!invite) throw new ApiProblem(404, GONE, 'token');
    return invite;
  };

  app.openapi(createInvite, async (c) => {
    const token = newToken();
    const expiresAt = now() + INVITE_TTL_MS;
    await store.insertInvite({
      tokenHash: await tokenHash(token),
      kind: 'co-trainer',
      workshopId: c.req.valid('param').id,
      createdBy: c.var.viewer.role === 'trainer' ? c.var.viewer.trainer.id : null,
      createdAt: now(),
      expiresAt,
    });
    return c.json({ url: inviteUrl(publicBase(c, deps), token), expires_at: expiresAt }, 201);
  });

  app.openapi(getInvite, async (c) => {
    const invite = await findInvite(c.req.valid('param').token);
    const workshop = invite.workshopId ? await store.getWorkshop(invite.workshopId) : undefined;
    return c.json(
      {
        kind: invite.kind,
        workshop: workshop ? { id: workshop.id, title: workshop.title } : null,
        new_account: invite.kind === 'setup' || c.var.viewer.role !== 'trainer',
      },
      200,
    );
  });

  app.openapi(acceptInvite, async (c) => {
    const invite = await findInvite(c.req.valid('param').token);
    const viewer = c.var.viewer;
    // A trainer who is logged in just takes the workshop into their account.
    if (invite.kind === 'co-trainer' && viewer.role === 'trainer') {
      if (!(await store.consumeInvite(invite.tokenHash))) throw new ApiProblem(404, GONE, 'token');
      if (invite.workshopId) await store.addTrainer(invite.workshopId, viewer.trainer.id);
      return c.body(null, 204);
    }
    const parsed = acceptInviteSchema.safeParse(c.req.valid('json'));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? 'body');
      throw new ApiProblem(400, `${field}: ${issue?.message ?? 'fehlt'}`, field);
    }
    if (invite.kind === 'setup' && (await store.countTrainers()) > 0) {
      throw new ApiProblem(409, 'Es gibt schon ein Trainerkonto. Bitte melden Sie sich an.', 'token');
    }
    const { login, name, password } = parsed.data;
    const taken = new ApiProblem(
      409,
      `Den Anmeldenamen "${login}" gibt es schon. Bitte wählen Sie einen anderen.`,
      'login',
    );
    if (await store.findTrainer(login)) throw taken;
    if (!(await store.consumeInvite(invite.tokenHash))) throw new ApiProblem(404, GONE, 'token');
    const trainer = { id: newId(), login, name, passwordHash: await passwords.hash(password) };
    if (!(await store.insertTrainer(trainer, now()))) throw taken;
    if (invite.workshopId) await store.addTrainer(invite.workshopId, trainer.id);
    await startSession(c, deps, { role: 'trainer', trainerId: trainer.id });
    return c.body(null, 204);
  });
}
