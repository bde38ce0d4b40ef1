import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ExerciseInput } from '../../server/schema/exercise.ts';
import type { FixtureInput } from '../../server/schema/fixture.ts';

export const BIN = join(import.meta.dirname, '../../bin/promptathon.mjs');

/** A catalogue folder, a config pointing the `local` endpoint at `baseUrl`, and a database file. */
export function cliWorkspace(baseUrl: string, exercise: ExerciseInput, fixture: FixtureInput) {
  const dir = mkdtempSync(join(tmpdir(), 'promptathon-cli-'));
  mkdirSync(join(dir, 'prompts'));
  mkdirSync(join(dir, 'evals'));
  writeFileSync(join(dir, 'prompts', `${exercise.id}.yaml`), stringify(exercise));
  writeFileSync(join(dir, 'evals', `${exercise.id}.yaml`), stringify(fixture));
  const config = join(dir, 'promptathon.config.yaml');
  writeFileSync(config, stringify({ retries: 0, endpoints: { local: { base_url: baseUrl } } }));
  return { dir, config, db: join(dir, 'data', 'test.db') };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI in a child process. */
export function runCli(
  args: string[],
  env: Record<string, string> = {},
): Promise<CliResult> & { pid?: number; kill(): void } {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, OPENAI_API_KEY: '', ANTHROPIC_API_KEY: '', OLLAMA_HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return Object.assign(done, { pid: child.pid, kill: () => child.kill('SIGKILL') });
}
