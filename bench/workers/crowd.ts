// The Workers bench's crowd: one workshop's hub object (server/workers/workshop-hub.ts) with hundreds of open event
// streams, in a workerd of its own (nothing else has run in it, so no garbage of earlier phases is freed while the
// streams open). What an open stream holds in memory, against a stream without the app, and the CPU one event costs
// per device it reaches.
import { join } from 'node:path';
import type { ApiClient } from '../../test/contract/client.ts';
import { rssMb } from '../proc.ts';
import { createDriver } from './driver.ts';
import { de, int } from './stats.ts';
import { cpuMs, startBenchWorker, workerdPid } from './workerd.ts';

/** Devices per step; the hub's streams open in two steps, to see that the memory grows with them. */
const STEP = 300;
const ANNOUNCEMENTS = 20;

/** workerd's resident memory once it has stopped growing (by 1 MB or less in a second), in MB. */
async function steadyRss(pid: number): Promise<number> {
  let rss = rssMb(pid);
  for (let grown = Infinity; grown > 1;) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    grown = rssMb(pid) - rss;
    rss += grown;
  }
  return rss;
}

const announcements = (messages: { event?: string }[]) => messages.filter((m) => m.event === 'workshop-changed').length;

/** The crowd's figures as the lines of the bench's report. */
export async function crowdReport(
  dir: string,
  script: string,
  bindings: Record<string, string>,
  password: string,
): Promise<string[]> {
  const mf = startBenchWorker(join(dir, 'crowd'), script, bindings);
  try {
    const url = (await mf.ready).href.replace(/\/$/, '');
    const { trainer, workshopOf, teamsOf } = await createDriver(url, { password, cases: 0 });
    const pid = workerdPid();
    const crowd = await workshopOf('Bench: viele Geräte');
    const devices = await teamsOf(crowd.code, 2 * STEP, 'Gerät');
    const follow = (device: ApiClient & { feed: string }) =>
      device.stream(device.feed, {
        until: (m) => announcements(m) >= ANNOUNCEMENTS,
        within: 120_000,
      });

    const rss = [await steadyRss(pid)];
    const streams = devices.slice(0, STEP).map(follow);
    rss.push(await steadyRss(pid));
    streams.push(...devices.slice(STEP).map(follow));
    rss.push(await steadyRss(pid));
    // As many streams that the bench Worker answers itself without the app: what miniflare's entry and a bare
    // Worker response hold each.
    const idle = new AbortController();
    await Promise.all(
      devices.slice(0, STEP).map(async () => {
        const response = await fetch(`${url}/__bench/idle-stream`, { signal: idle.signal });
        await response.body!.getReader().read();
      }),
    );
    rss.push(await steadyRss(pid));
    idle.abort();

    const cpuBefore = cpuMs(pid);
    const started = performance.now();
    for (let i = 0; i < ANNOUNCEMENTS; i++) {
      const said = await trainer.request('PUT', `/api/workshops/${crowd.id}/announcement`, { text: `Hinweis ${i}` });
      if (said.status !== 200) throw new Error(`Nachricht: ${said.status} ${said.text}`);
    }
    const heard = await Promise.all(streams);
    const seconds = (performance.now() - started) / 1000;
    const deliveries = heard.reduce((total, messages) => total + announcements(messages), 0);
    const cpuUs = ((cpuMs(pid) - cpuBefore) * 1000) / deliveries;

    const kb = (from: number, to: number) => de(((rss[to]! - rss[from]!) * 1024) / STEP);
    return [
      `  Das Objekt eines Workshops mit ${2 * STEP} offenen Ereignisströmen (je ein Gerät; eigenes workerd, der Bench ` +
        `liest die Ströme in Node):`,
      `    workerd-Speicher je Strom über das Objekt: ${kb(0, 1)} KB (erste ${STEP}), ${kb(1, 2)} KB (weitere ` +
        `${STEP}); Worker, Objekt und miniflare zusammen. Ein Strom ohne App (miniflare und eine bloße Antwort ` +
        `des Workers): ${kb(2, 3)} KB`,
      `    ${ANNOUNCEMENTS} Nachrichten des Trainers an alle: ${int(deliveries)} von ` +
        `${int(ANNOUNCEMENTS * 2 * STEP)} Ereignissen angekommen in ${de(seconds)} s, ${de(cpuUs, 0)} µs CPU des ` +
        `workerd-Prozesses je zugestelltem Ereignis (obere Schranke)`,
    ];
  } finally {
    await mf.dispose();
  }
}
