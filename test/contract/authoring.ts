import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../server/exercises/catalogue.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import { createApiClient } from './client.ts';
import { EXERCISE_ID } from './fixture.ts';
import { join } from './workshops.ts';
import { freshAddress, type World } from './world.ts';

const ID = 'eigene-mahnung';

const prompt = (title = 'Eine freundliche Zahlungserinnerung') => `id: ${ID}
title: ${title}
level: 2
task: |
  Schreiben Sie eine freundliche Zahlungserinnerung.
starter:
  user: |
    Erinnere {{name}} an die offene Gebühr von {{betrag}}.
`;

/** Version 2 asks for another amount. */
const raisedEvals = () => evals.replaceAll('35 Euro', '40 Euro');

const evals = `exercise: ${ID}
cases:
  - id: erste
    vars:
      name: Frau Beispiel
      betrag: 35 Euro
    reference: Sehr geehrte Frau Beispiel, bitte überweisen Sie die offene Gebühr von 35 Euro.
    assert:
      - type: contains
        value: 35 Euro
        description: Nennt den offenen Betrag
      - type: word-count
        max: 10000
  - id: zweite
    vars:
      name: Herr Muster
      betrag: 12 Euro
    assert:
      - type: contains
        value: 12 Euro
`;

/**
 * Exercises written by trainers, stored in the database (SQLite or D1), on both runtimes: import with problems
 * as `validate` reports them, versions and concurrent saves, export, copy, the check without a model, and a team
 * running the new exercise without a new deployment.
 */
export function authoringContract(world: World): void {
  const team = createApiClient(world.target, { headers: freshAddress() });

  describe('exercises written by trainers', () => {
    it('refuses broken files with every problem: file, line, field and message', async () => {
      const broken = evals.replace('type: word-count', 'type: wort-zahl');
      const response = await world.trainer.post('/api/exercises/import', { prompt: prompt(), evals: broken });
      expect(response.status, response.text).toBe(400);
      expect(response.json.problems).toEqual([
        { file: 'evals', line: 12, field: 'cases[0].assert[1].type', message: expect.stringContaining('wort-zahl') },
      ]);
      expect(response.json.error.field).toBe('evals');
      const noId = await world.trainer.post('/api/exercises/import', { prompt: 'title: x', evals });
      expect(noId.status).toBe(400);
      expect(noId.json.problems.map((p: { file: string }) => p.file)).toContain('prompt');
    });

    it('imports an exercise for trainers only; the library stays read-only', async () => {
      expect((await world.visitor.post('/api/exercises/import', { prompt: prompt(), evals })).status).toBe(401);
      const library = await world.trainer.post('/api/exercises/import', {
        prompt: prompt().replace(`id: ${ID}`, `id: ${EXERCISE_ID}`),
        evals: evals.replace(`exercise: ${ID}`, `exercise: ${EXERCISE_ID}`),
      });
      expect(library.status).toBe(409);
      expect(library.json.error.field).toBe('id');
      const created = await world.trainer.post('/api/exercises/import', { prompt: prompt(), evals });
      expect(created.status, created.text).toBe(201);
      expect(created.json).toEqual({ id: ID, version: 1 });
      const listed = (await world.trainer.call('/api/exercises')).json.map((e: { id: string }) => e.id);
      expect(listed).toContain(ID);
    });

    it('exports the same two files, which the loader of `validate` takes unchanged', async () => {
      const exported = await world.trainer.call(`/api/exercises/${ID}/export`);
      expect(exported.status).toBe(200);
      expect(exported.json).toEqual({ prompt: prompt(), evals });
      const library = (await world.trainer.call(`/api/exercises/${EXERCISE_ID}/export`)).json;
      const catalogue = loadCatalogue(
        [
          { path: `prompts/${EXERCISE_ID}.yaml`, text: library.prompt },
          { path: `evals/${EXERCISE_ID}.yaml`, text: library.evals },
        ],
        new AssertionRegistry(builtinAssertions),
      );
      expect(catalogue.problems).toEqual([]);
      expect(catalogue.exercises[0]!.fixture!.cases).toHaveLength(4);
    });

    it('tells the second of two simultaneous saves about the first instead of overwriting it', async () => {
      const save = (title: string) =>
        world.trainer.request('PUT', `/api/exercises/${ID}`, {
          prompt: prompt(title),
          evals: raisedEvals(),
          base_version: 1,
        });
      const [a, b] = await Promise.all([save('Fassung A'), save('Fassung B')]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const lost = a.status === 409 ? a : b;
      expect(lost.json).toMatchObject({ latest_version: 2, error: { field: 'base_version' } });
      const versions = (await world.trainer.call(`/api/exercises/${ID}/versions`)).json;
      expect(versions).toMatchObject({ latest_version: 2, published_version: 1 });
      expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    });

    it('checks the cases without a model and flags a check that measures nothing', async () => {
      const response = await world.trainer.post(`/api/exercises/${ID}/check`, {
        samples: [{ case: 'erste', output: 'Bitte zahlen Sie bald.' }],
      });
      expect(response.status, response.text).toBe(200);
      const [erste, zweite] = response.json.cases;
      expect(erste).toMatchObject({ case: 'erste', reference: { pass: true, score: 1 } });
      expect(erste.samples).toEqual([{ output: 'Bitte zahlen Sie bald.', pass: false, score: 0.5 }]);
      expect(erste.assertions[0]).toMatchObject({
        type: 'contains',
        label: 'Nennt den offenen Betrag',
        results: [true, false],
      });
      expect(zweite.reference).toBeNull();
      const kinds = response.json.warnings.map((w: { kind: string; case: string | null }) => [w.kind, w.case]);
      expect(kinds).toEqual(
        expect.arrayContaining([
          ['constant-assertion', 'erste'],
          ['no-reference', 'zweite'],
        ]),
      );
      expect(kinds).not.toContainEqual(['constant-assertion', 'zweite']);
      expect((await team.post(`/api/exercises/${ID}/check`, {})).status).toBe(401);
    });

    it('describes every assertion type and its parameters, so forms need no code per type', async () => {
      const response = await world.trainer.call('/api/assertion-types');
      expect(response.status).toBe(200);
      const types = Object.fromEntries(response.json.map((t: { type: string }) => [t.type, t]));
      expect(Object.keys(types)).toEqual(
        expect.arrayContaining(['contains', 'word-count', 'sie-form', 'regex', 'llm-rubric']),
      );
      for (const t of response.json) expect(t.summary).toMatch(/\S.+\.$/);
      expect(types['word-count']).toMatchObject({
        negatable: expect.any(Boolean),
        params: {
          type: 'object',
          properties: {
            min: { type: 'integer', title: 'Mindestens Wörter' },
            max: { type: 'integer', title: 'Höchstens Wörter' },
          },
        },
      });
      expect(types.contains.params.required).toEqual(['value']);
      expect((await team.call('/api/assertion-types')).status).toBe(401);
    });

    it('copies a library exercise as the trainer’s own', async () => {
      const copy = await world.trainer.post(`/api/exercises/${EXERCISE_ID}/copy`, { id: 'meine-bestaetigung' });
      expect(copy.status, copy.text).toBe(201);
      const files = (await world.trainer.call('/api/exercises/meine-bestaetigung/export')).json;
      expect(files.prompt).toContain('id: meine-bestaetigung');
      expect(files.prompt).toContain('(Kopie)');
      expect((await world.trainer.post(`/api/exercises/${EXERCISE_ID}/copy`, { id: ID })).status).toBe(409);
    });

    it('lets a team run the new exercise at once, on the version published on purpose', async () => {
      const workshop = await world.trainer.post('/api/workshops', {
        title: 'Eigene',
        exercises: [ID],
        runs_per_minute: null,
      });
      expect(workshop.status, workshop.text).toBe(201);
      await join(team, workshop.json.code, 'Eigene');
      // A team in the workshop reads the exercise but writes, exports and checks nothing.
      expect((await team.post('/api/exercises/import', { prompt: prompt(), evals })).status).toBe(403);
      expect((await team.call(`/api/exercises/${ID}/export`)).status).toBe(403);
      expect(
        (await team.request('PUT', `/api/exercises/${ID}`, { prompt: prompt(), evals, base_version: 9 })).status,
      ).toBe(403);
      expect((await team.post(`/api/exercises/${ID}/publish`, { version: 1 })).status).toBe(403);
      const title = async () => (await team.call(`/api/exercises/${ID}`)).json.title;
      expect(await title()).toBe('Eine freundliche Zahlungserinnerung');
      const run = await team.post('/api/runs', {
        exercise: ID,
        prompt: { user: 'Erinnere {{name}} an {{betrag}}.' },
        targets: [{ provider: 'demo:basis' }],
      });
      expect(run.status, run.text).toBe(201);
      expect(run.json.exerciseVersion).toBe(1);
      await team.events(run.json.id);
      expect((await team.call(`/api/runs/${run.json.id}`)).json.results).toHaveLength(2);
      expect((await world.trainer.post(`/api/exercises/${ID}/publish`, { version: 2 })).status).toBe(204);
      expect(await title()).toMatch(/^Fassung [AB]$/);
      const next = await team.post('/api/runs', {
        exercise: ID,
        prompt: { user: 'Erinnere {{name}} an {{betrag}}.' },
        targets: [{ provider: 'demo:basis' }],
      });
      expect(next.json.exerciseVersion).toBe(2);
      await team.events(next.json.id);
      // The history names each attempt's version, so a comparison can tell.
      const history = (await team.call(`/api/exercises/${ID}/runs`)).json;
      expect(history.map((r: { exerciseVersion: number }) => r.exerciseVersion)).toEqual([2, 1]);
      expect((await team.call(`/api/runs/${next.json.id}/prompt?case=erste`)).json.user).toContain('40 Euro');
      // The first attempt still shows what it sent under version 1.
      const sent = await team.call(`/api/runs/${run.json.id}/prompt?case=erste`);
      expect(sent.status, sent.text).toBe(200);
      expect(sent.json.user).toContain('Erinnere Frau Beispiel an 35 Euro.');
    });
  });
}
