import { describe, expect, it } from 'vitest';
import { createApiClient, type ApiResponse } from './client.ts';
import { EXERCISE_ID, TRAINER_PASSWORD } from './fixture.ts';
import { freshAddress, type World } from './world.ts';

export const expect401 = (response: ApiResponse) => {
  expect(response.status, response.text).toBe(401);
  expect(response.json.error.message).toMatch(/anmelden|Code/);
};

/** Logs a client in as the first trainer. */
export async function loginTrainer(world: World, client = world.trainer): Promise<ApiResponse> {
  const response = await client.post('/api/session/trainer', { password: TRAINER_PASSWORD });
  expect(response.status, response.text).toBe(204);
  return response;
}

/** Who gets in: nothing but the public pages without a session; trainer login with cookies as the contract says. */
export function sessionContract(world: World): void {
  describe('without a session (a network server)', () => {
    it('answers only the public routes', async () => {
      const { visitor } = world;
      expect((await visitor.call('/api/session')).json).toEqual({ role: 'none' });
      for (const path of ['/api/health', '/api/openapi.json', '/api/docs']) {
        expect((await visitor.call(path)).status, path).toBe(200);
      }
      for (const path of [
        '/api/exercises',
        `/api/exercises/${EXERCISE_ID}`,
        '/api/providers',
        '/api/runs/x',
        '/api/workshops',
        '/api/events',
        '/api/provider-settings',
        '/api/gibt-es-nicht',
      ]) {
        expect401(await visitor.call(path));
      }
      expect401(await visitor.post('/api/runs', { exercise: EXERCISE_ID }));
      expect401(await visitor.post('/api/workshops', { title: 'x', exercises: [EXERCISE_ID] }));
    });

    it('takes a broken or forged cookie for no session: 401 and the cookie cleared, never a 5xx', async () => {
      for (const cookie of [
        'promptathon_sitzung=abc',
        `promptathon_sitzung=${'A'.repeat(43)}`,
        'promptathon_sitzung=%%%;;',
        'promptathon_sitzung=',
      ]) {
        const response = await world.visitor.call('/api/exercises', { headers: { cookie } });
        expect401(response);
        const session = await world.visitor.call('/api/session', { headers: { cookie } });
        expect(session.json).toEqual({ role: 'none' });
      }
      const forged = await world.visitor.call('/api/session', {
        headers: { cookie: `promptathon_sitzung=${'B'.repeat(43)}` },
      });
      expect(forged.headers.get('set-cookie')).toMatch(/^promptathon_sitzung=;.*Max-Age=0/);
    });
  });

  describe('trainer login', () => {
    it('refuses a wrong password with 401 naming the field, and sets no cookie', async () => {
      const response = await world.trainer.post('/api/session/trainer', { password: 'falsch-falsch-falsch' });
      expect(response.status).toBe(401);
      expect(response.json.error.field).toBe('password');
      expect(response.headers.get('set-cookie')).toBeNull();
      const unknown = await world.trainer.post('/api/session/trainer', {
        login: 'niemand',
        password: TRAINER_PASSWORD,
      });
      expect(unknown.status).toBe(401);
      expect(unknown.json.error.message).toBe(response.json.error.message);
    });

    it('logs in with the password of PROMPTATHON_TRAINER_PASSWORD: 204 and a session cookie as the contract says', async () => {
      const response = await loginTrainer(world);
      const cookie = response.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^promptathon_sitzung=[A-Za-z0-9_-]{43};/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=(Lax|Strict)/);
      expect(cookie).toMatch(/; Path=\//);
      expect(/; Secure/.test(cookie)).toBe(world.https);
      expect(response.text).toBe('');
      const session = await world.trainer.call('/api/session');
      expect(session.json).toMatchObject({ role: 'trainer', trainer: { login: 'trainer' } });
      expect(session.text).not.toContain(world.trainer.cookie!.split('=')[1]);
      expect(session.text).not.toContain(TRAINER_PASSWORD);
    });

    it('ends the session on the server when logging out', async () => {
      const client = createApiClient(world.target, { headers: freshAddress() });
      await loginTrainer(world, client);
      const cookie = client.cookie!;
      const out = await client.request('DELETE', '/api/session');
      expect(out.status).toBe(204);
      expect(client.cookie).toBeUndefined();
      // The old cookie, kept by someone who copied it, opens nothing any more.
      expect401(await client.call('/api/workshops', { headers: { cookie } }));
    });

    it('answers bad login input with 400 naming the field', async () => {
      const empty = await world.visitor.post('/api/session/trainer', { password: '' });
      expect(empty.status).toBe(400);
      expect(empty.json.error.field).toBe('password');
      const extra = await world.visitor.post('/api/session/trainer', { password: 'x', rolle: 'admin' });
      expect(extra.json.error.field).toBe('rolle');
    });
  });

  describe('requests from other sites', () => {
    it('refuses every state-changing request whose Origin names another site, whatever its content type', async () => {
      const { trainer, origin } = world;
      const body = JSON.stringify({ title: 'Fremd', exercises: [EXERCISE_ID] });
      const attempts: RequestInit[] = [
        { method: 'POST', headers: { origin: 'https://boese.example', 'content-type': 'application/json' }, body },
        { method: 'POST', headers: { origin: 'https://boese.example', 'content-type': 'text/plain' }, body },
        { method: 'POST', headers: { origin: 'null', 'content-type': 'application/json' }, body },
        { method: 'POST', headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, body },
      ];
      for (const init of attempts) {
        const response = await trainer.call('/api/workshops', init);
        expect(response.status, JSON.stringify(init.headers)).toBe(403);
        expect(response.json.error.message).toContain('anderen Websites');
      }
      expect(
        (await trainer.call('/api/session', { method: 'DELETE', headers: { origin: 'https://boese.example' } })).status,
      ).toBe(403);
      expect((await trainer.call('/api/session')).json.role).toBe('trainer');
      const own = await trainer.call('/api/session/trainer', {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
        body: JSON.stringify({ password: TRAINER_PASSWORD }),
      });
      expect(own.status).toBe(204);
    });
  });
}
