// `npm run bench` (server part): what the HTTP API adds to a provider call.
//
// The real server (its own process, bundled as `npm start` runs it) talks to a fake OpenAI-compatible endpoint
// that answers after a fixed delay. Two measurements:
// - Per provider call (the target): one run with many cases, followed over SSE as the web UI does. For each case
//   the client takes the time from its `case-started` to its `case-finished` event: the call as the server makes
//   it plus rendering, grading, storing and the event stream. The same calls made straight through the official
//   SDK, as many at a time, are the baseline; the difference of the medians is what the server adds.
// - Per run (for information): one-case runs one after the other, POST /api/runs to `run-finished`, against the
//   same call made directly; this also counts the two HTTP requests a run needs (POST, then the event stream).
// Wall-clock times suffer when other processes compete for the CPU, so the machine's load, the server's CPU time
// per run and a plain health round trip are printed beside them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ensureBuilt } from '../bin/build.mjs';
import { startFakeOpenAI } from '../test/fakes/openai.ts';
import { quantile } from './stats.ts';
import { BENCH_EXERCISE, writeBenchSuite } from './suite.ts';

const RUNS = 100;
const WARMUP = 10;
const CASES = 200;
/** Calls in flight: the server's default per run, and the same for the direct baseline. */
const IN_FLIGHT = 4;
const LATENCY_MS = 20;
const TARGET_MEDIAN_MS = 2;

/** Reads a response body to its end, or until `stop` appears in it. */
async function drain(response: Response, stop?: string): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for await (const chunk of response.body!) {
    text += decoder.decode(chunk, { stream: true });
    if (stop && text.includes(stop)) break;
  }
  return text;
}

const USER_PROMPT = 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.';

/** POST /api/runs for the bench exercise (all cases unless given); returns the run id. */
async function startRun(url: string, cases?: string[]): Promise<string> {
  const posted = await fetch(`${url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      exercise: BENCH_EXERCISE,
      prompt: { user: USER_PROMPT },
      ...(cases ? { cases } : {}),
      targets: [{ provider: 'local:bench' }],
      cache: false,
    }),
  });
  return ((await posted.json()) as { id: string }).id;
}

async function throughServer(url: string): Promise<number> {
  const started = performance.now();
  const id = await startRun(url, ['fall-1']);
  const events = await drain(await fetch(`${url}/api/runs/${id}/events`), 'event: run-finished');
  const elapsed = performance.now() - started;
  if (!events.includes('"status":"done"')) throw new Error(`run ${id} did not finish as done:\n${events}`);
  return elapsed;
}

/** Starts one run over every case and times each case from its `case-started` to its `case-finished` event. */
async function caseTimesThroughServer(url: string): Promise<number[]> {
  const id = await startRun(url);
  const response = await fetch(`${url}/api/runs/${id}/events`);
  const decoder = new TextDecoder();
  const started = new Map<string, number>();
  const times: number[] = [];
  let buffer = '';
  for await (const chunk of response.body!) {
    const now = performance.now();
    buffer += decoder.decode(chunk, { stream: true });
    const messages = buffer.split('\n\n');
    buffer = messages.pop()!;
    for (const message of messages) {
      const data = /^data: (.*)$/m.exec(message)?.[1];
      if (!data) continue;
      const event = JSON.parse(data) as { type: string; caseId?: string; result?: { caseId: string } };
      if (event.type === 'case-started') started.set(event.caseId!, now);
      if (event.type === 'case-finished') times.push(now - started.get(event.result!.caseId)!);
      if (event.type === 'run-finished') return times;
    }
  }
  throw new Error(`run ${id}: event stream ended early`);
}

async function direct(fakeUrl: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${fakeUrl}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'bench',
      stream: true,
      stream_options: { include_usage: true },
      messages: [
        { role: 'user', content: 'Antworte auf Antrag A-1000 von Erika Beispiel 1 für das Bürgeramt Musterstadt.' },
      ],
    }),
  });
  await drain(response);
  return performance.now() - started;
}

export async function serverOverheadBench(): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-bench-server-'));
  const fake = await startFakeOpenAI({ latencyMs: LATENCY_MS });
  const entry = await ensureBuilt('bench/overhead-server.ts', 'bench-server');
  await writeBenchSuite(dir, CASES);
  const config = join(dir, 'promptathon.config.yaml');
  writeFileSync(config, stringify({ retries: 0, endpoints: { local: { base_url: fake.url } } }));
  const child = spawn(process.execPath, [entry, dir, config, join(dir, 'bench.db')], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = async (): Promise<NodeJS.CpuUsage> => {
    child.send('cpu');
    const [usage] = (await once(child, 'message')) as [NodeJS.CpuUsage];
    return usage;
  };
  // The baseline runs in the server's process too (idle then), so both sides have the same event loop to share.
  const directCalls = async (): Promise<number[]> => {
    child.send({ direct: fake.url, cases: CASES, inFlight: IN_FLIGHT });
    const [times] = (await once(child, 'message')) as [number[]];
    return times;
  };
  try {
    const [{ url }] = (await once(child, 'message')) as [{ url: string }];
    const overhead: number[] = [];
    const ends: number[] = [];
    const cpu: number[] = [];
    const health: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const before = await ask();
      const total = await throughServer(url);
      const after = await ask();
      const bare = await direct(fake.url);
      const started = performance.now();
      await drain(await fetch(`${url}/api/health`));
      if (i >= WARMUP) {
        overhead.push(total - bare);
        ends.push(total);
        cpu.push((after.user - before.user + after.system - before.system) / 1000);
        health.push(performance.now() - started);
      }
    }
    await caseTimesThroughServer(url); // warm-up
    const viaServer = (await caseTimesThroughServer(url)).sort((a, b) => a - b);
    const viaSdk = (await directCalls()).sort((a, b) => a - b);
    const perCall = quantile(viaServer, 0.5) - quantile(viaSdk, 0.5);
    for (const list of [overhead, ends, cpu, health]) list.sort((a, b) => a - b);
    const ms = (list: number[]) =>
      `Median ${quantile(list, 0.5).toFixed(2)} ms, p95 ${quantile(list, 0.95).toFixed(2)} ms`;
    console.log(
      [
        `Server: Anbieter-Latenz ${LATENCY_MS} ms (Rechnerlast ${loadavg()[0]!.toFixed(1)} auf ` +
          `${availableParallelism()} Kernen)`,
        `  Je Anbieter-Aufruf, ein Lauf mit ${CASES} Fällen, ${IN_FLIGHT} gleichzeitig:`,
        `    Fall über den Server (case-started bis case-finished): ${ms(viaServer)}`,
        `    derselbe Aufruf direkt über das SDK: ${ms(viaSdk)}`,
        `    Zusatz durch den Server: Median ${perCall.toFixed(2)} ms (Ziel < ${TARGET_MEDIAN_MS} ms)`,
        `  Je Lauf mit einem Fall (${RUNS} nacheinander, mit zwei HTTP-Anfragen je Lauf):`,
        `    Ende zu Ende (POST bis run-finished): ${ms(ends)}`,
        `    Zusatz gegenüber einem direkten Aufruf: ${ms(overhead)}`,
        `    Rechenzeit des Servers je Lauf (CPU): ${ms(cpu)}`,
        // A yardstick for this machine: a run needs two requests to the server (POST, then the event stream).
        `    Zum Vergleich, eine Anfrage GET /api/health hin und zurück: ${ms(health)}`,
      ].join('\n'),
    );
    return perCall < TARGET_MEDIAN_MS;
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
