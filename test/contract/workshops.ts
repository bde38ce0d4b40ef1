import { describe, expect, it } from 'vitest';
import type { ApiClient } from './client.ts';
import { EXERCISE_ID, UNRELEASED_ID } from './fixture.ts';
import type { World } from './world.ts';

const CODE = /^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{6}$/;

/** Joins a team of the world's workshop and returns the team. */
export async function join(client: ApiClient, code: string, team: string, name?: string) {
  const response = await client.post('/api/session/join', { code, team, ...(name ? { name } : {}) });
  expect(response.status, response.text).toBe(201);
  return response.json.team as { id: string; name: string };
}

/** A trainer opens a workshop; teams join with its code; co-trainers come by invitation. */
export function workshopContract(world: World): void {
  describe('a workshop', () => {
    it('is created by a trainer with a join code without look-alikes, a join link and a QR code', async () => {
      const response = await world.trainer.post('/api/workshops', {
        title: 'Prompt-a-thon Musterstadt',
        date: '2026-12-02',
        exercises: [EXERCISE_ID, UNRELEASED_ID],
        released: [EXERCISE_ID],
        runs_per_minute: null,
      });
      expect(response.status, response.text).toBe(201);
      const workshop = response.json;
      expect(workshop).toMatchObject({
        title: 'Prompt-a-thon Musterstadt',
        date: '2026-12-02',
        exercises: [EXERCISE_ID, UNRELEASED_ID],
        released: [EXERCISE_ID],
        models: null,
        budget_eur: null,
        data_guard: 'pseudonymise',
        join_open: true,
        leaderboard_visible: true,
        trainers: [{ name: 'Trainer' }],
      });
      expect(workshop.code).toMatch(CODE);
      expect(workshop.join_url).toBe(`${world.origin}/#/beitreten/${workshop.code}`);
      world.workshop = { id: workshop.id, code: workshop.code };

      const qr = await world.trainer.call(`/api/workshops/${workshop.id}/qr.svg`);
      expect(qr.status).toBe(200);
      expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(qr.text).toMatch(/^<svg[^>]*viewBox/);
      const listed = await world.trainer.call('/api/workshops');
      expect(listed.json.map((w: { id: string }) => w.id)).toContain(workshop.id);
    });

    it.each([
      ['an empty title', { title: ' ' }, 'title'],
      ['an unknown exercise', { exercises: ['gibt-es-nicht'] }, 'exercises[0]'],
      ['a released exercise not in the list', { exercises: [EXERCISE_ID], released: [UNRELEASED_ID] }, 'released[0]'],
      ['an unknown model', { models: ['nirgends:x'] }, 'models[0]'],
      ['a model its provider does not offer', { models: ['demo:gibt-es-nicht'] }, 'models[0]'],
      ['a negative budget', { budget_eur: -1 }, 'budget_eur'],
      ['an unknown data guard policy', { data_guard: 'egal' }, 'data_guard'],
      ['an unknown field', { farbe: 'blau' }, 'farbe'],
      ['an odd date', { date: '2.12.2026' }, 'date'],
    ])('refuses %s with 400 naming the field', async (_name, overrides, field) => {
      const response = await world.trainer.post('/api/workshops', {
        title: 'T',
        exercises: [EXERCISE_ID],
        ...overrides,
      });
      expect(response.status, response.text).toBe(400);
      expect(response.json.error.field).toBe(field);
    });

    it('shows anyone with the code its title and teams before joining; an unknown code is 404', async () => {
      const lower = `${world.workshop.code.slice(0, 3).toLowerCase()}-${world.workshop.code.slice(3)}`;
      const preview = await world.visitor.call(`/api/join/${lower}`);
      expect(preview.status).toBe(200);
      expect(preview.json).toEqual({
        title: 'Prompt-a-thon Musterstadt',
        date: '2026-12-02',
        join_open: true,
        teams: [],
      });
      const unknown = await world.visitor.call('/api/join/ZZZZZZ');
      expect(unknown.status).toBe(404);
      expect(unknown.json.error.field).toBe('code');
      expect((await world.visitor.call('/api/join/O0O0O0')).status).toBe(400);
    });

    it('lets teams join with the code; names are unique regardless of case and spacing', async () => {
      const { code } = world.workshop;
      world.teams.a = await join(world.teamA, code, 'Team Nord', 'Erika Muster');
      world.teams.b = await join(world.teamB, code, 'Team Süd');
      const same = await join(world.teamA2, code.toLowerCase(), '  team   NORD ');
      expect(same).toEqual(world.teams.a);
      expect(world.teams.a.name).toBe('Team Nord');
      expect(world.teams.b.id).not.toBe(world.teams.a.id);
      const preview = await world.visitor.call(`/api/join/${code}`);
      expect(preview.json.teams).toEqual(['Team Nord', 'Team Süd']);

      const session = await world.teamA.call('/api/session');
      expect(session.json).toMatchObject({
        role: 'team',
        workshop: { id: world.workshop.id, title: 'Prompt-a-thon Musterstadt' },
        team: world.teams.a,
        participant: { name: 'Erika Muster' },
      });
      expect(session.json.team.budget).toEqual({ limit: { eur: null, tokens: null }, spent: { eur: 0, tokens: 0 } });
    });

    it.each([
      ['a team name of one character', { team: 'X' }, 'team'],
      ['a team name of 41 characters', { team: 'x'.repeat(41) }, 'team'],
      ['a malformed code', { code: 'abc' }, 'code'],
      ['no code', { code: undefined }, 'code'],
      ['an unknown field', { rolle: 'trainer' }, 'rolle'],
    ])('refuses a join with %s: 400 naming the field', async (_name, overrides, field) => {
      const body = { code: world.workshop.code, team: 'Team West', ...overrides };
      const response = await world.visitor.post('/api/session/join', body);
      expect(response.status, response.text).toBe(400);
      expect(response.json.error.field).toBe(field);
    });

    it('shows the trainer its teams, their members and spend', async () => {
      const { json, status } = await world.trainer.call(`/api/workshops/${world.workshop.id}`);
      expect(status).toBe(200);
      expect(json.teams.map((t: { name: string }) => t.name)).toEqual(['Team Nord', 'Team Süd']);
      expect(json.teams[0].members.map((m: { name: string | null }) => m.name)).toEqual(['Erika Muster', null]);
      expect(json.teams[0]).toMatchObject({ runs: 0, spent: { eur: 0, tokens: 0 }, last_run_at: null });
    });

    it('is for trainers only: a team gets 403 on the trainer routes', async () => {
      for (const path of ['/api/workshops', `/api/workshops/${world.workshop.id}`, '/api/provider-settings']) {
        expect((await world.teamA.call(path)).status, path).toBe(403);
      }
    });
  });

  describe('co-trainers', () => {
    it('join a workshop by a one-time link; another trainer sees nothing of a workshop not theirs', async () => {
      const invite = await world.trainer.post(`/api/workshops/${world.workshop.id}/invites`, undefined);
      expect(invite.status).toBe(201);
      const token = /#\/einladung\/([A-Za-z0-9_-]{43})$/.exec(invite.json.url)![1]!;
      const info = await world.coTrainer.call(`/api/invites/${token}`);
      expect(info.json).toEqual({
        kind: 'co-trainer',
        workshop: { id: world.workshop.id, title: 'Prompt-a-thon Musterstadt' },
        new_account: true,
      });
      const weak = await world.coTrainer.post(`/api/invites/${token}`, {
        login: 'maria',
        name: 'Maria',
        password: 'kurz',
      });
      expect(weak.status).toBe(400);
      expect(weak.json.error.field).toBe('password');
      const taken = await world.coTrainer.post(`/api/invites/${token}`, {
        login: 'trainer',
        name: 'Maria',
        password: 'ein-langes-Passwort',
      });
      expect(taken.status).toBe(409);
      const accepted = await world.coTrainer.post(`/api/invites/${token}`, {
        login: 'Maria',
        name: 'Maria Beispiel',
        password: 'ein-langes-Passwort',
      });
      expect(accepted.status, accepted.text).toBe(204);
      expect((await world.coTrainer.call('/api/session')).json.trainer).toMatchObject({ login: 'maria' });
      expect((await world.coTrainer.call(`/api/workshops/${world.workshop.id}`)).status).toBe(200);
      // The link works once.
      expect(
        (await world.visitor.post(`/api/invites/${token}`, { login: 'x2', name: 'X', password: 'noch-ein-Passwort' }))
          .status,
      ).toBe(404);

      const own = await world.coTrainer.post('/api/workshops', { title: 'Marias Workshop', exercises: [EXERCISE_ID] });
      expect(own.status).toBe(201);
      expect((await world.trainer.call(`/api/workshops/${own.json.id}`)).status).toBe(404);
      expect(
        (await world.trainer.request('PATCH', `/api/workshops/${own.json.id}`, { title: 'Übernommen' })).status,
      ).toBe(404);
      expect((await world.trainer.request('DELETE', `/api/workshops/${own.json.id}`)).status).toBe(404);
      for (const path of [`/api/workshops/${own.json.id}/qr.svg`, `/api/events?workshop=${own.json.id}`]) {
        expect((await world.trainer.call(path)).status, path).toBe(404);
      }
      expect((await world.trainer.post(`/api/workshops/${own.json.id}/invites`, undefined)).status).toBe(404);
      const list = (await world.trainer.call('/api/workshops')).json.map((w: { id: string }) => w.id);
      expect(list).not.toContain(own.json.id);
      expect((await world.coTrainer.request('DELETE', `/api/workshops/${own.json.id}`)).status).toBe(204);
    });
  });
}
