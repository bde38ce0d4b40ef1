import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, expect, it } from 'vitest';
import { ensureBuilt } from '../../bin/build.mjs';
import { openSqliteStore } from '../../server/store/sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'promptathon-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the bundled entry prints its address and cancels live runs on SIGTERM', async () => {
  const entry = await ensureBuilt('server/node.ts', 'server');
  const config = join(dir, 'promptathon.config.yaml');
  // A slow demo model, so the run is still going when the signal comes.
  writeFileSync(config, 'providers:\n  demo:\n    delay_ms: 50\n');
  const db = join(dir, 'server.db');
  const child = spawn(process.execPath, [entry], {
    env: {
      ...process.env,
      PORT: '0',
      PROMPTATHON_DB: db,
      PROMPTATHON_CONFIG: config,
      OPENAI_API_KEY: '',
      PROMPTATHON_TRAINER_PASSWORD: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: child.stdout });
  let url = '';
  let setup = '';
  for await (const line of lines) {
    url ||= /^Prompt-a-thon Sandbox läuft auf (http:\/\/localhost:\d+)$/.exec(line)?.[1] ?? '';
    setup = /^Trainerzugang einrichten \(Link gilt einmal, 7 Tage\): (\S+)$/.exec(line)?.[1] ?? '';
    if (setup) break;
  }
  expect(url).not.toBe('');
  // First start without PROMPTATHON_TRAINER_PASSWORD: the one-time set-up link, for whoever reads this console.
  expect(setup).toMatch(new RegExp(`^${url}/#/einladung/[A-Za-z0-9_-]{43}$`));

  // Any exercise of the repository's library with cases will do; the demo needs no key.
  const exercises = (await (await fetch(`${url}/api/exercises`)).json()) as { id: string; caseCount: number }[];
  const id = exercises.find((e) => e.caseCount > 0)!.id;
  const { starter } = (await (await fetch(`${url}/api/exercises/${id}`)).json()) as { starter: object };
  const started = await fetch(`${url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      exercise: id,
      prompt: starter,
      targets: [{ provider: 'demo:basis' }],
      repeat: 5,
      cache: false,
    }),
  });
  expect(started.status).toBe(201);
  const run = (await started.json()) as { id: string };

  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  expect(code).toBe(0);
  const store = openSqliteStore(db);
  try {
    expect((await store.getRun(run.id))?.status).toBe('cancelled');
  } finally {
    store.close();
  }
});
