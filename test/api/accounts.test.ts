import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../contract/client.ts';
import { EXERCISE_ID, TRAINER_PASSWORD } from '../contract/fixture.ts';
import { freshAddress } from '../contract/world.ts';
import { startTestServer, type TestServer } from './setup.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.stop()));
});
const start = async (options: Parameters<typeof startTestServer>[0]) => {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
};
const clientOf = (url: string) => createApiClient((path, init) => fetch(url + path, init), { headers: freshAddress() });
const trainerRows = (dbFile: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('select login, password_hash as hash from trainers order by created_at').all() as {
      login: string;
      hash: string;
    }[];
  } finally {
    db.close();
  }
};

describe('trainer accounts on Node', () => {
  it('without PROMPTATHON_TRAINER_PASSWORD: a one-time set-up link on first start makes the first trainer', async () => {
    const server = await start({ access: 'network', env: { PROMPTATHON_TRAINER_PASSWORD: '' } });
    expect(server.setupUrl).toMatch(/^http:\/\/localhost:\d+\/#\/einladung\/[A-Za-z0-9_-]{43}$/);
    const token = server.setupUrl!.split('/').at(-1)!;
    const visitor = clientOf(server.url);
    expect((await visitor.call(`/api/invites/${token}`)).json).toEqual({
      kind: 'setup',
      workshop: null,
      new_account: true,
    });
    const made = await visitor.post(`/api/invites/${token}`, {
      login: 'trainer',
      name: 'Anna Schulz',
      password: 'ein-sicheres-Passwort',
    });
    expect(made.status, made.text).toBe(204);
    expect((await visitor.call('/api/session')).json.trainer).toMatchObject({ login: 'trainer', name: 'Anna Schulz' });
    expect(
      (
        await clientOf(server.url).post(`/api/invites/${token}`, {
          login: 'zweite',
          name: 'B',
          password: 'noch-ein-Passwort',
        })
      ).status,
    ).toBe(404);
    // OWASP's setting for PBKDF2-SHA-256 on Node, with the parameters and a salt of its own beside the hash.
    const [row] = trainerRows(server.dbFile);
    expect(row!.hash).toMatch(/^\$pbkdf2-sha256\$i=600000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(row!.hash).not.toContain('ein-sicheres-Passwort');
  });

  it('with PROMPTATHON_TRAINER_PASSWORD: creates the first trainer, and a changed one resets it and ends its sessions', async () => {
    const first = await start({ access: 'network' });
    expect(first.setupUrl).toBeUndefined();
    const trainer = clientOf(first.url);
    expect((await trainer.post('/api/session/trainer', { password: TRAINER_PASSWORD })).status).toBe(204);
    const cookie = trainer.cookie!;
    const { dbFile } = first;
    // The same database, started again with another password (servers share the file one after the other).
    await first.close();
    const again = await startTestServer({
      access: 'network',
      dbFile,
      env: { PROMPTATHON_TRAINER_PASSWORD: 'ein-ganz-neues-Passwort' },
    });
    servers.push(again);
    const client = clientOf(again.url);
    expect((await client.call('/api/session', { headers: { cookie } })).json).toEqual({ role: 'none' });
    expect((await client.post('/api/session/trainer', { password: TRAINER_PASSWORD })).status).toBe(401);
    expect((await client.post('/api/session/trainer', { password: 'ein-ganz-neues-Passwort' })).status).toBe(204);
    const hashes = trainerRows(dbFile);
    expect(hashes).toHaveLength(1);
  });

  it('refuses to start with a password shorter than 10 characters', async () => {
    await expect(startTestServer({ env: { PROMPTATHON_TRAINER_PASSWORD: 'kurz' } })).rejects.toThrow(
      /mindestens 10 Zeichen/,
    );
  });
});

describe('the open sandbox on loopback', () => {
  it("is one person's until a workshop exists; then everybody signs in, and deleting it opens it again", async () => {
    const server = await start({});
    const visitor = clientOf(server.url);
    expect((await visitor.call('/api/session')).json).toEqual({ role: 'open' });
    expect((await visitor.call('/api/exercises')).status).toBe(200);

    const trainer = clientOf(server.url);
    await trainer.post('/api/session/trainer', { password: TRAINER_PASSWORD });
    const workshop = await trainer.post('/api/workshops', { title: 'Lokal', exercises: [EXERCISE_ID] });
    expect(workshop.status).toBe(201);
    expect((await visitor.call('/api/session')).json).toEqual({ role: 'none' });
    expect((await visitor.call('/api/exercises')).status).toBe(401);

    expect((await trainer.request('DELETE', `/api/workshops/${workshop.json.id}`)).status).toBe(204);
    expect((await visitor.call('/api/session')).json).toEqual({ role: 'open' });
  });
});
