import { describe, expect, it } from 'vitest';
import type { ApiClient, ApiResponse } from './client.ts';
import { startRequest } from './fixture.ts';

const expectError = (response: ApiResponse, status: number, field: string | undefined) => {
  expect(response.status).toBe(status);
  expect(response.json.error.message).toEqual(expect.any(String));
  expect(response.json.error.field).toBe(field);
  expect(JSON.stringify(response.json)).not.toMatch(/\bat .*\.ts:\d+|Error:/); // no stack traces
};

const oversized = () => JSON.stringify(startRequest({ prompt: { user: 'x'.repeat(300 * 1024) } }));

/** Bad input of every kind gets a 4xx with a German message naming the field, never a stack trace. */
export function errorContract(api: ApiClient): void {
  describe('bad input gets a 4xx naming the field', () => {
    it.each([
      ['a wrong type deep inside', { targets: [{ provider: 42 }] }, 'targets[0].provider'],
      ['a malformed provider id', { targets: [{ provider: 'demo' }] }, 'targets[0].provider'],
      ['an unknown field', { extra: true }, 'extra'],
      ['an unknown nested field', { prompt: { user: 'Hallo {{nummer}}', sytem: 'Tippfehler' } }, 'prompt.sytem'],
      ['a number out of range', { repeat: 0 }, 'repeat'],
      ['too many targets', { targets: Array.from({ length: 9 }, () => ({ provider: 'demo:basis' })) }, 'targets'],
      ['an empty prompt', { prompt: { user: '' } }, 'prompt.user'],
    ])('%s', async (_name, overrides, field) => {
      expectError(await api.post('/api/runs', startRequest(overrides)), 400, field);
    });

    it('a body that is not an object', async () => {
      expectError(await api.post('/api/runs', ['kein', 'objekt']), 400, 'body');
    });

    it('malformed JSON', async () => {
      const response = await api.call('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"exercise": ',
      });
      expectError(response, 400, 'body');
      expect(response.json.error.message).toMatch(/^Ungültiges JSON/);
    });

    it('a body that is not JSON at all', async () => {
      const response = await api.call('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: 'hallo',
      });
      expectError(response, 415, 'body');
    });

    it('an oversized body', async () => {
      const response = await api.call('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: oversized(),
      });
      expectError(response, 413, 'body');
      expect(response.json.error.message).toContain('256 KB');
    });

    it('an oversized body without Content-Length (chunked)', async () => {
      const chunk = new TextEncoder().encode(oversized());
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(chunk);
          controller.close();
        },
      });
      const response = await api.call('/api/runs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        duplex: 'half', // Node's fetch insists on it for a stream body; workerd ignores it
      } as RequestInit);
      expectError(response, 413, 'body');
    });

    it('an unknown exercise: 404 naming the id', async () => {
      const response = await api.post('/api/runs', startRequest({ exercise: 'gibt-es-nicht' }));
      expectError(response, 404, 'exercise');
      expect(response.json.error.message).toContain('"gibt-es-nicht"');
      expectError(await api.call('/api/exercises/gibt-es-nicht'), 404, 'id');
      expectError(await api.call('/api/exercises/gibt-es-nicht/runs'), 404, 'id');
    });

    it('an unknown case; a real hidden id counts as unknown', async () => {
      const messages = [];
      for (const id of ['fall-99', 'geheim-fall']) {
        const response = await api.post('/api/runs', startRequest({ cases: ['offen-1', id] }));
        expectError(response, 400, 'cases[1]');
        messages.push(response.json.error.message.replace(id, '<id>'));
      }
      expect(messages[1]).toBe(messages[0]);
      expect(messages[0]).toBe(
        'Den Testfall "<id>" gibt es in dieser Übung nicht (vorhanden: offen-1, verborgen-1, offen-2, verborgen-2).',
      );
      api.transcript.pop(); // it only repeats the id the client sent
    });

    it('an unknown or unavailable provider (RunInputError from the runner)', async () => {
      expectError(
        await api.post('/api/runs', startRequest({ targets: [{ provider: 'nirgends:x' }] })),
        400,
        'targets[0].provider',
      );
      const unavailable = await api.post('/api/runs', startRequest({ targets: [{ provider: 'anthropic:claude' }] }));
      expectError(unavailable, 400, 'targets[0].provider');
      expect(unavailable.json.error.message).toContain('ANTHROPIC_API_KEY');
    });

    it('a variable a hidden case lacks: named by placeholder', async () => {
      const response = await api.post(
        '/api/runs',
        startRequest({ prompt: { user: 'Antrag {{nummer}}, {{hinweis}}' } }),
      );
      expectError(response, 400, 'prompt.user');
      expect(response.json.error.message).toContain('Fall "verborgen-1"');
    });

    it('unknown, malformed or wrong-typed run ids and sequence numbers', async () => {
      expectError(await api.call('/api/runs/gibt-es-nicht'), 404, 'id');
      expectError(await api.call('/api/runs/gibt-es-nicht/events'), 404, 'id');
      expectError(await api.post('/api/runs/gibt-es-nicht/cancel', undefined), 404, 'id');
      expectError(await api.call('/api/runs/..%2F..%2Fetc'), 400, 'id');
      expectError(await api.call('/api/exercises/GROSS'), 400, 'id');
      expectError(await api.call('/api/runs/gibt-es-nicht/events?after=abc'), 400, 'after');
      expectError(await api.call('/api/runs/gibt-es-nicht/events?after=-1'), 400, 'after');
      const header = await api.call('/api/runs/gibt-es-nicht/events', { headers: { 'Last-Event-ID': 'x' } });
      expectError(header, 400, 'last-event-id');
    });
  });
}
