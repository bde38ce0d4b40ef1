// `npm run bench` (server part): what the HTTP API adds to a provider call.
//
// Method: one-case runs, one after the other, through the real server (its own process, bundled as `npm start`
// runs it) against a fake OpenAI-compatible endpoint that answers after a fixed delay. Each run is timed from
// POST /api/runs to the `run-finished` event on its SSE stream. Alternating with the runs, the same client makes
// the provider call itself: the same streamed chat request straight to the fake. Both include the fixed delay
// and one trip to the fake, so their difference is the server's share: two extra HTTP round trips, validation,
// the database writes, the SDK, grading and the event stream. Pairs cancel slow drift (GC, CPU frequency).
// Wall-clock times suffer when other processes compete for the CPU, so the server's CPU time per run (asked
// over IPC before and after each run) and a plain health round trip are printed beside them.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ensureBuilt } from '../bin/build.mjs';
import { startFakeOpenAI } from '../test/fakes/openai.ts';
import { BENCH_EXERCISE, writeBenchSuite } from './suite.ts';

const RUNS = 200;
const WARMUP = 20;
const LATENCY_MS = 20;
const TARGET_MEDIAN_MS = 2;

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

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

async function throughServer(url: string): Promise<number> {
  const started = performance.now();
  const posted = await fetch(`${url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      exercise: BENCH_EXERCISE,
      prompt: { user: 'Antworte auf Antrag {{nummer}} von {{name}} für das {{amt}}.' },
      targets: [{ provider: 'local:bench' }],
      cache: false,
    }),
  });
  const { id } = (await posted.json()) as { id: string };
  const events = await drain(await fetch(`${url}/api/runs/${id}/events`), 'event: run-finished');
  const elapsed = performance.now() - started;
  if (!events.includes('"status":"done"')) throw new Error(`run ${id} did not finish as done:\n${events}`);
  return elapsed;
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
  await writeBenchSuite(dir, 1);
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
    for (const list of [overhead, ends, cpu, health]) list.sort((a, b) => a - b);
    const median = quantile(overhead, 0.5);
    const ms = (list: number[]) =>
      `Median ${quantile(list, 0.5).toFixed(2)} ms, p95 ${quantile(list, 0.95).toFixed(2)} ms`;
    console.log(
      [
        `Server: ${RUNS} Läufe mit je einem Fall nacheinander, Anbieter-Latenz ${LATENCY_MS} ms ` +
          `(Rechnerlast ${loadavg()[0]!.toFixed(1)} auf ${availableParallelism()} Kernen)`,
        `  Ende zu Ende (POST bis run-finished): ${ms(ends)}`,
        `  Zusatz durch den Server: ${ms(overhead)} (Ziel Median < ${TARGET_MEDIAN_MS} ms)`,
        `  Rechenzeit des Servers je Lauf (CPU, wenig abhängig von anderer Last): ${ms(cpu)}`,
        // A yardstick for this machine: a run needs two requests to the server (POST, then the event stream).
        `  Zum Vergleich, eine Anfrage GET /api/health hin und zurück: ${ms(health)}`,
      ].join('\n'),
    );
    return median < TARGET_MEDIAN_MS;
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    await fake.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
