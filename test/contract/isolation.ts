import { describe, expect, it } from 'vitest';
import { startRun } from './runs.ts';
import { EXERCISE_ID, UNRELEASED_ID } from './fixture.ts';
import { runEvents } from './sse.ts';
import type { World } from './world.ts';

/** Teams see only their own work and their workshop's released exercises; trainers see their workshop's teams. */
export function isolationContract(world: World): void {
  describe('teams are isolated from each other', () => {
    let runOfA = '';

    it("shows a team member's new attempt live to the other members of the team, and to no other team", async () => {
      const { teamA, teamA2, teamB } = world;
      // Named as the web UI names them (on Workers: each team's hub object serves its streams).
      const events = (team: { id: string }) => `/api/events?workshop=${world.workshop.id}&team=${team.id}`;
      const sameTeam = teamA2.stream(events(world.teams.a), {
        until: (m) => m.some((x) => x.event === 'run-finished'),
        within: 10_000,
      });
      const otherTeam = teamB.stream(events(world.teams.b), { within: 1_500 });
      // Both streams are open (their first read waits) before the run starts.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const run = await startRun(teamA);
      runOfA = run.id;
      const history = await teamA2.call(`/api/exercises/${EXERCISE_ID}/runs`);
      expect(history.json.map((r: { id: string }) => r.id)).toContain(run.id);
      await teamA.events(run.id);
      // The start and the end, so that the others' history shows the attempt and then its result.
      const seen = (await sameTeam).filter((m) => m.data !== undefined).map((m) => JSON.parse(m.data!));
      const about = { run: run.id, exercise: EXERCISE_ID, team: world.teams.a };
      expect(seen).toEqual([
        { type: 'run-started', ...about },
        { type: 'run-finished', ...about, status: 'done' },
      ]);
      // Team B's stream, open all the while, saw nothing of it but that the standings may have changed.
      const toB = (await otherTeam).filter((m) => m.data !== undefined).map((m) => m.data);
      expect(toB).toEqual(['{"type":"leaderboard-changed"}']);
    });

    it("answers a team that asks for another workshop's live events with 404, as if it did not exist", async () => {
      const other = await world.trainer.post('/api/workshops', { title: 'Nebenan', exercises: [EXERCISE_ID] });
      expect(other.status).toBe(201);
      const response = await world.teamA.call(`/api/events?workshop=${other.json.id}`);
      expect(response.status).toBe(404);
      expect(response.json.error.field).toBe('workshop');
      expect((await world.trainer.request('DELETE', `/api/workshops/${other.json.id}`)).status).toBe(204);
    });

    it("answers a stream that names another team, or a trainer's that names one, with 404 naming the team", async () => {
      const { workshop, teams } = world;
      for (const [client, team] of [
        [world.teamA, teams.b],
        [world.trainer, teams.a],
      ] as const) {
        const response = await client.call(`/api/events?workshop=${workshop.id}&team=${team.id}`);
        expect(response.status).toBe(404);
        expect(response.json.error.field).toBe('team');
      }
    });

    it("answers another team's run with 404 on every route, as if it did not exist", async () => {
      const { teamB } = world;
      // The prompt route shows what was sent (and, with the data guard, the prompt with the real values).
      const paths = [`/api/runs/${runOfA}`, `/api/runs/${runOfA}/events`, `/api/runs/${runOfA}/prompt?case=offen-1`];
      for (const path of paths) {
        expect((await world.teamA.call(path)).status, path).toBe(200);
        const response = await teamB.call(path);
        expect(response.status, path).toBe(404);
      }
      expect((await teamB.post(`/api/runs/${runOfA}/cancel`, undefined)).status).toBe(404);
      const list = await teamB.call(`/api/exercises/${EXERCISE_ID}/runs`);
      expect(list.json).toEqual([]);
      const [card] = (await teamB.call('/api/exercises')).json;
      expect(card.bestScore).toBeNull();
      // The open sandbox's runs, and a trainer's own, are not a team's either.
      expect((await world.visitor.call(`/api/runs/${runOfA}`)).status).toBe(401);
      expect((await world.visitor.call(`/api/runs/${runOfA}/prompt?case=offen-1`)).status).toBe(401);
    });

    it('shows a team only the released exercises of its workshop; the rest is 404 or 403', async () => {
      const { teamA } = world;
      const list = await teamA.call('/api/exercises');
      expect(list.json.map((e: { id: string }) => e.id)).toEqual([EXERCISE_ID]);
      expect((await teamA.call(`/api/exercises/${UNRELEASED_ID}`)).status).toBe(404);
      const run = await teamA.post('/api/runs', {
        exercise: UNRELEASED_ID,
        prompt: { user: 'Fasse zusammen: {{text}}' },
        targets: [{ provider: 'demo:basis' }],
      });
      expect(run.status).toBe(403);
      expect(run.json.error.field).toBe('exercise');
    });

    it("shows the trainer every team's runs in their workshop, hidden cases included", async () => {
      const { trainer } = world;
      const runs = await trainer.call(
        `/api/workshops/${world.workshop.id}/teams/${world.teams.a.id}/runs?exercise=${EXERCISE_ID}`,
      );
      expect(runs.status).toBe(200);
      expect(runs.json.map((r: { id: string }) => r.id)).toContain(runOfA);
      const run = await trainer.call(`/api/runs/${runOfA}`);
      expect(run.status).toBe(200);
      expect(run.json.cases).toContain('geheim-fall');
      const detail = await trainer.call(`/api/workshops/${world.workshop.id}`);
      const a = detail.json.teams.find((t: { id: string }) => t.id === world.teams.a.id);
      expect(a.runs).toBeGreaterThan(0);
      expect(a.last_run_at).toBeGreaterThan(0);
      // A co-trainer of another workshop, or a trainer's own list, does not mix with the teams'.
      expect((await trainer.call(`/api/exercises/${EXERCISE_ID}/runs`)).json).toEqual([]);
      const events = runEvents(await trainer.events(runOfA));
      expect(events.at(-1)).toMatchObject({ type: 'run-finished' });
    });
  });
}
