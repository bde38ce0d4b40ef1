import type { Agent } from 'node:http';
import type { Session } from './session.ts';
import { followSse } from './sse.ts';

/** The reads the target is about: the catalogue, and the leaderboard as attendees and the projector read it. */
export const TARGET_READS = ['catalogue', 'leaderboard', 'projector'];

/** Latencies of API reads by kind (catalogue, leaderboard, projector, dashboard), and reads that failed. */
export class Reads {
  readonly ms = new Map<string, number[]>();
  /** When each read was sent (performance.now()) and how long it took: where the slow ones cluster. */
  readonly timeline: { at: number; ms: number }[] = [];
  failed = 0;

  /** Takes in the prober's reads; `start` is when it started, on this process's clock. */
  add(
    { ms, timeline, failed }: { ms: [string, number[]][]; timeline: { at: number; ms: number }[]; failed: number },
    start: number,
  ): void {
    for (const [kind, list] of ms) (this.ms.get(kind) ?? this.ms.set(kind, []).get(kind)!).push(...list);
    this.timeline.push(...timeline.map(({ at, ms }) => ({ at: at + start, ms })));
    this.failed += failed;
  }

  /** A read that fails (an error status, or no answer at all) counts as failed, not as a latency. */
  async time(kind: string, session: Session, path: string): Promise<void> {
    const at = performance.now();
    try {
      const { status, ms } = await session.send('GET', path);
      if (status !== 200) this.failed++;
      else (this.ms.get(kind) ?? this.ms.set(kind, []).get(kind)!).push(ms);
      this.timeline.push({ at, ms });
    } catch {
      this.failed++;
    }
  }
}

const TEAM_ACTIVITY = ['run-started', 'run-finished', 'team-joined', 'workshop-changed', 'entry-changed'];
const BOARD_CHANGES = ['leaderboard-changed', 'workshop-changed', 'team-joined'];
/** The trainer's live views reload this long after the first of a burst of live events (web UI's LiveReload). */
const RELOAD_EVERY_MS = 1000;

/**
 * A trainer's live view (dashboard) or the projector (leaderboard): follows the workshop's events and reloads what it
 * shows shortly after the ones that change it, as the web UI's LiveReload does, the workshop itself only after
 * `workshop-changed` (its WorkshopPart). The projector's reads count as leaderboard reads, under a name of their own.
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
  let workshopChanged = false;
  const reload = async () => {
    await new Promise((resolve) => setTimeout(resolve, RELOAD_EVERY_MS));
    const withWorkshop = workshopChanged;
    pending = workshopChanged = false;
    await Promise.all([
      ...(withWorkshop ? [reads.time('workshop', session, `/api/workshops/${workshop}`)] : []),
      reads.time(view === 'leaderboard' ? 'projector' : view, session, `/api/workshops/${workshop}/${view}`),
    ]);
  };
  return followSse(
    `${session.url}/api/events?workshop=${workshop}`,
    session.headers,
    agent,
    ({ data }) => {
      const { type } = JSON.parse(data) as { type: string };
      if (!types.includes(type)) return;
      workshopChanged ||= type === 'workshop-changed';
      if (pending) return;
      pending = true;
      void reload();
    },
    signal,
  );
}
