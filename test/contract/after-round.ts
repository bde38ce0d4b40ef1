import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../server/exercises/catalogue.ts';
import { builtinAssertions } from '../../server/grading/builtin.ts';
import { AssertionRegistry } from '../../server/grading/registry.ts';
import { createApiClient, type ApiClient } from './client.ts';
import { EXERCISE_ID, PATTERN, SECRETS } from './fixture.ts';
import { startRun } from './runs.ts';
import { join } from './workshops.ts';
import { freshAddress, type World } from './world.ts';

type Ballot = {
  status: string;
  id?: string;
  a?: string;
  b?: string;
  case?: { id: string };
  voted?: number;
  total?: number;
};

/**
 * After the round, in a workshop of its own: blind voting on the locked exercise, the gallery after the reveal,
 * the exports and the prompt library. Three teams: Nord runs the public cases only, Süd every case, West every
 * case with a prompt that misses the check (the demo model answers with what the prompt asks).
 */
export function afterRoundContract(world: World): void {
  const client = () => createApiClient(world.target, { headers: freshAddress() });
  const teams = { nord: client(), sued: client(), west: client() };
  const ids = { nord: '', sued: '', west: '' };
  let id = '';
  const path = (rest = '') => `/api/workshops/${id}${rest}`;
  /** The bytes as a spreadsheet reads them: a byte order mark first (which `text()` would drop), then the CSV. */
  const csv = async (rest: string) => {
    const response = await world.target(path(rest), { headers: { cookie: world.trainer.cookie!, ...freshAddress() } });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes), { bom: true, delimiter: ';', columns: true });
    return { response, rows: rows as Record<string, string>[] };
  };
  const ballot = async (team: ApiClient) => {
    const response = await team.call(path('/voting/ballot'));
    expect(response.status, response.text).toBe(200);
    return response.json as Ballot;
  };

  describe('after the round', () => {
    it('has three teams with an entry each', async () => {
      const created = await world.trainer.post('/api/workshops', {
        title: 'Auswertung',
        date: '2026-12-03',
        exercises: [EXERCISE_ID],
        runs_per_minute: null,
      });
      expect(created.status, created.text).toBe(201);
      id = created.json.id;
      ids.nord = (await join(teams.nord, created.json.code, 'Nord', 'Anna Nord')).id;
      ids.sued = (await join(teams.sued, created.json.code, 'Süd', 'Ben Süd')).id;
      // A name that would start a formula in a spreadsheet.
      ids.west = (await join(teams.west, created.json.code, 'West', '=HYPERLINK("http://x")')).id;
      const runs = [
        startRun(teams.nord, { cases: ['offen-1', 'offen-2'] }),
        startRun(teams.sued),
        startRun(teams.west, { prompt: { user: 'Antworte kurz: Eingang bestätigt.' } }),
      ];
      for (const [i, run] of (await Promise.all(runs)).entries()) {
        await [teams.nord, teams.sued, teams.west][i]!.events(run.id);
      }
    });

    it('opens voting only on a locked exercise, and only the trainer', async () => {
      const open = () => world.trainer.post(path(`/exercises/${EXERCISE_ID}/voting`), undefined);
      expect((await open()).status).toBe(409);
      expect((await teams.nord.post(path(`/exercises/${EXERCISE_ID}/voting`), undefined)).status).toBe(403);
      expect((await world.trainer.post(path(`/exercises/${EXERCISE_ID}/lock`), undefined)).status).toBe(204);
      const opened = await open();
      expect(opened.status, opened.text).toBe(200);
      expect(opened.json.round.voting).toMatchObject({ exercise: EXERCISE_ID });
      expect((await ballot(teams.nord)).status).toBe('open');
    });

    it('shows each attendee pairs of two other teams, the same pair again until voted, one vote per pair', async () => {
      const first = await ballot(teams.nord);
      // Two other teams, public cases only (not revealed yet): one pair per public case.
      expect(first).toMatchObject({ status: 'open', voted: 0, total: 2 });
      expect((await ballot(teams.nord)).id).toBe(first.id);
      expect(first).not.toHaveProperty('case.reference');
      const vote = (team: ApiClient, ballotId: string, choice: string) =>
        team.request('PUT', path(`/voting/ballots/${ballotId}`), { choice });
      expect((await vote(teams.nord, first.id!, 'maybe')).status).toBe(400);
      // Another attendee's pair is none of theirs; the trainer does not vote.
      expect((await vote(teams.sued, first.id!, 'a')).status).toBe(404);
      expect((await vote(world.trainer, first.id!, 'a')).status).toBe(403);
      const second = (await vote(teams.nord, first.id!, 'a')).json as Ballot;
      expect(second).toMatchObject({ status: 'open', voted: 1 });
      expect(second.case!.id).not.toBe(first.case!.id);
      expect((await vote(teams.nord, first.id!, 'b')).status).toBe(409);
      expect((await vote(teams.nord, second.id!, 'equal')).json).toMatchObject({ status: 'done', voted: 2 });
      for (const secret of SECRETS) expect(JSON.stringify([first, second])).not.toContain(secret);
    });

    it("ranks by votes beside the checks; the voter's own team was never in a pair", async () => {
      const response = await world.trainer.call(path(`/exercises/${EXERCISE_ID}/votes`));
      expect(response.status, response.text).toBe(200);
      const results = response.json;
      expect(results).toMatchObject({ open: true, votes: 2, voters: 1 });
      const byTeam = Object.fromEntries(results.entries.map((e: { team: string }) => [e.team, e]));
      expect(byTeam.Nord).toMatchObject({ comparisons: 0, vote_rank: null });
      expect(byTeam['Süd'].comparisons + byTeam.West.comparisons).toBe(4);
      expect(byTeam['Süd'].wins + byTeam.West.wins).toBe(1);
      expect(byTeam['Süd'].ties).toBe(1);
      for (const e of results.entries.slice(1)) expect(e.low).toBeLessThanOrEqual(e.strength);
      expect(byTeam.Nord).toMatchObject({ strength: null, low: null, high: null });
      expect((await teams.nord.call(path(`/exercises/${EXERCISE_ID}/votes`))).status).toBe(403);
      const closed = await world.trainer.request('DELETE', path('/voting'));
      expect(closed.json.round.voting).toBeNull();
      expect(await ballot(teams.sued)).toEqual({ status: 'closed' });
    });

    it('opens the gallery only after the reveal; teams see it while it is open', async () => {
      const gallery = (team: ApiClient) => team.call(path(`/gallery/${EXERCISE_ID}`));
      expect((await world.trainer.request('PUT', path('/gallery'), { exercise: EXERCISE_ID })).status).toBe(409);
      expect((await gallery(teams.nord)).status).toBe(403);
      expect((await world.trainer.post(path(`/exercises/${EXERCISE_ID}/reveal`), undefined)).status).toBe(204);
      expect(
        (await world.trainer.request('PUT', path('/gallery'), { exercise: EXERCISE_ID, case: 'nix' })).status,
      ).toBe(400);
      const opened = await world.trainer.request('PUT', path('/gallery'), {
        exercise: EXERCISE_ID,
        case: 'geheim-fall',
      });
      expect(opened.json.round.gallery).toEqual({ exercise: EXERCISE_ID, case: 'geheim-fall' });
      const response = await gallery(teams.west);
      expect(response.status, response.text).toBe(200);
      const { entries, focus, starter, cases } = response.json;
      expect(focus).toBe('geheim-fall');
      expect(starter.user).toContain('{{nummer}}');
      expect(cases.map((c: { id: string }) => c.id)).toContain('geheim-fall');
      expect(entries.map((e: { team: string; rank: number }) => [e.team, e.rank])).toEqual([
        ['Süd', 1],
        ['Nord', 2],
        ['West', 3],
      ]);
      const west = entries[2];
      expect(west.prompt.user).toBe('Antworte kurz: Eingang bestätigt.');
      // Teams read each failed check by its label; the pattern is the trainer's alone.
      expect(west.outputs[0].failed.map((f: { label: string }) => f.label)).toEqual([
        'Enthält „A-100“',
        'Entspricht einem vorgegebenen Muster',
      ]);
      expect(response.text).not.toContain(PATTERN);
      const forTrainer = (await world.trainer.call(path(`/gallery/${EXERCISE_ID}`))).json.entries[2].outputs[0];
      expect(forTrainer.failed[1]).toMatchObject({ type: 'regex', detail: `Muster /${PATTERN}/` });
      const nordHidden = entries[1].outputs.find((o: { case: string }) => o.case === 'geheim-fall');
      expect(nordHidden).toMatchObject({ output: null, points: null, pass: null });
      // Another workshop's team does not even learn that this workshop exists.
      expect((await gallery(world.teamA)).status).toBe(404);
      await world.trainer.request('DELETE', path('/gallery'));
      expect((await gallery(teams.nord)).status).toBe(403);
    });

    it('exports the results as CSV a German spreadsheet opens, and as JSON', async () => {
      expect((await teams.nord.call(path('/export/results.csv'))).status).toBe(403);
      const { response, rows } = await csv('/export/results.csv');
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(
        /attachment; filename="ergebnisse-auswertung-2026-12-03\.csv"/,
      );
      expect(rows).toHaveLength(12);
      const nord = rows.filter((r) => r.Team === 'Nord');
      expect(nord.map((r) => [r.Fall, r.Punkte, r.Bestanden])).toEqual([
        ['offen-1', '100', 'ja'],
        ['geheim-fall', '0', 'nicht gelaufen'],
        ['offen-2', '100', 'ja'],
        ['zweiter-geheimer', '0', 'nicht gelaufen'],
      ]);
      expect(nord[0]).toMatchObject({
        Workshop: 'Auswertung',
        Datum: '2026-12-03',
        Verborgen: 'nein',
        Modelle: 'demo:basis',
      });
      const json = (await world.trainer.call(path('/export/results.json'))).json;
      expect(json.rows).toHaveLength(12);
      expect(json.rows.filter((r: { team: string; pass: boolean }) => r.team === 'West' && r.pass)).toEqual([]);
    });

    it('exports one training record per participant, names defused for spreadsheets', async () => {
      const { rows } = await csv('/export/training-record.csv');
      expect(rows.map((r) => [r.Name, r.Team, r.Punkte])).toEqual([
        ['Anna Nord', 'Nord', '50'],
        ['Ben Süd', 'Süd', '100'],
        [`'=HYPERLINK("http://x")`, 'West', '0'],
      ]);
      expect(rows[0]).toMatchObject({
        Workshop: 'Auswertung',
        Datum: '2026-12-03',
        'Bearbeitete Übungen': 'Eingang eines Antrags bestätigen',
      });
      expect(rows[0]!['Dauer (Minuten)']).toMatch(/^\d+$/);
      const json = (await world.trainer.call(path('/export/training-record.json'))).json;
      expect(json.records).toHaveLength(3);
      expect(json.trainers.length).toBeGreaterThan(0);
    });

    it('puts the chosen entries into the prompt library, as Markdown and as files that validate', async () => {
      const library = (await world.trainer.call(path('/library'))).json;
      expect(library.custom).toBe(false);
      const picked = library.exercises[0].entries.filter((e: { picked: boolean }) => e.picked);
      expect(picked.map((e: { team: string }) => e.team)).toEqual(['Süd']);
      const bad = await world.trainer.request('PUT', path('/library'), {
        picks: [{ exercise: EXERCISE_ID, team_id: 'unbekannt' }],
        anonymous: true,
      });
      expect(bad.status).toBe(400);
      expect(bad.json.error.field).toBe('picks[0].team_id');
      const saved = await world.trainer.request('PUT', path('/library'), {
        picks: [
          { exercise: EXERCISE_ID, team_id: ids.sued },
          { exercise: EXERCISE_ID, team_id: ids.west },
        ],
        anonymous: true,
      });
      expect(saved.status, saved.text).toBe(200);
      const markdown = (await world.trainer.call(path('/export/library.md'))).text;
      expect(markdown).toContain('### Beitrag 2: 0 Punkte');
      expect(markdown).toContain('am 3. Dezember 2026.');
      expect(markdown).toContain('Antworte kurz: Eingang bestätigt.');
      expect(markdown).not.toMatch(/Süd|West/);
      const zip = await world.target(path('/export/library.zip'), {
        headers: { cookie: world.trainer.cookie!, ...freshAddress() },
      });
      expect(zip.headers.get('content-type')).toBe('application/zip');
      const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
      const catalogue = loadCatalogue(
        Object.entries(files)
          .filter(([name]) => name.endsWith('.yaml'))
          .map(([name, bytes]) => ({ path: name, text: strFromU8(bytes) })),
        new AssertionRegistry(builtinAssertions),
      );
      expect(catalogue.problems).toEqual([]);
      expect(catalogue.exercises.map((e) => [e.exercise.id, e.exercise.starter.user])).toEqual([
        [`${EXERCISE_ID}-beitrag-1`, expect.stringContaining('{{nummer}}')],
        [`${EXERCISE_ID}-beitrag-2`, 'Antworte kurz: Eingang bestätigt.'],
      ]);
    });
  });
}
