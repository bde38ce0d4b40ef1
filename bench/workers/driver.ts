// Drives the bench Worker over HTTP as browsers do: its database migrated, a trainer signs in and opens workshops,
// teams join, and each run is followed over SSE to its end. Also reaches the bench entry's own routes (`/__bench/…`:
// counts, raw SQL).
import { createApiClient, type ApiClient, type FetchTarget } from '../../test/contract/client.ts';
import { BENCH_EXERCISE } from '../suite.ts';
import type { Stats } from './stats.ts';
import { migrationStatements } from './workerd.ts';

const USER_PROMPT = 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.';

export async function createDriver(url: string, { password, cases }: { password: string; cases: number }) {
  const target: FetchTarget = (path, init) => fetch(`${url}${path}`, init);
  let addresses = 0;
  const client = () => createApiClient(target, { headers: { 'cf-connecting-ip': `10.1.0.${++addresses}` } });
  const bench = async (path: string, body?: unknown): Promise<unknown> => {
    const response = await target(path, body === undefined ? {} : { method: 'POST', body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return response.status === 204 ? undefined : response.json();
  };
  const stats = async () => (await bench('/__bench/stats')) as Stats;

  await bench('/__bench/sql', { statements: migrationStatements() });
  const trainer = client();
  const login = await trainer.post('/api/session/trainer', { password });
  if (login.status !== 204) throw new Error(`Anmeldung: ${login.status} ${login.text}`);

  /** What the runs so far brought: those that did not end `done` with every case, and the answers' length. */
  const tally = { brokenRuns: 0, outputChars: 0, outputs: 0 };
  /** One run of all cases, followed over SSE to its end, as the browser does. */
  const run = async (team: ApiClient) => {
    const started = await team.post('/api/runs', {
      exercise: BENCH_EXERCISE,
      prompt: { user: USER_PROMPT },
      targets: [{ provider: 'local:bench' }],
      cache: false,
    });
    if (started.status !== 201) throw new Error(`Lauf: ${started.status} ${started.text}`);
    const messages = await team.events((started.json as { id: string }).id);
    const results = messages.filter((m) => m.event === 'case-finished');
    for (const m of results) {
      tally.outputChars += (JSON.parse(m.data!) as { result: { output: string } }).result.output.length;
      tally.outputs++;
    }
    const end = messages.find((m) => m.event === 'run-finished');
    if (results.length !== cases || !end?.data?.includes('"status":"done"')) tally.brokenRuns++;
  };

  return {
    trainer,
    tally,
    bench,
    /**
     * The counts once nothing has changed for `quietMs` (a run's last events are written after its stream ends; a
     * coalesced `leaderboard-changed` up to COALESCE_MS after the last run).
     */
    async settledStats(quietMs = 300): Promise<Stats> {
      let last = JSON.stringify(await stats());
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, quietMs));
        const now = JSON.stringify(await stats());
        if (now === last) return JSON.parse(now) as Stats;
        last = now;
      }
    },
    /** A workshop of the bench exercise, with a token budget and a runs-per-minute limit as at a real event. */
    async workshopOf(title: string) {
      const created = await trainer.post('/api/workshops', {
        title,
        exercises: [BENCH_EXERCISE],
        budget_tokens: 10_000_000,
        runs_per_minute: 60,
      });
      if (created.status !== 201) throw new Error(`Workshop: ${created.status} ${created.text}`);
      return created.json as { id: string; code: string };
    },
    /** `n` teams that joined the workshop, each from its own address. */
    /** `n` devices, each a team of its own, with the path of its workshop's events as the web UI opens it. */
    async teamsOf(code: string, n: number, prefix: string) {
      const teams: Array<ApiClient & { feed: string }> = [];
      for (let i = 0; i < n; i++) {
        const device = client();
        const joined = await device.post('/api/session/join', { code, team: `${prefix} ${i + 1}` });
        if (joined.status !== 201) throw new Error(`Beitritt: ${joined.status} ${joined.text}`);
        const { workshop, team } = joined.json as { workshop: { id: string }; team: { id: string } };
        teams.push(Object.assign(device, { feed: `/api/events?workshop=${workshop.id}&team=${team.id}` }));
      }
      return teams;
    },
    run,
    /** `runs` runs per team, one after the other, all teams at once. */
    runAll: (teams: ApiClient[], runs: number) =>
      Promise.all(
        teams.map(async (team) => {
          for (let i = 0; i < runs; i++) await run(team);
        }),
      ),
  };
}
