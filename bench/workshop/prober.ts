// Child process of the workshop benchmark, the other laptops in the room: the trainer's dashboard and the projector's
// leaderboard (live, reloading after events as the web UI does), and a prober that reads the catalogue and the
// leaderboard four times a second as a random attendee. Its own process, so that a latency it measures is the
// server's, not time its request spent waiting behind the load generator's hundreds of event streams.
import { Agent } from 'node:http';
import { seeded } from '../stats.ts';
import { observe, Reads } from './observers.ts';
import { Session } from './session.ts';

export interface ProbeStart {
  url: string;
  trainerCookie: string;
  cookies: string[];
  workshopId: string;
}

/** What the prober sends back on `stop`: latencies by kind, when each read was sent (ms after `start`), failures. */
export interface ProbeResult {
  ms: [string, number[]][];
  timeline: { at: number; ms: number }[];
  failed: number;
}

const reads = new Reads();
let started = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const live = new AbortController();
let views: Promise<unknown>[] = [];
process.on('message', async (message: { start?: ProbeStart; stop?: true }) => {
  if (message.start) {
    const { url, trainerCookie, cookies, workshopId } = message.start;
    const trainer = new Session(url, trainerCookie);
    const agent = new Agent({ keepAlive: true });
    views = (['dashboard', 'leaderboard'] as const).map((view) =>
      observe(trainer, agent, workshopId, view, reads, live.signal),
    );
    const sessions = cookies.map((cookie) => new Session(url, cookie));
    const random = seeded(12);
    started = performance.now();
    timer = setInterval(() => {
      const session = sessions[Math.floor(random() * sessions.length)]!;
      void reads.time('catalogue', session, '/api/exercises');
      void reads.time('leaderboard', session, `/api/workshops/${workshopId}/leaderboard`);
    }, 250);
  }
  if (message.stop) {
    clearInterval(timer);
    live.abort();
    await Promise.allSettled(views);
    const timeline = reads.timeline.map(({ at, ms }) => ({ at: at - started, ms }));
    process.send!({ result: { ms: [...reads.ms], timeline, failed: reads.failed } satisfies ProbeResult });
  }
});
process.send!({ url: '' });
