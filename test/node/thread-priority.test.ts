// The Node server's main thread comes first: every other thread of the process runs 5 nice steps below it. Checked
// in a child process of its own, as the call changes the threads of whatever process makes it.
import { execFile } from 'node:child_process';
import { getPriority } from 'node:os';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const SCRIPT = `
import { once } from 'node:events';
import { readdirSync } from 'node:fs';
import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { yieldToMainThread } from './server/node/thread-priority.ts';
yieldToMainThread();
const before = readdirSync('/proc/self/task').length;
// A thread started later (a provider thread) is lowered by the next call; calling twice changes nothing more.
const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
await once(worker, 'online');
yieldToMainThread();
yieldToMainThread();
const others = readdirSync('/proc/self/task').map(Number).filter((tid) => tid !== process.pid);
console.log(JSON.stringify({ main: getPriority(), before, others: others.map((tid) => getPriority(tid)) }));
process.exit(0);
`;

describe.runIf(process.platform === 'linux')('yieldToMainThread', () => {
  it('runs every other thread, also one started later, 5 steps below the main thread, which keeps its priority', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      SCRIPT,
    ]);
    const { main, before, others } = JSON.parse(stdout) as { main: number; before: number; others: number[] };
    expect(main).toBe(getPriority());
    // The worker's thread came on top of V8's helpers, which were there before.
    expect(others.length).toBeGreaterThan(before - 1);
    expect(others.every((nice) => nice === Math.min(19, main + 5))).toBe(true);
  });
});
