// `npm run bench` (board part): what one update of the live leaderboard and of the trainer's dashboard costs on the
// server's main thread at the end of the workshop benchmark: 75 teams, 1,323 attempts of 5 cases, of which 300 (or
// 1,000) are still running. An update follows every finished attempt a board asks about, several a second then.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCatalogue } from '../server/exercises/catalogue.ts';
import { builtinAssertions } from '../server/grading/builtin.ts';
import { AssertionRegistry } from '../server/grading/registry.ts';
import type { AttemptIndex } from '../server/leaderboard/attempt-index.ts';
import { loadAttempts, type PointsCache } from '../server/leaderboard/attempts.ts';
import { buildLeaderboard, entriesByExercise } from '../server/leaderboard/board.ts';
import { readCatalogueFiles } from '../server/node/catalogue-files.ts';
import { workshopCreateSchema } from '../server/schema/workshop.ts';
import type { TeamStats } from '../server/store/records.ts';
import type { AttemptRun, RunPoints } from '../server/store/entries.ts';
import { buildDashboard } from '../server/workshops/dashboard.ts';
import { newWorkshopSettings } from '../server/workshops/settings.ts';
import { BENCH_EXERCISE, writeBenchSuite } from './suite.ts';

const TEAMS = 75;
const ATTEMPTS = 1323;
const CASES = 5;
/** Updates per measurement; the best of several measurements counts (the machine's other work only adds). */
const UPDATES = 200;
const MEASUREMENTS = 7;

type Store = Parameters<typeof loadAttempts>[0];

export async function boardBench(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-board-'));
  try {
    await writeBenchSuite(dir, CASES);
    const catalogue = loadCatalogue(await readCatalogueFiles(dir), new AssertionRegistry(builtinAssertions));
    const cases = catalogue.exercises[0]!.fixture!.cases.map((c) => c.id);
    const create = workshopCreateSchema.parse({ title: 'Rangliste', exercises: [BENCH_EXERCISE] });
    const workshop = { ...newWorkshopSettings(create, '2026-12-04'), id: 'w', code: 'ABCDEF', createdAt: 0 };
    const teams: TeamStats[] = Array.from({ length: TEAMS }, (_, i) => ({
      id: `team-${i}`,
      name: `Team ${i + 1}`,
      createdAt: 0,
      members: [],
      runs: 0,
      spent: { eur: 0, tokens: 0 },
      lastRunAt: null,
      guard: { replaced: {}, confirmed: {} },
    }));
    console.log(
      `Rangliste und Übersicht: ${TEAMS} Teams, ${ATTEMPTS} Versuche zu je ${CASES} Fällen, je Aktualisierung`,
    );
    for (const running of [300, 1000]) {
      const runs: AttemptRun[] = Array.from({ length: ATTEMPTS }, (_, i) => ({
        run: `run-${i}`,
        teamId: `team-${i % TEAMS}`,
        exercise: BENCH_EXERCISE,
        status: i < ATTEMPTS - running ? 'done' : 'running',
        createdAt: i,
        finishedAt: i < ATTEMPTS - running ? i + 1 : null,
      }));
      const points = (id: string, i = Number(id.slice(4))): RunPoints => ({
        scores: new Map(cases.map((c, j) => [c, ((i * 7 + j) % 11) / 10])),
        outputTokens: 100 + (i % 50),
      });
      const store: Store = {
        attemptRuns: async () => runs,
        runPoints: async (ids) => new Map(ids.map((id) => [id, points(id)])),
      };
      // As the index hands them out: the same runs until one changes.
      const index = { attempts: async () => [...runs] } as unknown as AttemptIndex;
      const cache: PointsCache = new Map();
      const board = () => loadAttempts(store, 'w', { cache, index, finishedOnly: true });
      const input = async () => ({ workshop, teams, attempts: await board(), chosen: [], catalogue, now: 0 });
      const leaderboard = async () => buildLeaderboard(await input());
      const dashboard = async () => {
        const loaded = await input();
        return buildDashboard(loaded, entriesByExercise(loaded));
      };
      const [a, b] = [await bestOf(leaderboard), await bestOf(dashboard)];
      console.log(`  ${running} laufend: Rangliste ${ms(a)}, Übersicht ${ms(b)}`);
    }
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fastest mean of several measurements of `UPDATES` updates, after as many to warm up. */
async function bestOf(update: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < UPDATES; i++) await update();
  let best = Infinity;
  for (let m = 0; m < MEASUREMENTS; m++) {
    const started = performance.now();
    for (let i = 0; i < UPDATES; i++) await update();
    best = Math.min(best, (performance.now() - started) / UPDATES);
  }
  return best;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
