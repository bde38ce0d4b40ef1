// `npm run bench` (Workers part): what one run costs on Cloudflare Workers, measured in workerd.
//
// The real Worker and its run Durable Object (server/workers, bundled as wrangler does) run in workerd through
// miniflare, with a local D1 database (the migrations of server/store/migrations) and the provider pointed at the
// fake OpenAI-compatible server. The bench's entry (test/workers/bench-worker.ts) differs from the deployed one in
// one thing only: it reaches D1 through a client that counts each answer's rows read and written
// (bench/workers/counting-d1.ts), per statement and per caller, and it counts the Durable Object's storage calls.
//
// Measured over HTTP as the browser does it: a trainer creates a workshop (token budget and runs-per-minute limit
// on, as at a real event), teams join, each team starts runs of 5 cases and follows them over SSE to `run-finished`.
// - Per case result: D1 statements, rows written and read. Check: write statements per case result stay within
//   what the code needs (one insert per result, and per run: create, finish, at most three workshop events).
// - Per run: D1 statements by caller, the Durable Object's storage calls, subrequests (provider calls at the fake,
//   D1 statements from the object, Worker → object calls), and CPU: workerd gives no CPU time per request locally,
//   so the CPU time of the whole workerd process (Linux /proc) is divided by the runs. That is an upper bound for
//   the Worker and the object together: it includes the local D1's SQLite work and miniflare's own entry worker.
// - The live views with 100 finished runs: rows read by GET …/dashboard (first in the isolate, then with the points
//   of finished runs cached) and …/leaderboard (first and cached), the same after another workshop's runs land in
//   the same database, the board after one more run, a team's attempts and catalogue, the looks into D1 of open
//   /api/events streams (through the workshop's hub object and in the Worker), and the query plans behind them.
// - A crowd on one workshop's hub, in a workerd of its own (bench/workers/crowd.ts): memory per open stream, CPU per
//   event delivered to a device.
// No hard target: the figures feed docs/scaling.md. It returns false only when something is broken.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Miniflare } from 'miniflare';
import { stringify } from 'yaml';
import type { ApiClient } from '../test/contract/client.ts';
import { startFakeOpenAI } from '../test/fakes/openai.ts';
import { COALESCE_MS } from '../server/workshops/activity.ts';
import { costLine, costTable, de, diff, fullScans, int, isWrite, sum } from './workers/stats.ts';
import { crowdReport } from './workers/crowd.ts';
import { createDriver } from './workers/driver.ts';
import { bundle, catalogue, cpuMs, startBenchWorker, workerdPid } from './workers/workerd.ts';
import { BENCH_EXERCISE } from './suite.ts';

const CASES = 5;
const TEAMS = 10;
const RUNS_PER_TEAM = 10;
/** Runs of each team before counting starts (the first objects, JIT, the Worker's own app). */
const WARMUP_RUNS = 1;
/** Teams and runs of a second workshop in the same database: do the first workshop's views read them too? */
const OTHER_TEAMS = 5;
const OTHER_RUNS_PER_TEAM = 10;
/** Fresh Durable Objects started without a run: what an object costs before it does anything. */
const COLD_OBJECTS = 20;
const WARM_REQUESTS = 50;
const LATENCY_MS = 20;
const TRAINER_PASSWORD = 'Bench-Trainer-Passwort-2026!';

/**
 * Write statements per run as the code makes them, at most: the run's row (insert, then the update that finishes it)
 * and three workshop events (run-started, run-finished, and leaderboard-changed, which the workshop's hub object
 * coalesces to at most one a second), plus one insert per case result.
 */
const WRITES_PER_RUN = 5;
const WRITES_PER_CASE = 1;

export async function workersCostBench(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-bench-workers-'));
  const fake = await startFakeOpenAI({ latencyMs: LATENCY_MS });
  let mf: Miniflare | undefined;
  try {
    const script = await bundle(await catalogue(dir, CASES));
    const bindings = {
      PROMPTATHON_CONFIG: stringify({ retries: 0, endpoints: { local: { base_url: fake.url } } }),
      PROMPTATHON_TRAINER_PASSWORD: TRAINER_PASSWORD,
      PROMPTATHON_SECRET_KEY: 'YmVuY2gtc2NobHVlc3NlbC1mdWVyLXdvcmtlcnMtMzI=',
    };
    mf = startBenchWorker(dir, script, bindings);
    const { trainer, tally, bench, settledStats, workshopOf, teamsOf, run, runAll } = await createDriver(
      (await mf.ready).href.replace(/\/$/, ''),
      { password: TRAINER_PASSWORD, cases: CASES },
    );
    const pid = workerdPid();

    // 1. What a run costs.
    const workshop = await workshopOf('Bench: bundesweiter Aktionstag');
    const teams = await teamsOf(workshop.code, TEAMS, 'Team');
    await runAll(teams, WARMUP_RUNS);
    const measuredRuns = TEAMS * (RUNS_PER_TEAM - WARMUP_RUNS);
    const before = await settledStats();
    const callsBefore = fake.requests.length;
    const cpuBefore = cpuMs(pid);
    const wallStarted = performance.now();
    await runAll(teams, RUNS_PER_TEAM - WARMUP_RUNS);
    const perRun = diff(await settledStats(), before);
    const wallMs = performance.now() - wallStarted;
    const runCpuMs = (cpuMs(pid) - cpuBefore) / measuredRuns;
    const providerCalls = (fake.requests.length - callsBefore) / measuredRuns;
    const results = measuredRuns * CASES;

    const all = perRun.statements;
    const writes = all.filter((s) => isWrite(s.sql));
    const reads = all.filter((s) => !isWrite(s.sql));
    const fromObject = all.filter((s) => s.source === 'run-host');
    const fromWorker = all.filter((s) => s.source === 'worker');
    const writeBound = WRITES_PER_CASE + WRITES_PER_RUN / CASES;
    const writesPerCase = sum(writes, (s) => s.calls) / results;

    // What a Durable Object costs before it does anything: a fresh object per request (an unknown run's stream).
    const cpuCold = cpuMs(pid);
    for (let i = 0; i < COLD_OBJECTS; i++) {
      const answer = await teams[0]!.call(`/api/runs/${crypto.randomUUID()}/events`);
      if (answer.status !== 404) throw new Error(`Unbekannter Lauf: ${answer.status} ${answer.text}`);
    }
    const coldCpuMs = (cpuMs(pid) - cpuCold) / COLD_OBJECTS;
    // For comparison, a request the Worker answers itself with its app built: who is signed in (one D1 read).
    const cpuWarm = cpuMs(pid);
    for (let i = 0; i < WARM_REQUESTS; i++) await teams[0]!.call('/api/session');
    const warmCpuMs = (cpuMs(pid) - cpuWarm) / WARM_REQUESTS;

    // 2. The live views at 100 finished runs.
    const measure = async (request: () => Promise<unknown>) => {
      // Quiet for longer than a nudge may wait, so that none from before lands in this request's count.
      const start = await settledStats(COALESCE_MS + 200);
      await request();
      return diff(await settledStats(), start).statements;
    };
    const view = async (client: ApiClient, path: string) => {
      const answer = await client.call(path);
      if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${answer.text}`);
    };
    const dashboardPath = `/api/workshops/${workshop.id}/dashboard`;
    const leaderboardPath = `/api/workshops/${workshop.id}/leaderboard`;
    // The first look fills the isolate's cache of finished runs' points; the ones after it read only the runs' rows.
    const dashboard = await measure(() => view(trainer, dashboardPath));
    const dashboardAgain = await measure(() => view(trainer, dashboardPath));
    const boardFirst = await measure(() => view(teams[0]!, leaderboardPath));
    const boardAgain = await measure(() => view(teams[1]!, leaderboardPath));
    // As the web UI asks after a live event: with the newest event it has seen (the board kept since holds it).
    const [newest] = (
      (await bench('/__bench/sql', {
        statements: [`select max(id) as id from workshop_events where workshop_id = '${workshop.id}'`],
      })) as { results: { id: number }[] }[]
    )[0]!.results;
    const boardSeen = await measure(() => view(teams[2]!, `${leaderboardPath}?seen=${newest!.id}`));
    // What an attendee's exercise page reads after each run of its team, and the catalogue with the team's best.
    const history = await measure(() => view(teams[0]!, `/api/exercises/${BENCH_EXERCISE}/runs`));
    const entryView = await measure(() => view(teams[0]!, `/api/exercises/${BENCH_EXERCISE}/entry`));
    const [latest] = (await teams[0]!.call(`/api/exercises/${BENCH_EXERCISE}/runs`)).json as { id: string }[];
    const runView = await measure(() => view(teams[0]!, `/api/runs/${latest!.id}`));
    const catalogueView = await measure(() => view(teams[0]!, '/api/exercises'));

    // The same views after another workshop's runs landed in the same database (nothing changed in this one).
    const other = await workshopOf('Bench: anderer Workshop');
    await runAll(await teamsOf(other.code, OTHER_TEAMS, 'Andere'), OTHER_RUNS_PER_TEAM);
    const dashboardOther = await measure(() => view(trainer, dashboardPath));
    const boardOther = await measure(() => view(teams[0]!, leaderboardPath));
    // One more run here: the board is worked out again, reading the case results of that run only.
    await run(teams[0]!);
    const boardNewRun = await measure(() => view(teams[1]!, leaderboardPath));

    // Query plans of the statements the dashboard sends (from the counts: the texts as drizzle sent them).
    const plans = (await bench('/__bench/sql', {
      // The plan does not depend on the values; D1 wants one for each parameter all the same.
      statements: dashboard
        .filter((s) => s.source === 'worker')
        .map((s) => ({ sql: `EXPLAIN QUERY PLAN ${s.sql}`, params: (s.sql.match(/\?/g) ?? []).map(() => null) })),
    })) as { results: { detail: string }[] }[];
    const scans = fullScans(plans);

    // The workshop's event streams on all teams' devices at once, open while nothing happens: named as the web UI
    // names them (served by the workshop's hub object, one look into D1 for all of them), then without the name
    // (served by the Worker, each stream looking into D1 by itself). The Worker's streams are measured last: the
    // Worker notices a closed stream only when it next writes to it, and looks on until then.
    const STREAM_WINDOW_MS = 12_000;
    const openStreams = (path: (team: (typeof teams)[number]) => string) =>
      measure(() => Promise.all(teams.map((team) => team.stream(path(team), { within: STREAM_WINDOW_MS }))));
    const hubPolls = await openStreams((team) => team.feed);
    // The hub, too, notices its closed streams only at their next write, the heartbeat (15 s after their last).
    await new Promise((resolve) => setTimeout(resolve, 16_000));
    const polls = await openStreams(() => '/api/events');
    const streamSeconds = STREAM_WINDOW_MS / 1000;
    const perDevice = (list: typeof polls, what: (s: (typeof polls)[number]) => number) =>
      de(sum(list, what) / streamSeconds / teams.length, 2);

    const { count: totalRuns } = (
      (await bench('/__bench/sql', {
        statements: ['select count(*) as count from runs'],
      })) as { results: { count: number }[] }[]
    )[0]!.results[0]!;

    const storageLine = Object.entries(perRun.storage)
      .filter(([, n]) => n > 0)
      .map(([name, n]) => `${name} ${de(n / measuredRuns)}`)
      .join(', ');
    const calls = (key: string) => (perRun.objectCalls[key] ?? 0) / measuredRuns;
    const bytesPerResult = (perRun.databaseBytes - before.databaseBytes) / results;
    // Rows a ranking reads, against runs in its workshop and runs elsewhere in the database.
    // Like with like: both with the points of this workshop's finished runs cached.
    const ownRuns = TEAMS * RUNS_PER_TEAM;
    const rowsPerOwnRun = sum(dashboard, (s) => s.rowsRead) / ownRuns;
    const rowsPerOwnRunCached = sum(dashboardAgain, (s) => s.rowsRead) / ownRuns;
    const rowsPerOtherRun =
      (sum(dashboardOther, (s) => s.rowsRead) - sum(dashboardAgain, (s) => s.rowsRead)) /
      (OTHER_TEAMS * OTHER_RUNS_PER_TEAM);

    console.log(
      [
        `Workers (workerd lokal über miniflare, lokales D1, ein Durable Object je Lauf; Rechnerlast ` +
          `${de(loadavg()[0]!)} auf ${availableParallelism()} Kernen):`,
        `  ${TEAMS} Teams, ${measuredRuns} gezählte Läufe à ${CASES} Fälle (${results} Fallergebnisse), Anbieter-Latenz ` +
          `${LATENCY_MS} ms, Token-Budget und Läufe-je-Minute an; Wand ${de(wallMs / 1000)} s`,
        `  Je Fallergebnis (D1):`,
        `    schreibend: ${de(writesPerCase, 2)} Anweisungen (Schranke aus dem Code ${de(writeBound, 2)}), ` +
          `${de(sum(writes, (s) => s.rowsWritten) / results)} Zeilen geschrieben (Indizes zählen mit)`,
        `    lesend: ${de(sum(reads, (s) => s.calls) / results, 2)} Anweisungen, ${de(sum(reads, (s) => s.rowsRead) / results)} ` +
          `Zeilen gelesen`,
        `  Je Lauf:`,
        `    ${costLine('D1 aus dem Durable Object', fromObject, measuredRuns)}`,
        `    ${costLine('D1 aus dem Worker', fromWorker, measuredRuns)}`,
        `    Speicher des Durable Object: ${storageLine || 'keine Aufrufe'}`,
        `    Teilanfragen: ${de(providerCalls)} Anbieter-Aufrufe und ${de(sum(fromObject, (s) => s.calls) / measuredRuns)} ` +
          `D1-Anweisungen aus dem Durable Object, ${de(calls('RUNS.fetch'))} Aufrufe Worker → Durable Object (Start, ` +
          `Ereignisstrom), ${de(calls('WORKSHOPS.look') + calls('WORKSHOPS.nudge'))} an das Objekt des Workshops ` +
          `(${de(calls('WORKSHOPS.look'))} Ereignisse, ${de(calls('WORKSHOPS.nudge'))} „Rangliste geändert“ zum Bündeln)`,
        `    D1 wächst um ${int(bytesPerResult)} Bytes je Fallergebnis (bei Antworten von im Mittel ` +
          `${int(tally.outputChars / tally.outputs)} Zeichen; echte sind oft länger)`,
        `    CPU des workerd-Prozesses: ${de(runCpuMs)} ms je Lauf (Worker, Durable Object, lokales D1 und miniflare ` +
          `zusammen: obere Schranke); ein neues Durable Object ohne Lauf: ${de(coldCpuMs)} ms; eine Anfrage, die ` +
          `der Worker selbst beantwortet (GET /api/session): ${de(warmCpuMs)} ms`,
        `    Anweisungen je Lauf (Aufrufe, Zeilen gelesen, geschrieben):`,
        ...costTable(all, measuredRuns),
        `  Live-Ansichten bei ${TEAMS * RUNS_PER_TEAM} fertigen Läufen im Workshop:`,
        `    ${costLine('GET …/dashboard, erster Aufruf des Isolats (alle Punkte gelesen)', dashboard)}`,
        `    ${costLine('GET …/dashboard, noch einmal (Punkte fertiger Läufe im Isolat)', dashboardAgain)}`,
        `    ${costLine('GET …/leaderboard, erster Aufruf', boardFirst)}`,
        `    ${costLine('GET …/leaderboard, nichts geändert (Zwischenspeicher des Isolats)', boardAgain)}`,
        `    ${costLine('GET …/leaderboard?seen=, wie die Oberfläche nach einem Live-Ereignis', boardSeen)}`,
        `    ${costLine(`GET …/exercises/…/runs, die Versuche eines Teams (${RUNS_PER_TEAM} Läufe)`, history)}`,
        `    ${costLine('GET …/exercises/…/entry, die Abgabe eines Teams', entryView)}`,
        `    ${costLine('GET /api/runs/…, ein beendeter Lauf mit seinen Ergebnissen', runView)}`,
        `    ${costLine('GET /api/exercises, der Katalog eines Teams (mit seinem besten Ergebnis)', catalogueView)}`,
        `    Nach ${OTHER_TEAMS * OTHER_RUNS_PER_TEAM} Läufen in einem anderen Workshop (${totalRuns} Läufe in D1), hier ` +
          `unverändert:`,
        `      ${costLine('GET …/dashboard', dashboardOther)}`,
        `      ${costLine('GET …/leaderboard', boardOther)}`,
        `    ${costLine('GET …/leaderboard nach einem weiteren Lauf hier', boardNewRun)}`,
        `    Zeilen je Berechnung ≈ ${de(rowsPerOwnRun)} je Lauf im Workshop (erster Aufruf), ` +
          `${de(rowsPerOwnRunCached)} mit den Punkten im Isolat; ${de(rowsPerOtherRun)} je Lauf in anderen ` +
          `Workshops derselben Datenbank`,
        `    Volle Tabellendurchläufe in den Plänen des Dashboards: ${scans.join('; ') || 'keine'}`,
        `    Ereignisströme /api/events auf ${teams.length} Geräten zugleich, ${de(streamSeconds, 0)} s offen, ohne ` +
          `dass etwas geschieht (das Öffnen eingerechnet), je Gerät und Sekunde:`,
        `      über das Objekt des Workshops (?workshop=, wie die Oberfläche): ${perDevice(hubPolls, (s) => s.calls)} ` +
          `Anweisungen, ${perDevice(hubPolls, (s) => s.rowsRead)} gelesene Zeilen; je Sekunde für alle zusammen:`,
        ...costTable(hubPolls, streamSeconds).map((line) => `  ${line}`),
        `      im Worker (ohne ?workshop=, jeder Strom für sich): ${perDevice(polls, (s) => s.calls)} Anweisungen, ` +
          `${perDevice(polls, (s) => s.rowsRead)} gelesene Zeilen; je Sekunde für alle zusammen:`,
        ...costTable(polls, streamSeconds).map((line) => `  ${line}`),
        `    Anweisungen des Dashboards bei ${TEAMS * RUNS_PER_TEAM} Läufen, nur dieser Workshop (Aufrufe, Zeilen gelesen, ` +
          `geschrieben):`,
        ...costTable(dashboard, 1),
      ].join('\n'),
    );
    const ok = tally.brokenRuns === 0 && writesPerCase <= writeBound + 1e-9;
    if (tally.brokenRuns > 0)
      console.log(`  FEHLER: ${tally.brokenRuns} Läufe endeten nicht mit ${CASES} Ergebnissen und "done"`);
    // 3. The crowd on one workshop's hub, in a workerd of its own.
    await mf.dispose();
    mf = undefined;
    console.log((await crowdReport(dir, script, bindings, TRAINER_PASSWORD)).join('\n'));
    return ok;
  } finally {
    await mf?.dispose();
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// Alone: `node --import tsx bench/workers-cost.ts`.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = (await workersCostBench()) ? 0 : 1;
