import { describe, expect, it } from 'vitest';
import { createApiClient, type ApiClient } from './client.ts';
import { EXERCISE_ID, SECRETS, TRAINER_PASSWORD, UNRELEASED_ID } from './fixture.ts';
import { startRun } from './runs.ts';
import { join } from './workshops.ts';
import { freshAddress, signedInDevices, type World } from './world.ts';

type Row = { team: string; points: number; rank: number; run?: string; chosen?: boolean };

/** Runs to the end and returns the run's id. */
async function finishedRun(team: ApiClient, overrides: Record<string, unknown> = {}): Promise<string> {
  const run = await startRun(team, overrides);
  await team.events(run.id);
  return run.id;
}

/**
 * A live round in a workshop of its own: entries, the ranking on public cases and its switch to all cases at the
 * reveal, the trainer's controls (release, lock, rounds with a countdown, a message), the leaderboard's
 * visibility and the dashboard. Team Nord runs the public cases only, team Süd every case; the demo model
 * answers every case right, so both have full public points until the reveal counts Süd's hidden cases.
 */
export function roundContract(world: World): void {
  const nord = createApiClient(world.target, { headers: freshAddress() });
  const sued = createApiClient(world.target, { headers: freshAddress() });
  let id = '';
  const path = (rest = '') => `/api/workshops/${id}${rest}`;
  const board = async (team: ApiClient) => {
    const response = await team.call(path('/leaderboard'));
    expect(response.status, response.text).toBe(200);
    return response.json as { exercises: { exercise: string; scope: string; entries: Row[] }[]; overall: Row[] };
  };
  const ranking = (rows: Row[]) => rows.map((r) => [r.team, r.points, r.rank]);
  const runs = { nord: '', sued: '', weak: '' };

  describe('a live round', () => {
    it('starts with one exercise released, and two teams join', async () => {
      const created = await world.trainer.post('/api/workshops', {
        title: 'Runde',
        exercises: [EXERCISE_ID, UNRELEASED_ID],
        released: [EXERCISE_ID],
        runs_per_minute: null,
      });
      expect(created.status, created.text).toBe(201);
      expect(created.json.round).toMatchObject({ released: [EXERCISE_ID], locked: [], revealed: [], countdown: null });
      id = created.json.id;
      await join(nord, created.json.code, 'Nord');
      await join(sued, created.json.code, 'Süd');
    });

    it("tells the trainer's live views of a finished attempt within 2 seconds", async () => {
      const told = world.trainer.stream(`/api/events?workshop=${id}`, {
        until: (m) => m.some((x) => x.event === 'leaderboard-changed'),
        within: 5_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      runs.nord = await finishedRun(nord, { cases: ['offen-1', 'offen-2'] });
      const finished = Date.now();
      const events = (await told).map((m) => m.event);
      expect(events).toEqual(['run-started', 'run-finished', 'leaderboard-changed']);
      expect(Date.now() - finished).toBeLessThan(2_000);
    });

    it('ranks entries on the public cases while the round runs; a tie goes to fewer output tokens', async () => {
      runs.sued = await finishedRun(sued);
      const { exercises, overall } = await board(sued);
      const [entries] = exercises;
      expect(entries).toMatchObject({ exercise: EXERCISE_ID, scope: 'public', state: 'open' });
      expect(ranking(entries!.entries)).toEqual([
        ['Nord', 100, 1],
        ['Süd', 100, 2],
      ]);
      const [first, second] = entries!.entries as [Row & { output_tokens: number }, Row & { output_tokens: number }];
      expect(first.output_tokens).toBeLessThan(second.output_tokens);
      // A team learns its own attempt's id, never another team's.
      expect(first.run).toBeUndefined();
      expect(second.run).toBe(runs.sued);
      expect(ranking(overall)).toEqual([
        ['Nord', 100, 1],
        ['Süd', 100, 2],
      ]);
    });

    it('lets a team choose an attempt as its entry, and go back to its best', async () => {
      const entry = `/api/exercises/${EXERCISE_ID}/entry`;
      expect((await nord.call(entry)).json).toEqual({
        run: runs.nord,
        chosen: false,
        points: 100,
        scope: 'public',
        locked: false,
      });
      runs.weak = await finishedRun(nord, { cases: ['offen-1'] });
      const chosen = await nord.request('PUT', entry, { run: runs.weak });
      expect(chosen.status, chosen.text).toBe(200);
      expect(chosen.json).toMatchObject({ run: runs.weak, chosen: true, points: 50 });
      expect((await board(world.trainer)).exercises[0]!.entries).toMatchObject([
        { team: 'Süd', points: 100, rank: 1, chosen: false, run: runs.sued },
        { team: 'Nord', points: 50, rank: 2, chosen: true, run: runs.weak },
      ]);
      // The board cached both teams' points, which the entries share: each team still gets only its own.
      expect((await sued.call(entry)).json).toMatchObject({ run: runs.sued, chosen: false, points: 100 });
      expect((await nord.call(entry)).json).toMatchObject({ run: runs.weak, chosen: true, points: 50 });
      // Only the team's own finished attempts at this exercise.
      const foreign = await nord.request('PUT', entry, { run: runs.sued });
      expect([foreign.status, foreign.json.error.field]).toEqual([404, 'run']);
      expect((await nord.request('PUT', entry, { run: 'gibt-es-nicht' })).status).toBe(404);
      expect((await world.trainer.request('PUT', entry, { run: runs.weak })).status).toBe(403);
      expect((await nord.request('PUT', entry, {})).json.error.field).toBe('run');
      const back = await nord.request('DELETE', entry);
      expect(back.json).toMatchObject({ run: runs.nord, chosen: false, points: 100 });
    });

    it('never lets hidden data reach a team before the reveal, by any route', async () => {
      for (const team of [nord, sued]) {
        const own = team === nord ? runs.nord : runs.sued;
        for (const route of [
          '/api/session',
          '/api/exercises',
          `/api/exercises/${EXERCISE_ID}`,
          `/api/exercises/${EXERCISE_ID}/runs`,
          `/api/exercises/${EXERCISE_ID}/entry`,
          `/api/runs/${own}`,
          path('/leaderboard'),
        ]) {
          expect((await team.call(route)).status, route).toBe(200);
        }
        await team.events(own);
        await team.stream('/api/events?after=0', { within: 500 });
        const seen = team.transcript.join('\n');
        expect(seen).toContain('verborgen-1');
        for (const secret of SECRETS) expect(seen).not.toContain(secret);
      }
    });

    it('switches the ranking to all cases at the reveal, and shows the teams that exercise’s hidden cases', async () => {
      const told = nord.stream('/api/events', {
        until: (m) => m.some((x) => x.event === 'leaderboard-changed'),
        within: 5_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await world.trainer.post(path(`/exercises/${EXERCISE_ID}/reveal`), undefined)).status).toBe(204);
      expect((await told).map((m) => m.event)).toEqual(expect.arrayContaining(['workshop-changed']));

      const { exercises } = await board(nord);
      expect(exercises[0]).toMatchObject({ scope: 'all', state: 'locked' });
      expect(ranking(exercises[0]!.entries)).toEqual([
        ['Süd', 100, 1],
        ['Nord', 50, 2],
      ]);
      const detail = (await sued.call(`/api/exercises/${EXERCISE_ID}`)).json;
      expect(detail).toMatchObject({ state: 'locked', revealed: true });
      expect(detail.cases[1]).toMatchObject({
        hidden: false,
        revealed: true,
        id: 'geheim-fall',
        vars: { nummer: 'GEHEIM-4711' },
        reference: 'GEHEIMREFERENZ-0815',
      });
      const run = (await sued.call(`/api/runs/${runs.sued}`)).json;
      const hidden = run.results.find((r: { caseId: string }) => r.caseId === 'geheim-fall');
      expect(hidden.output).toContain('GEHEIM-4711');
    });

    it('keeps a locked exercise readable but takes no runs and no change of entry', async () => {
      const refused = await sued.post('/api/runs', {
        exercise: EXERCISE_ID,
        prompt: { user: 'Bestätige {{nummer}}.' },
        targets: [{ provider: 'demo:basis' }],
      });
      expect([refused.status, refused.json.error.field]).toEqual([403, 'exercise']);
      expect(refused.json.error.message).toContain('gesperrt');
      const entry = await sued.request('PUT', `/api/exercises/${EXERCISE_ID}/entry`, { run: runs.sued });
      expect(entry.status).toBe(403);
      expect((await sued.call(`/api/exercises/${EXERCISE_ID}/runs`)).json).toHaveLength(1);
      expect((await sued.call(`/api/exercises/${EXERCISE_ID}/entry`)).json).toMatchObject({ locked: true });
    });

    it('starts a round against the clock, which every device reads from the server', async () => {
      const round = await world.trainer.post(path('/round'), { exercises: [UNRELEASED_ID], minutes: 15 });
      expect(round.status, round.text).toBe(200);
      const { countdown, now, released } = round.json.round;
      expect(released).toEqual([EXERCISE_ID, UNRELEASED_ID]);
      expect(countdown).toMatchObject({ label: null, locks: [UNRELEASED_ID] });
      // `now` is read when the answer is made, a moment after the countdown started.
      expect(countdown.ends_at - now).toBeGreaterThan(15 * 60_000 - 5_000);
      expect(countdown.ends_at - now).toBeLessThanOrEqual(15 * 60_000);
      const session = (await nord.call('/api/session')).json;
      expect(session.workshop.round.countdown).toEqual(countdown);
      expect(Math.abs(session.workshop.round.now - now)).toBeLessThan(60_000);
      const list = (await nord.call('/api/exercises')).json.map((e: { id: string; state: string }) => [e.id, e.state]);
      expect(list).toEqual([
        [EXERCISE_ID, 'locked'],
        [UNRELEASED_ID, 'open'],
      ]);
      const stopped = await world.trainer.request('DELETE', path('/countdown'));
      expect(stopped.json.round.countdown).toBeNull();
      const bad = await world.trainer.request('PUT', path('/countdown'), { minutes: 0 });
      expect([bad.status, bad.json.error.field]).toEqual([400, 'minutes']);
    });

    it('locks and reopens one exercise; an exercise outside the workshop is 404', async () => {
      const other = { exercise: UNRELEASED_ID, prompt: { user: 'Fasse zusammen: {{text}}' } };
      expect((await world.trainer.post(path(`/exercises/${UNRELEASED_ID}/lock`), undefined)).status).toBe(204);
      expect((await nord.post('/api/runs', { ...other, targets: [{ provider: 'demo:basis' }] })).status).toBe(403);
      expect((await world.trainer.post(path(`/exercises/${UNRELEASED_ID}/release`), undefined)).status).toBe(204);
      expect((await nord.post('/api/runs', { ...other, targets: [{ provider: 'demo:basis' }] })).status).toBe(201);
      const foreign = await world.trainer.call(path(`/exercises/${UNRELEASED_ID}/lock`), {
        method: 'POST',
        headers: { origin: 'https://boese.example' },
      });
      expect(foreign.status).toBe(403);
      expect((await nord.post('/api/runs', { ...other, targets: [{ provider: 'demo:basis' }] })).status).toBe(201);
      const unknown = await world.trainer.post(path('/exercises/gibt-es-nicht/lock'), undefined);
      expect([unknown.status, unknown.json.error.field]).toEqual([404, 'exercise']);
    });

    it('sends a short message to everyone', async () => {
      const sent = await world.trainer.request('PUT', path('/announcement'), { text: '  Noch   fünf Minuten! ' });
      expect(sent.status, sent.text).toBe(200);
      expect((await sued.call('/api/session')).json.workshop.round.announcement).toMatchObject({
        text: 'Noch fünf Minuten!',
      });
      const empty = await world.trainer.request('PUT', path('/announcement'), { text: ' ' });
      expect([empty.status, empty.json.error.field]).toEqual([400, 'text']);
      await world.trainer.request('DELETE', path('/announcement'));
      expect((await sued.call('/api/session')).json.workshop.round.announcement).toBeNull();
    });

    it('shows the leaderboard to a team only while the trainer allows it, and only its own workshop’s', async () => {
      expect((await world.trainer.request('PATCH', path(), { leaderboard_visible: false })).status).toBe(200);
      expect((await nord.call(path('/leaderboard'))).status).toBe(403);
      expect((await world.trainer.call(path('/leaderboard'))).status).toBe(200);
      await world.trainer.request('PATCH', path(), { leaderboard_visible: true });
      expect((await world.teamA.call(path('/leaderboard'))).status).toBe(404);
      expect((await world.coTrainer.call(path('/leaderboard'))).status).toBe(404);
      expect((await nord.call(`/api/workshops/${world.workshop.id}/leaderboard`)).status).toBe(404);
      for (const [method, route] of [
        ['GET', path('/dashboard')],
        ['POST', path(`/exercises/${EXERCISE_ID}/release`)],
        ['PUT', path('/announcement')],
      ] as const) {
        const body = method === 'GET' ? undefined : { text: 'x' };
        expect((await nord.request(method, route, body)).status, route).toBe(403);
      }
    });

    it('gives the trainer a dashboard of teams × exercises with every case counted', async () => {
      const { status, json } = await world.trainer.call(path('/dashboard'));
      expect(status).toBe(200);
      expect(json.exercises).toMatchObject([
        { id: EXERCISE_ID, state: 'locked', revealed: true },
        { id: UNRELEASED_ID, state: 'open', revealed: false },
      ]);
      const cell = (team: string) =>
        json.teams
          .find((t: { name: string }) => t.name === team)
          .cells.find((c: { exercise: string }) => c.exercise === EXERCISE_ID);
      expect(cell('Süd')).toMatchObject({ best: 100, attempts: 1, entry: runs.sued });
      expect(cell('Nord')).toMatchObject({ best: 50, attempts: 2, entry: runs.nord });
      expect(json.teams.map((t: { name: string; members: number }) => [t.name, t.members])).toEqual([
        ['Nord', 1],
        ['Süd', 1],
      ]);
    });
  });

  describe('the leaderboard as of the events a device has seen (?seen=)', () => {
    it('comes from the kept board, is never held back by a made-up number, and refuses a bad one', async () => {
      const { id: workshop, clients } = await signedInDevices(world.target, TRAINER_PASSWORD, 2);
      const [first, second] = clients as [ApiClient, ApiClient];
      const teams = async (client: ApiClient, seen?: number | string) => {
        const response = await client.call(
          `/api/workshops/${workshop}/leaderboard${seen === undefined ? '' : `?seen=${seen}`}`,
        );
        expect(response.status, response.text).toBe(200);
        const [exercise] = response.json.exercises as { entries: Row[] }[];
        return exercise!.entries.map((row) => row.team).sort();
      };
      await finishedRun(first);
      expect(await teams(first)).toEqual(['Team 1']);
      // A number beyond any event: that device is answered all the same, and nobody else is held back by it.
      expect(await teams(second, Number.MAX_SAFE_INTEGER)).toEqual(['Team 1']);
      const told = first.stream(`/api/events?workshop=${workshop}`, {
        until: (m) => m.some((x) => x.event === 'leaderboard-changed'),
        within: 10_000,
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await finishedRun(second);
      const nudge = (await told).find((m) => m.event === 'leaderboard-changed')!;
      expect(await teams(first, Number(nudge.id))).toEqual(['Team 1', 'Team 2']);
      expect(await teams(second, Number(nudge.id))).toEqual(['Team 1', 'Team 2']);
      for (const bad of ['-1', 'abc', '1.5']) {
        const response = await first.call(`/api/workshops/${workshop}/leaderboard?seen=${bad}`);
        expect(response.status, bad).toBe(400);
        expect(response.json.error.field).toBe('seen');
      }
    });

    it('tells every team to look again when a team joins, is renamed or is removed', async () => {
      const { trainer, id: workshop, clients } = await signedInDevices(world.target, TRAINER_PASSWORD, 2);
      const [first, second] = clients as [ApiClient, ApiClient];
      const { code } = (await trainer.call(`/api/workshops/${workshop}`)).json;
      const teamOf = async (client: ApiClient) => (await client.call('/api/session')).json.team.id as string;
      const [one, two] = [await teamOf(first), await teamOf(second)];
      const names = async (seen: number) => {
        const response = await second.call(`/api/workshops/${workshop}/leaderboard?seen=${seen}`);
        return (response.json.overall as Row[]).map((row) => row.team).sort();
      };
      /** What `act` does, as team two's stream and then its leaderboard see it. */
      const seenByTwo = async (act: () => Promise<unknown>) => {
        const told = second.stream(`/api/events?workshop=${workshop}&team=${two}`, {
          until: (m) => m.some((x) => x.event === 'leaderboard-changed'),
          within: 5_000,
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        await act();
        const nudge = (await told).find((m) => m.event === 'leaderboard-changed');
        expect(nudge).toBeDefined();
        return names(Number(nudge!.id));
      };
      expect(await names(0)).toEqual(['Team 1', 'Team 2']);
      const third = createApiClient(world.target, { headers: freshAddress() });
      expect(await seenByTwo(() => join(third, code, 'Team 3'))).toEqual(['Team 1', 'Team 2', 'Team 3']);
      const rename = () => trainer.request('PATCH', `/api/workshops/${workshop}/teams/${one}`, { name: 'Nordlicht' });
      expect(await seenByTwo(rename)).toEqual(['Nordlicht', 'Team 2', 'Team 3']);
      const remove = () => trainer.request('DELETE', `/api/workshops/${workshop}/teams/${one}`);
      expect(await seenByTwo(remove)).toEqual(['Team 2', 'Team 3']);
    });
  });
}
