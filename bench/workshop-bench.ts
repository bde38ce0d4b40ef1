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
import { tmpdir } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ensureBuilt } from '../bin/build.mjs';
import { serverFlags } from './node-flags.ts';
import { cpuSeconds, peakRssMb } from './proc.ts';
import { seeded } from './stats.ts';
import { BENCH_EXERCISE, writeBenchSuite } from './suite.ts';
import { startChild, type Child } from './workshop/children.ts';
import { sampleMemory } from './workshop/memory.ts';
import { Reads } from './workshop/observers.ts';
import { ExercisePage } from './workshop/page.ts';
import { press } from './workshop/press.ts';
import type { ProbeResult, ProbeStart } from './workshop/prober.ts';
import { report } from './workshop/report.ts';
import { pressTimes } from './workshop/schedule.ts';
import { Session } from './workshop/session.ts';
import { followSse } from './workshop/sse.ts';
import { CASES, LATENCY_MS, PROVIDER_CONCURRENCY, TEAM_SIZE, WORDS } from './workshop/shape.ts';
import { verify } from './workshop/verify.ts';

const PHASE_MS = 120_000;
const PASSWORD = 'bench-passwort-lang-genug';

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
    const people: { session: Session; team: number; teamId: string }[] = [];
    for (let i = 0; i < attendees; i++) {
      const session = new Session(server.url);
      const team = Math.floor(i / TEAM_SIZE);
      const joined = { code: workshop.code, team: `Team ${team + 1}`, name: `Person ${i + 1}` };
      const { team: own } = await session.must('POST', '/api/session/join', joined, 201);
      people.push({ session, team, teamId: own.id });
    }

    const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
    const stop = new AbortController();
    // One listener per attendee's stream: hundreds on purpose, not a leak.
    setMaxListeners(people.length + 1, stop.signal);
    const reads = new Reads();
    const seen = people.map(() => new Set<string>());
    const pages = people.map(({ session }) => new ExercisePage(session, reads, BENCH_EXERCISE));
    const streams: Promise<unknown>[] = people.map(({ session, teamId }, i) =>
      followSse(
        // Named as the web UI names it.
        `${server.url}/api/events?workshop=${workshop.id}&team=${teamId}`,
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
