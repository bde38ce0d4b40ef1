import type { ChildProcess } from 'node:child_process';

type Usage = NodeJS.MemoryUsage;

/** Asks the server for its memory use every second and keeps the peak of each part (MB). */
export function sampleMemory(child: ChildProcess): { stop(): Record<keyof Usage, number> } {
  const peak: Record<keyof Usage, number> = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0, arrayBuffers: 0 };
  const onMessage = (usage: Usage | object) => {
    if (!('rss' in usage)) return;
    for (const key of Object.keys(peak) as (keyof Usage)[]) peak[key] = Math.max(peak[key], usage[key] / 2 ** 20);
  };
  child.on('message', onMessage);
  const timer = setInterval(() => child.send('memory'), 1000);
  return {
    stop() {
      clearInterval(timer);
      child.off('message', onMessage);
      return peak;
    },
  };
}
