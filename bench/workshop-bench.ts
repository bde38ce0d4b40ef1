// `npm run bench` (workshop part): a workshop of N attendees in teams of 4 on one server, as on the day.
//
// Three processes share the machine: the real server (bundled as `npm start` runs it, embedded SQLite), a local
// OpenAI-compatible server that waits 300 ms and then streams 150 words at a set rate, and this load generator.
// Every attendee joins with the code, keeps the workshop's live events open and presses "Ausführen" within the
// first 10 s, then again every 20–40 s for 2 minutes, following each run's event stream to its end; their exercise
// pages read the team's attempts and entry again as the web UI does (bench/workshop/page.ts). The trainer's
// dashboard and the projector's leaderboard stay open and reload after live events, as the web UI does, and a prober
// reads the catalogue and the leaderboard four times a second: in a fourth process, as the other laptops in the room
// (bench/workshop/prober.ts).
import { once, setMaxListeners } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ensureBuilt } from '../bin/build.mjs';
import { serverFlags } from './node-flags.ts';
import { cpuSeconds, peakRssMb } from './proc.ts';
import { ascending, quantile, seeded } from './stats.ts';
import { BENCH_EXERCISE, writeBenchSuite } from './suite.ts';
import { startChild, type Child } from './workshop/children.ts';
import { sampleMemory } from './workshop/memory.ts';
import { Reads, TARGET_READS } from './workshop/observers.ts';
import { ExercisePage } from './workshop/page.ts';
import { press, type Press } from './workshop/press.ts';
import type { ProbeResult, ProbeStart } from './workshop/prober.ts';
import { pressTimes } from './workshop/schedule.ts';
import { Session } from './workshop/session.ts';
import { followSse } from './workshop/sse.ts';
import { verify, type Check } from './workshop/verify.ts';

const TEAM_SIZE = 4;
const CASES = 5;
const WORDS = 150;
const LATENCY_MS = 300;
const PROVIDER_CONCURRENCY = 128;
const PHASE_MS = 120_000;
const PASSWORD = 'bench-passwort-lang-genug';
interface Targets {
  readP99: number;
  rssMb: number;
  /** Only at the normal rate. */
  postP99?: number;
  firstP99?: number;
  drain?: number;
}
const TARGETS: Record<'normal' | 'stress', Targets> = {
  normal: { readP99: 50, postP99: 100, firstP99: 10_000, drain: 1.15, rssMb: 250 },
  stress: { readP99: 250, rssMb: 400 },
};

export interface WorkshopBenchOptions {
  attendees?: number;
  /** 300 words per second instead of 50, and only the stress targets. */
  stress?: boolean;
  /** How long attendees keep pressing (ms); default 2 minutes. */
  phaseMs?: number;
}

/** The server's event-loop delay since `delay-reset`. */
async function serverLoopDelay(server: Child): Promise<{ p50: number; p99: number; max: number }> {
  server.process.send('delay');
  for (;;) {
    const [message] = (await once(server.process, 'message')) as [
      { loopDelayMs?: { p50: number; p99: number; max: number } },
    ];
    if (message.loopDelayMs) return message.loopDelayMs;
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const spread = (values: number[]) => {
  const sorted = ascending(values);
  return `p50 ${fmt(quantile(sorted, 0.5))}, p99 ${fmt(quantile(sorted, 0.99))} (${sorted.length} Messungen)`;
};

export async function workshopBench({
  attendees = 300,
  stress = false,
  phaseMs = PHASE_MS,
}: WorkshopBenchOptions = {}): Promise<boolean> {
  const rate = stress ? 300 : 50;
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-bench-workshop-'));
  const children: Child[] = [];
  try {
    await writeBenchSuite(dir, CASES);
    const fakeEntry = join(import.meta.dirname, 'workshop/fake-provider.ts');
    const fake = await startChild(['--import', 'tsx', fakeEntry, String(LATENCY_MS), String(rate), String(WORDS)]);
    children.push(fake);
    const config = join(dir, 'promptathon.config.yaml');
    const endpoint = { base_url: fake.url, concurrency: PROVIDER_CONCURRENCY, models: [{ id: 'bench' }] };
    writeFileSync(config, stringify({ retries: 0, endpoints: { local: endpoint } }));
    const entry = await ensureBuilt('bench/workshop/server.ts', 'bench-workshop-server');
    const server = await startChild([...serverFlags(), entry, dir, config, join(dir, 'bench.db'), PASSWORD]);
    children.push(server);
    const serverPid = server.process.pid!;

    const trainer = new Session(server.url);
    await trainer.must('POST', '/api/session/trainer', { password: PASSWORD }, 204);
    const workshop = await trainer.must(
      'POST',
      '/api/workshops',
      { title: 'Lasttest', exercises: [BENCH_EXERCISE], runs_per_minute: null, leaderboard_visible: true },
      201,
    );
    const people: { session: Session; team: number }[] = [];
    for (let i = 0; i < attendees; i++) {
      const session = new Session(server.url);
      const team = Math.floor(i / TEAM_SIZE);
      const joined = { code: workshop.code, team: `Team ${team + 1}`, name: `Person ${i + 1}` };
      await session.must('POST', '/api/session/join', joined, 201);
      people.push({ session, team });
    }

    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const stop = new AbortController();
    // One listener per attendee's stream: hundreds on purpose, not a leak.
    setMaxListeners(people.length + 1, stop.signal);
    const reads = new Reads();
    const seen = people.map(() => new Set<string>());
    const pages = people.map(({ session }) => new ExercisePage(session, reads, BENCH_EXERCISE));
    const streams: Promise<unknown>[] = people.map(({ session }, i) =>
      followSse(
        `${server.url}/api/events`,
        session.headers,
        agent,
        ({ data }) => {
          const event = JSON.parse(data) as { type: string; run?: string; exercise?: string };
          if (event.type === 'run-finished') seen[i]!.add(event.run!);
          pages[i]!.live(event);
        },
        stop.signal,
      ),
    );
    const random = seeded(12);
    const prober = await startChild(['--import', 'tsx', join(import.meta.dirname, 'workshop/prober.ts')]);
    children.push(prober);
    const cookies = people.map(({ session }) => session.headers.cookie!);
    const probe = { url: server.url, trainerCookie: trainer.headers.cookie!, cookies, workshopId: workshop.id };
    prober.process.send({ start: probe satisfies ProbeStart });
    const proberStart = performance.now();

    const body = { exercise: BENCH_EXERCISE, targets: [{ provider: 'local:bench' }], cache: false };
    const prompt = { user: 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.' };
    const memory = sampleMemory(server.process);
    // The load generator's own delay shows in every latency it measures: it is printed beside them.
    const ownDelay = monitorEventLoopDelay({ resolution: 10 });
    ownDelay.enable();
    const ownCpu = process.cpuUsage();
    const fakeCpu = cpuSeconds(fake.process.pid!);
    const cpuBefore = cpuSeconds(serverPid);
    server.process.send('delay-reset');
    const start = performance.now();
    const now = () => performance.now() - start;
    const presses = await Promise.all(
      people.flatMap(({ session, team }, i) =>
        pressTimes(random, { spreadMs: 10_000, gapMs: [20_000, 40_000], durationMs: phaseMs }).map(async (at) => {
          await wait(at - now());
          const page = pages[i]!;
          const pressed = await press(session, agent, team, { ...body, prompt }, now, (run) => page.started(run));
          if (pressed.runStatus) await page.ended(pressed.runId!);
          return pressed;
        }),
      ),
    );
    const drainMs = Math.max(...presses.map((p) => p.finishedAt ?? now()));
    const cpu = cpuSeconds(serverPid) - cpuBefore;
    const loopDelay = await serverLoopDelay(server);
    ownDelay.disable();
    const { user, system } = process.cpuUsage(ownCpu);
    const others = {
      loadCpu: (user + system) / 1e6,
      loadDelayP99: ownDelay.percentile(99) / 1e6,
      fakeCpu: cpuSeconds(fake.process.pid!) - fakeCpu,
      serverDelay: loopDelay,
    };
    prober.process.send({ stop: true });
    const [{ result: probed }] = (await once(prober.process, 'message')) as [{ result: ProbeResult }];
    reads.add(probed, proberStart);
    await wait(2000); // the last workshop events on their way
    stop.abort();
    await Promise.allSettled(streams);

    const check = await verify(trainer, presses, people, seen);
    const peakMb = peakRssMb(serverPid);
    const heap = memory.stop();
    return report({ attendees, rate, stress, presses, reads, start, drainMs, cpu, others, peakMb, heap, check });
  } finally {
    for (const child of children.reverse()) await child.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Outcome {
  attendees: number;
  rate: number;
  stress: boolean;
  presses: Press[];
  reads: Reads;
  /** performance.now() when the first attendee could press. */
  start: number;
  drainMs: number;
  cpu: number;
  /** CPU seconds of the load generator and the fake provider, and the load generator's p99 event-loop delay (ms). */
  others: {
    loadCpu: number;
    loadDelayP99: number;
    fakeCpu: number;
    /** The server's event-loop delay during the load (ms). */
    serverDelay: { p50: number; p99: number; max: number };
  };
  peakMb: number;
  /** Peaks of process.memoryUsage() in MB, sampled every second. */
  heap: Record<keyof NodeJS.MemoryUsage, number>;
  check: Check;
}

/** Where the times over `limit` cluster, in 20 s steps from the start (`at` in ms after it). */
function slowBySteps(times: { at: number; ms: number }[], limit: number): string {
  const slow = new Map<number, number>();
  for (const { at, ms } of times) {
    const step = Math.floor(at / 20_000) * 20;
    if (ms > limit) slow.set(step, (slow.get(step) ?? 0) + 1);
  }
  const steps = [...slow].sort(([a], [b]) => a - b);
  return steps.map(([step, n]) => `${step} s: ${n}`).join(', ') || 'keine';
}

/** Prints the figures in German and says whether every target of the variant was met. */
function report(outcome: Outcome): boolean {
  const { attendees, rate, stress, presses, reads, start, drainMs, cpu, others, peakMb, heap, check } = outcome;
  const target = stress ? TARGETS.stress : TARGETS.normal;
  const slowReads = slowBySteps(
    reads.timeline.map(({ at, ms }) => ({ at: at - start, ms })),
    target.readP99,
  );
  const slowPosts = slowBySteps(
    presses.map((p) => ({ at: p.pressedAt, ms: p.postMs })),
    target.postP99 ?? Infinity,
  );
  const callMs = LATENCY_MS + (WORDS / rate) * 1000;
  const calls = check.stored;
  const idealMs = (calls / PROVIDER_CONCURRENCY) * callMs;
  const readMs = ascending(TARGET_READS.flatMap((kind) => reads.ms.get(kind) ?? []));
  const readP99 = quantile(readMs, 0.99);
  const postP99 = quantile(ascending(presses.map((p) => p.postMs)), 0.99);
  const first = presses.filter((p) => p.firstResultAt !== undefined).map((p) => p.firstResultAt! - p.pressedAt);
  const firstP99 = quantile(ascending(first), 0.99);
  const byTeam = new Map<number, number[]>();
  for (const p of presses)
    if (p.firstResultAt)
      (byTeam.get(p.team) ?? byTeam.set(p.team, []).get(p.team)!).push(p.firstResultAt - p.pressedAt);
  const worstTeam = Math.max(...[...byTeam.values()].map((list) => quantile(ascending(list), 0.5)));
  const done = presses.filter((p) => p.finishedAt !== undefined);
  // Runs open at once (pressed, not yet finished): each holds its state and its event stream in the server.
  const steps = done.flatMap((p) => [[p.pressedAt, 1] as const, [p.finishedAt!, -1] as const]);
  let open = 0;
  let maxOpen = 0;
  for (const [, step] of steps.sort((a, b) => a[0] - b[0] || a[1] - b[1])) maxOpen = Math.max(maxOpen, (open += step));
  const lost =
    check.refused +
    check.unfinished +
    check.lostResults +
    check.duplicates +
    check.lostDeltas +
    check.lostTeamEvents +
    reads.failed;
  const lines = [
    `Workshop${stress ? ' (--stress)' : ''}: ${attendees} Teilnehmende in ${Math.ceil(attendees / TEAM_SIZE)} Teams, ` +
      `${presses.length} Läufe mit je ${CASES} Fällen, Antworten ${WORDS} Wörter mit ${rate} Stück/s nach ${LATENCY_MS} ms, ` +
      `Anbieter-Nebenläufigkeit ${PROVIDER_CONCURRENCY}`,
    `  (Server, Lastgenerator und Anbieter-Attrappe teilen sich ${availableParallelism()} Kerne; CPU-Zeit des ` +
      `Lastgenerators ${others.loadCpu.toFixed(0)} s, seine Verzögerung p99 ${fmt(others.loadDelayP99)} steckt in ` +
      `den Zeiten der Läufe; der Attrappe ${others.fakeCpu.toFixed(0)} s)`,
    ...[...reads.ms].map(([kind, list]) => `  Lesen ${kind}: ${spread(list)}`),
    `  Lesen (Katalog und Rangliste, auch am Beamer) p99: ${fmt(readP99)} (Ziel <= ${target.readP99} ms); langsamer als das ` +
      `(alle Lesezugriffe) je 20 s ab Beginn: ${slowReads}`,
    `  POST /api/runs: ${spread(presses.map((p) => p.postMs))}` +
      (target.postP99 ? ` (Ziel p99 <= ${target.postP99} ms); langsamer als das je 20 s ab Beginn: ${slowPosts}` : ''),
    `  Erstes Fallergebnis nach "Ausführen": ${spread(first)}; langsamstes Team im Median ${fmt(worstTeam)}` +
      (target.firstP99 ? ` (Ziel p99 <= ${target.firstP99 / 1000} s)` : ''),
    `  Ganzer Lauf nach "Ausführen": ${spread(done.map((p) => p.finishedAt! - p.pressedAt))}; zugleich offen max. ${maxOpen} Läufe`,
    `  Abarbeitung: ${fmt(drainMs)} für ${calls} Aufrufe, ideal ${fmt(idealMs)} (Aufrufe / ${PROVIDER_CONCURRENCY} x ${fmt(callMs)}) = ` +
      `${(drainMs / idealMs).toFixed(2)}x` +
      (target.drain ? ` (Ziel <= ${target.drain}x)` : ''),
    `  Server-CPU: ${cpu.toFixed(1)} s, ${((cpu * 1000) / Math.max(1, calls)).toFixed(2)} ms je Fallergebnis; ` +
      `Verzögerung seiner Ereignisschleife p50 ${fmt(others.serverDelay.p50)}, p99 ${fmt(others.serverDelay.p99)}, ` +
      `max. ${fmt(others.serverDelay.max)}`,
    `  Speicher des Servers: max. ${peakMb.toFixed(0)} MB RSS (Ziel <= ${target.rssMb} MB); ` +
      `V8-Heap max. ${heap.heapUsed.toFixed(0)} MB belegt von ${heap.heapTotal.toFixed(0)} MB, außerhalb ${heap.external.toFixed(0)} MB`,
    `  Verloren: ${lost} (abgelehnt ${check.refused}, unvollständig ${check.unfinished}, Ergebnisse ${check.lostResults}, ` +
      `doppelt ${check.duplicates}, Textstücke ${check.lostDeltas}, Team-Ereignisse ${check.lostTeamEvents}, Lesefehler ${reads.failed})`,
  ];
  console.log(lines.join('\n'));
  return [
    readP99 <= target.readP99,
    peakMb <= target.rssMb,
    lost === 0,
    postP99 <= (target.postP99 ?? Infinity),
    firstP99 <= (target.firstP99 ?? Infinity),
    drainMs / idealMs <= (target.drain ?? Infinity),
  ].every(Boolean);
}
