import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBody } from '../../server/http/body-limit.ts';

function app() {
  const hono = new Hono();
  hono.use('*', limitBody(10));
  hono.all('/x', (c) => c.text('ok'));
  return hono;
}

/** A request that counts how often its body is looked at (on Node, that builds a second, full request). */
function counted(request: Request) {
  let reads = 0;
  const body = request.body;
  Object.defineProperty(request, 'body', {
    get: () => {
      reads++;
      return body;
    },
  });
  return { request, reads: () => reads };
}

describe('the body limit', () => {
  it('leaves GET and HEAD alone: they have no body, and an event stream is a GET held open for minutes', async () => {
    for (const method of ['GET', 'HEAD']) {
      const { request, reads } = counted(new Request('http://localhost/x', { method }));
      expect((await app().fetch(request)).status).toBe(200);
      expect(reads()).toBe(0);
    }
  });

  it('refuses a body over the limit and lets one under it through', async () => {
    const post = (body: string) => new Request('http://localhost/x', { method: 'POST', body });
    expect((await app().fetch(post('x'.repeat(11)))).status).toBe(413);
    const small = counted(post('x'.repeat(10)));
    expect((await app().fetch(small.request)).status).toBe(200);
    expect(small.reads()).toBeGreaterThan(0);
  });
});
