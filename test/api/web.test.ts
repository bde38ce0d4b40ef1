import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './setup.ts';

const webDir = mkdtempSync(join(tmpdir(), 'promptathon-web-'));
mkdirSync(join(webDir, 'assets'));
writeFileSync(
  join(webDir, 'index.html'),
  '<!doctype html><title>UI</title><script type="module" src="/assets/app-Ab12Cd34.js"></script>',
);
writeFileSync(join(webDir, 'assets', 'app-Ab12Cd34.js'), 'console.log("ui");');
writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ webDir });
});
afterAll(async () => {
  await server.stop();
  rmSync(webDir, { recursive: true, force: true });
});

describe('headers', () => {
  it('sends secure headers with a strict CSP on API and UI responses', async () => {
    for (const path of ['/api/exercises', '/', '/api/nicht-da']) {
      const { headers } = await server.call(path);
      const csp = headers.get('content-security-policy') ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ]) {
        expect(csp, path).toContain(directive);
      }
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
    }
    expect((await server.call('/api/exercises')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('web UI', () => {
  it('serves files, hashed assets with a long cache, index.html without', async () => {
    const index = await server.call('/');
    expect(index.status).toBe(200);
    expect(index.text).toContain('<title>UI</title>');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await server.call('/assets/app-Ab12Cd34.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await server.call('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
  });

  it('falls back to index.html for client-side routes, not for missing files or the API', async () => {
    const route = await server.call('/uebungen/antrag-bestaetigen');
    expect(route.status).toBe(200);
    expect(route.text).toContain('<title>UI</title>');
    expect((await server.call('/assets/fehlt-123.js')).status).toBe(404);
    const api = await server.call('/api/gibt-es-nicht');
    expect(api.status).toBe(404);
    expect(api.json).toEqual({ error: { message: 'Die Adresse GET /api/gibt-es-nicht gibt es in der API nicht.' } });
  });

  it('says how to build the UI when web/dist is missing', async () => {
    const bare = await startTestServer();
    try {
      const { status, text } = await bare.call('/');
      expect(status).toBe(503);
      expect(text).toContain('npm start');
      expect((await bare.call('/api/health')).status).toBe(200);
    } finally {
      await bare.stop();
    }
  });
});
