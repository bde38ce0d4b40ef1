import { describe, expect, it } from 'vitest';
import { createApiClient } from './client.ts';
import { EXERCISE_ID, startRequest } from './fixture.ts';
import { expect401 } from './session.ts';
import { join } from './workshops.ts';
import { freshAddress, type World } from './world.ts';

/** The trainer in control: joining closed and reopened, teams renamed and removed, people removed; at once. */
export function removalContract(world: World): void {
  const path = () => `/api/workshops/${world.workshop.id}`;

  describe('the trainer in control', () => {
    it('closes and reopens joining', async () => {
      expect((await world.trainer.request('PATCH', path(), { join_open: false })).json.join_open).toBe(false);
      const late = createApiClient(world.target, { headers: freshAddress() });
      const refused = await late.post('/api/session/join', { code: world.workshop.code, team: 'Zu spät' });
      expect(refused.status).toBe(403);
      expect((await late.call(`/api/join/${world.workshop.code}`)).json).toMatchObject({ join_open: false, teams: [] });
      expect((await world.trainer.request('PATCH', path(), { join_open: true })).status).toBe(200);
      await join(late, world.workshop.code, 'Zu spät');
    });

    it('renames a team; a name another team has is 409', async () => {
      const url = `${path()}/teams/${world.teams.b.id}`;
      expect((await world.trainer.request('PATCH', url, { name: 'Team Ost' })).status).toBe(204);
      expect((await world.teamB.call('/api/session')).json.team.name).toBe('Team Ost');
      const clash = await world.trainer.request('PATCH', url, { name: ' team nord' });
      expect(clash.status).toBe(409);
      expect(clash.json.error.field).toBe('name');
      expect((await world.trainer.request('PATCH', url, { name: 'O' })).json.error.field).toBe('name');
      expect((await world.trainer.request('PATCH', `${path()}/teams/gibt-es-nicht`, { name: 'Neu' })).status).toBe(404);
    });

    it('removes a participant: their session ends at once, their team goes on', async () => {
      const detail = (await world.trainer.call(path())).json;
      const a = detail.teams.find((t: { id: string }) => t.id === world.teams.a.id);
      const second = a.members.find((m: { name: string | null }) => m.name === null);
      expect((await world.trainer.request('DELETE', `${path()}/participants/${second.id}`)).status).toBe(204);
      expect401(await world.teamA2.call('/api/exercises'));
      expect((await world.teamA2.call('/api/session')).json).toEqual({ role: 'none' });
      expect((await world.teamA.call('/api/exercises')).status).toBe(200);
      expect((await world.trainer.request('DELETE', `${path()}/participants/${second.id}`)).status).toBe(404);
    });

    it('removes a team: its sessions end at once (its open event stream too), its runs stay for the records', async () => {
      const run = await world.teamB.post('/api/runs', startRequest({ cases: ['offen-1'] }));
      expect(run.status).toBe(201);
      await world.teamB.events(run.json.id);
      const feed = world.teamB.stream(`/api/events?workshop=${world.workshop.id}&team=${world.teams.b.id}`, {
        until: (m) => m.some((x) => x.event === 'session-ended'),
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await world.trainer.request('DELETE', `${path()}/teams/${world.teams.b.id}`)).status).toBe(204);
      // What the run left behind may still come first (its end, a nudge to look at the leaderboard again).
      const events = (await feed).filter((m) => m.event && !['run-finished', 'leaderboard-changed'].includes(m.event));
      expect(events.map((m) => m.event)).toEqual(['team-removed', 'session-ended']);
      expect401(await world.teamB.call('/api/exercises'));
      expect401(await world.teamB.post('/api/runs', startRequest()));
      expect((await world.trainer.call(`/api/runs/${run.json.id}`)).status).toBe(200);
      const teams = (await world.trainer.call(path())).json.teams.map((t: { name: string }) => t.name);
      expect(teams).not.toContain('Team Ost');
      // The name is free again.
      const again = createApiClient(world.target, { headers: freshAddress() });
      expect((await join(again, world.workshop.code, 'team ost')).id).not.toBe(world.teams.b.id);
      expect((await again.call(`/api/exercises/${EXERCISE_ID}/runs`)).json).toEqual([]);
    });
  });
}
