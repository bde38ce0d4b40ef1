// `npm run bench`: the engine against a local OpenAI-compatible server that answers after 100 ms.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { startFakeOpenAI } from '../test/fakes/openai.ts';
import { ensureBuilt } from '../bin/build.mjs';
import { BENCH_EXERCISE, writeBenchSuite } from './suite.ts';

const CASES = 200;
const CONCURRENCY = 16;
const LATENCY_MS = 100;
const TARGET = { ratio: 1.3, rssMb: 120 };

const dir = mkdtempSync(join(tmpdir(), 'promptathon-bench-'));
const fake = await startFakeOpenAI({ latencyMs: LATENCY_MS });
try {
  const { prompts } = await writeBenchSuite(dir, CASES);
  const config = join(dir, 'promptathon.config.yaml');
  writeFileSync(
    config,
    stringify({ retries: 0, endpoints: { local: { base_url: fake.url, concurrency: CONCURRENCY } } }),
  );

  // The engine runs as the CLI does: bundled JavaScript, no TypeScript loader.
  const runner = await ensureBuilt('bench/eval-run.ts', 'bench-run');
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [runner, dir, config, join(dir, 'bench.db'), BENCH_EXERCISE, prompts[1], String(CONCURRENCY)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`eval process exited with ${code}`);
  const r = JSON.parse(out) as {
    evalMs: number;
    calls: number;
    passed: number;
    errors: number;
    assertions: number;
    maxRssBytes: number;
  };

  const idealMs = (r.calls / CONCURRENCY) * LATENCY_MS;
  const rssMb = r.maxRssBytes / 1024 / 1024;
  const evalRatio = r.evalMs / idealMs;
  const lines = [
    `Suite: ${CASES} Fälle x 2 Prompts = ${r.calls} Aufrufe, ${r.assertions} Prüfungen, Nebenläufigkeit ${CONCURRENCY}, Latenz ${LATENCY_MS} ms`,
    `Ergebnis: ${r.passed} bestanden, ${r.calls - r.passed} nicht bestanden, ${r.errors} Fehler; Server sah max. ${fake.maxInFlight} gleichzeitige Aufrufe`,
    `Ideal (Aufrufe / Nebenläufigkeit x Latenz): ${(idealMs / 1000).toFixed(2)} s`,
    `Eval:  ${(r.evalMs / 1000).toFixed(2)} s = ${evalRatio.toFixed(2)}x ideal (Ziel <= ${TARGET.ratio}x)`,
    `Wand:  ${(wallMs / 1000).toFixed(2)} s = ${(wallMs / idealMs).toFixed(2)}x ideal (mit Prozessstart, Laden, Datenbank)`,
    `Speicher (max. RSS des Eval-Prozesses): ${rssMb.toFixed(0)} MB (Ziel <= ${TARGET.rssMb} MB)`,
  ];
  console.log(lines.join('\n'));
  if (r.errors > 0 || evalRatio > TARGET.ratio || rssMb > TARGET.rssMb) process.exitCode = 1;
} finally {
  await fake.close();
  rmSync(dir, { recursive: true, force: true });
}
