import type { Agent } from 'node:http';
import type { Session } from './session.ts';
import { followSse } from './sse.ts';

/** Latencies of API reads by kind (catalogue, leaderboard, dashboard), and reads that failed. */
export class Reads {
  readonly ms = new Map<string, number[]>();
  failed = 0;

  /** A read that fails (an error status, or no answer at all) counts as failed, not as a latency. */
  async time(kind: string, session: Session, path: string): Promise<void> {
    try {
      const { status, ms } = await session.send('GET', path);
      if (status !== 200) this.failed++;
      else (this.ms.get(kind) ?? this.ms.set(kind, []).get(kind)!).push(ms);
    } catch {
      this.failed++;
    }
  }
}

const TEAM_ACTIVITY = ['run-started', 'run-finished', 'team-joined', 'workshop-changed', 'entry-changed'];
const BOARD_CHANGES = ['leaderboard-changed', 'workshop-changed', 'team-joined'];
/** The web UI reloads once per quiet moment after live events; a steady stream of them reloads this often. */
const RELOAD_EVERY_MS = 500;

/**
 * A trainer's live view (dashboard) or the projector (leaderboard): follows the workshop's events and reloads what it
 * shows after the ones that change it, at most every 500 ms, as the web UI's LiveReload does.
 */
export function observe(
  session: Session,
  agent: Agent,
  workshop: string,
  view: 'dashboard' | 'leaderboard',
  reads: Reads,
  signal: AbortSignal,
): Promise<unknown> {
  const types = view === 'dashboard' ? TEAM_ACTIVITY : BOARD_CHANGES;
  let pending = false;
  let last = 0;
  const reload = async () => {
    const wait = Math.max(0, last + RELOAD_EVERY_MS - performance.now());
    await new Promise((resolve) => setTimeout(resolve, wait));
    last = performance.now();
    pending = false;
    await Promise.all([
      reads.time('workshop', session, `/api/workshops/${workshop}`),
      reads.time(view, session, `/api/workshops/${workshop}/${view}`),
    ]);
  };
  return followSse(
    `${session.url}/api/events?workshop=${workshop}`,
    session.headers,
    agent,
    ({ data }) => {
      const { type } = JSON.parse(data) as { type: string };
      if (!types.includes(type) || pending) return;
      pending = true;
      void reload();
    },
    signal,
  );
}
