import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it, vi } from 'vitest';
import files from '../../dist/catalogue.json' with { type: 'json' };
import worker from '../../server/worker.ts';
import { createWorker } from '../../server/workers/worker.ts';

// The real entry with the library bundled at build time, called as workerd calls it: env and a context
// whose waitUntil promises the test can wait for.
const incoming = (path: string, init?: RequestInit<IncomingRequestCfProperties>) =>
  new Request<unknown, IncomingRequestCfProperties>(`https://sandbox.test${path}`, init);
const call = async (path: string, init?: RequestInit<IncomingRequestCfProperties>) => {
  const response = await worker.fetch!(incoming(path, init), env, createExecutionContext());
  return { response };
};
const json = async (path: string, cookie: string) =>
  (await (await call(path, { headers: { cookie } })).response.json()) as any;
/** A trainer sees the whole catalogue (env carries PROMPTATHON_TRAINER_PASSWORD, as wrangler secrets would). */
const trainerCookie = async () => {
  const { response } = await call('/api/session/trainer', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ password: env.PROMPTATHON_TRAINER_PASSWORD }),
  });
  return response.headers.get('set-cookie')!.split(';')[0]!;
};

describe('the Workers entry', () => {
  it('serves every exercise of the library, bundled at build time', async () => {
    const ids = files.flatMap(({ path }) => /^prompts\/(.+)\.ya?ml$/.exec(path)?.[1] ?? []);
    expect(ids.length).toBeGreaterThan(0);
    const exercises: { id: string }[] = await json('/api/exercises', await trainerCookie());
    expect(exercises.map((e) => e.id).sort()).toEqual(ids.sort());
  });

  it('serves the web UI with the same headers as on Node', async () => {
    const index = (await call('/')).response;
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<html lang="de">');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
    const route = (await call('/uebungen/beliebig')).response;
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<html lang="de">');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await (await call('/')).response.text())![1]!;
    const asset = (await call(script)).response;
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await call('/assets/fehlt-123.js')).response.status).toBe(404);
    // Without a session every API path but the public ones is 401, known or not.
    const api = (await call('/api/gibt-es-nicht')).response;
    expect(api.status).toBe(401);
    const known = (await call('/api/gibt-es-nicht', { headers: { cookie: await trainerCookie() } })).response;
    expect(known.status).toBe(404);
    expect(await known.json()).toEqual({
      error: { message: 'Die Adresse GET /api/gibt-es-nicht gibt es in der API nicht.' },
    });
  });

  it('says what is wrong with a broken PROMPTATHON_CONFIG instead of failing blindly', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...env, PROMPTATHON_CONFIG: 'retries: viele' };
    const response = await createWorker([]).fetch!(incoming('/api/health'), broken, createExecutionContext());
    expect(response.status).toBe(500);
    const message = await response.text();
    expect(message).toMatch(/^Die Sandbox konnte nicht starten: PROMPTATHON_CONFIG:1:\d+ retries: /);
    expect(logged).toHaveBeenCalledWith(message);
    logged.mockRestore();
  });
});
