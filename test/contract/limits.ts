import { describe, expect, it } from 'vitest';
import { createApiClient } from './client.ts';
import { startRequest, TRAINER_PASSWORD } from './fixture.ts';
import type { World } from './world.ts';
import { freshAddress } from './world.ts';

/** What the trainer sets, enforced on the server: models, runs per minute, budgets; and the guessing limits. */
export function limitsContract(world: World): void {
  const settle = (patch: Record<string, unknown>) =>
    world.trainer.request('PATCH', `/api/workshops/${world.workshop.id}`, patch);

  describe("the workshop's limits", () => {
    it('refuses a model outside the allowlist with 403 naming the target, and lists only the allowed ones', async () => {
      expect((await settle({ models: ['demo:basis'] })).status).toBe(200);
      const refused = await world.teamB.post('/api/runs', startRequest({ targets: [{ provider: 'demo:knapp' }] }));
      expect(refused.status).toBe(403);
      expect(refused.json.error.field).toBe('targets[0].provider');
      expect(refused.json.error.message).toContain('demo:basis');
      const providers = (await world.teamB.call('/api/providers')).json;
      expect(
        providers.map((p: { name: string; models: { id: string }[] }) => `${p.name}:${p.models.map((m) => m.id)}`),
      ).toEqual(['demo:basis']);
      expect((await settle({ models: null, in_house_only: true })).status).toBe(200);
      const cloud = await world.teamB.post(
        '/api/runs',
        startRequest({ targets: [{ provider: 'openai:gpt-4o-mini' }] }),
      );
      expect(cloud.status).toBe(403);
      expect((await world.teamB.call('/api/providers')).json.every((p: { inHouse: boolean }) => p.inHouse)).toBe(true);
      expect((await settle({ in_house_only: false })).status).toBe(200);
    });

    it('refuses runs beyond the runs per minute with 429 and Retry-After', async () => {
      expect((await settle({ runs_per_minute: 1 })).status).toBe(200);
      const first = await world.teamB.post('/api/runs', startRequest({ cases: ['offen-1'] }));
      expect(first.status, first.text).toBe(201);
      const second = await world.teamB.post('/api/runs', startRequest({ cases: ['offen-1'] }));
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(second.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect(second.json.error.message).toMatch(/höchstens 1\)/);
      await world.teamB.events(first.json.id);
      expect((await settle({ runs_per_minute: null })).status).toBe(200);
    });

    it('refuses a run the remaining budget cannot pay with 402 saying what is left; the team sees its budget', async () => {
      expect((await settle({ budget_eur: 0.001 })).status).toBe(200);
      const priced = startRequest({ targets: [{ provider: 'openai:gpt-4o-mini' }], repeat: 5 });
      const refused = await world.teamB.post('/api/runs', priced);
      expect(refused.status).toBe(402);
      expect(refused.json.error.message).toMatch(/übrig sind 0,0010\s€, der Lauf kostet geschätzt 0,00\d\d\s€/);
      const session = (await world.teamB.call('/api/session')).json;
      expect(session.team.budget).toEqual({ limit: { eur: 0.001, tokens: null }, spent: { eur: 0, tokens: 0 } });
      // The demo costs nothing: it still runs.
      const free = await world.teamB.post('/api/runs', startRequest({ cases: ['offen-1'] }));
      expect(free.status, free.text).toBe(201);
      await world.teamB.events(free.json.id);
      expect((await settle({ budget_eur: null })).status).toBe(200);
    });
  });

  describe('guessing', () => {
    it('refuses trainer logins from the 6th failure within 10 minutes per address with 429, right password or not', async () => {
      const guesser = createApiClient(world.target, { headers: freshAddress() });
      for (let i = 0; i < 5; i++) {
        expect((await guesser.post('/api/session/trainer', { password: `falsch-${i}` })).status).toBe(401);
      }
      const blocked = await guesser.post('/api/session/trainer', { password: TRAINER_PASSWORD });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(500);
      expect(blocked.json.error.message).toMatch(/Zu viele fehlgeschlagene Anmeldungen/);
      // Another address is not affected.
      const other = createApiClient(world.target, { headers: freshAddress() });
      expect((await other.post('/api/session/trainer', { password: TRAINER_PASSWORD })).status).toBe(204);
    });

    it('refuses join codes from the 11th wrong one within 10 minutes per address with 429', async () => {
      const guesser = createApiClient(world.target, { headers: freshAddress() });
      for (let i = 0; i < 10; i++) {
        const wrong = `ZZZZZ${'23456789ABCD'[i]}`;
        const response =
          i % 2 === 0
            ? await guesser.post('/api/session/join', { code: wrong, team: 'Ratende' })
            : await guesser.call(`/api/join/${wrong}`);
        expect(response.status).toBe(404);
      }
      const blocked = await guesser.post('/api/session/join', { code: world.workshop.code, team: 'Ratende' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await guesser.call(`/api/join/${world.workshop.code}`)).status).toBe(429);
    });
  });
}
