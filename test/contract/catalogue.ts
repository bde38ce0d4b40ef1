import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { ProviderInfo } from '../../server/providers/types.ts';
import type { providerInfoSchema } from '../../server/schema/api.ts';
import { EXERCISE_ID, OPENAI_KEY } from './fixture.ts';
import type { World } from './world.ts';

/** Exercises, providers and the API's own description, as a team sees them; the exercises first, before any run. */
export function catalogueContract({ teamA: api, trainer }: World): void {
  describe('catalogue and providers', () => {
    it('lists exercises with counts and no best score before any run', async () => {
      const { status, json } = await api.call('/api/exercises');
      expect(status).toBe(200);
      expect(json).toEqual([
        {
          id: EXERCISE_ID,
          title: 'Eingang eines Antrags bestätigen',
          level: 1,
          tags: ['test'],
          caseCount: 4,
          hiddenCount: 2,
          bestScore: null,
          state: 'open',
          revealed: false,
        },
      ]);
    });

    it('shows hidden cases only as placeholders, in file order', async () => {
      const { status, json } = await api.call(`/api/exercises/${EXERCISE_ID}`);
      expect(status).toBe(200);
      expect(json.cases).toEqual([
        {
          hidden: false,
          id: 'offen-1',
          description: 'Ein gewöhnlicher Antrag',
          vars: { nummer: 'A-100', name: 'Erika Muster', hinweis: 'eilig' },
          reference: 'Ihr Antrag A-100 ist eingegangen.',
        },
        { hidden: true, id: 'verborgen-1' },
        { hidden: false, id: 'offen-2', vars: { nummer: 'A-200', name: 'Max Beispiel', hinweis: 'normal' } },
        { hidden: true, id: 'verborgen-2' },
      ]);
      expect(json).toMatchObject({ task: expect.any(String), context: { amt: 'Bürgeramt Musterstadt' }, settings: {} });
    });

    it('lists providers with availability but never a key; a team only those it can run', async () => {
      const { status, json, text } = await trainer.call('/api/providers');
      expect(status).toBe(200);
      const byName = Object.fromEntries((json as ProviderInfo[]).map((p) => [p.name, p]));
      expect(byName.demo).toMatchObject({ available: true, inHouse: true });
      expect(byName.openai).toMatchObject({ available: true });
      expect(byName.anthropic).toMatchObject({ available: false, reason: 'ANTHROPIC_API_KEY ist nicht gesetzt.' });
      const team = await api.call('/api/providers');
      expect((team.json as ProviderInfo[]).map((p) => p.name)).toEqual(
        (json as ProviderInfo[]).filter((p) => p.available && p.models.length > 0).map((p) => p.name),
      );
      for (const answer of [text, team.text]) {
        expect(answer).not.toContain(OPENAI_KEY);
        expect(answer).not.toContain('geheimer-schluessel');
      }
    });

    it('documents ProviderInfo with a schema of exactly its shape', () => {
      expectTypeOf<z.infer<typeof providerInfoSchema>>().toEqualTypeOf<ProviderInfo>();
    });

    it('answers the health check', async () => {
      expect((await api.call('/api/health')).json).toEqual({ ok: true });
    });
  });

  describe('OpenAPI document and reference page', () => {
    it('describes every route', async () => {
      const { status, json } = await api.call('/api/openapi.json');
      expect(status).toBe(200);
      expect(json.openapi).toBe('3.1.0');
      const operations = Object.entries(json.paths as Record<string, object>).flatMap(([path, item]) =>
        Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
      );
      expect(operations.sort()).toEqual(
        [
          'GET /api/exercises',
          'GET /api/exercises/{id}',
          'GET /api/exercises/{id}/runs',
          'POST /api/exercises/import',
          'POST /api/exercises/check',
          'PUT /api/exercises/{id}',
          'GET /api/exercises/{id}/export',
          'GET /api/exercises/{id}/versions',
          'POST /api/exercises/{id}/publish',
          'POST /api/exercises/{id}/copy',
          'POST /api/exercises/{id}/check',
          'POST /api/exercises/{id}/trial',
          'GET /api/assertion-types',
          'POST /api/exercises/{id}/suggest',
          'GET /api/providers',
          'POST /api/runs',
          'GET /api/runs/{id}',
          'GET /api/runs/{id}/prompt',
          'POST /api/runs/{id}/cancel',
          'GET /api/runs/{id}/events',
          'GET /api/health',
          'GET /api/openapi.json',
          'GET /api/docs',
          'GET /api/docs.css',
          'GET /api/session',
          'POST /api/session/trainer',
          'POST /api/session/join',
          'DELETE /api/session',
          'GET /api/join/{code}',
          'GET /api/invites/{token}',
          'POST /api/invites/{token}',
          'GET /api/events',
          'GET /api/workshops',
          'POST /api/workshops',
          'GET /api/workshops/{id}',
          'PATCH /api/workshops/{id}',
          'DELETE /api/workshops/{id}',
          'GET /api/workshops/{id}/qr.svg',
          'POST /api/workshops/{id}/invites',
          'PATCH /api/workshops/{id}/teams/{team}',
          'DELETE /api/workshops/{id}/teams/{team}',
          'GET /api/workshops/{id}/teams/{team}/runs',
          'DELETE /api/workshops/{id}/participants/{participant}',
          'POST /api/workshops/{id}/exercises/{exercise}/release',
          'POST /api/workshops/{id}/exercises/{exercise}/lock',
          'POST /api/workshops/{id}/exercises/{exercise}/reveal',
          'POST /api/workshops/{id}/round',
          'PUT /api/workshops/{id}/countdown',
          'DELETE /api/workshops/{id}/countdown',
          'PUT /api/workshops/{id}/announcement',
          'DELETE /api/workshops/{id}/announcement',
          'GET /api/workshops/{id}/leaderboard',
          'GET /api/workshops/{id}/dashboard',
          'PUT /api/workshops/{id}/gallery',
          'DELETE /api/workshops/{id}/gallery',
          'GET /api/workshops/{id}/gallery/{exercise}',
          'POST /api/workshops/{id}/exercises/{exercise}/voting',
          'DELETE /api/workshops/{id}/voting',
          'GET /api/workshops/{id}/exercises/{exercise}/votes',
          'GET /api/workshops/{id}/voting/ballot',
          'PUT /api/workshops/{id}/voting/ballots/{ballot}',
          'GET /api/workshops/{id}/library',
          'PUT /api/workshops/{id}/library',
          'GET /api/workshops/{id}/export/results.csv',
          'GET /api/workshops/{id}/export/results.json',
          'GET /api/workshops/{id}/export/training-record.csv',
          'GET /api/workshops/{id}/export/training-record.json',
          'GET /api/workshops/{id}/export/library.md',
          'GET /api/workshops/{id}/export/library.zip',
          'GET /api/exercises/{id}/entry',
          'PUT /api/exercises/{id}/entry',
          'DELETE /api/exercises/{id}/entry',
          'GET /api/provider-settings',
          'PUT /api/provider-settings/{name}',
          'DELETE /api/provider-settings/{name}',
          'POST /api/provider-settings/{name}/test',
        ].sort(),
      );
      expect(Object.keys(json.components.schemas)).toEqual(
        expect.arrayContaining(['RunRequest', 'RunRecord', 'RunWithResults', 'RunEvent', 'ExerciseDetail', 'ApiError']),
      );
      expect(json.paths['/api/runs'].post.requestBody.content['application/json'].schema).toEqual({
        $ref: '#/components/schemas/RunRequest',
      });
    });

    it('renders a readable HTML reference without inline scripts or styles', async () => {
      const { status, headers, text } = await api.call('/api/docs');
      expect(status).toBe(200);
      expect(headers.get('content-type')).toMatch(/^text\/html/);
      expect(text).toContain('<html lang="de">');
      expect(text).toContain('<code>/api/runs/{id}/events</code>');
      expect(text).toContain('id="schema-RunEvent"');
      expect(text).toContain('<link rel="stylesheet" href="/api/docs.css" />');
      expect(text).not.toMatch(/<script|<style|style=/);
      const css = await api.call('/api/docs.css');
      expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    });
  });
}
