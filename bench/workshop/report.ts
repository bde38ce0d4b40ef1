import { availableParallelism } from 'node:os';
import { ascending, quantile } from '../stats.ts';
import { TARGET_READS, type Reads } from './observers.ts';
import type { Press } from './press.ts';
import { CASES, LATENCY_MS, PROVIDER_CONCURRENCY, TEAM_SIZE, WORDS } from './shape.ts';
import type { Check } from './verify.ts';

interface Targets {
  readP99: number;
  rssMb: number;
  /** Only at the normal rate. */
  postP99?: number;
  firstP99?: number;
  drain?: number;
}
const TARGETS: Record<'normal' | 'stress', Targets> = {
  normal: { readP99: 50, postP99: 100, firstP99: 10_000, drain: 1.15, rssMb: 250 },
  stress: { readP99: 250, rssMb: 400 },
};

const fmt = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);
const spread = (values: number[]) => {
  const sorted = ascending(values);
  return `p50 ${fmt(quantile(sorted, 0.5))}, p99 ${fmt(quantile(sorted, 0.99))} (${sorted.length} Messungen)`;
};

export interface Outcome {
  attendees: number;
  rate: number;
  stress: boolean;
  presses: Press[];
  reads: Reads;
  /** performance.now() when the first attendee could press. */
  start: number;
  drainMs: number;
  cpu: number;
  /** CPU seconds of the load generator and the fake provider, and the load generator's p99 event-loop delay (ms). */
  others: {
    loadCpu: number;
    loadDelayP99: number;
    fakeCpu: number;
    /** The server's event-loop delay during the load (ms). */
    serverDelay: { p50: number; p99: number; max: number };
  };
  peakMb: number;
  /** Peaks of process.memoryUsage() in MB, sampled every second. */
  heap: Record<keyof NodeJS.MemoryUsage, number>;
  check: Check;
}

/** Where the times over `limit` cluster, in 20 s steps from the start (`at` in ms after it). */
function slowBySteps(times: { at: number; ms: number }[], limit: number): string {
  const slow = new Map<number, number>();
  for (const { at, ms } of times) {
    const step = Math.floor(at / 20_000) * 20;
    if (ms > limit) slow.set(step, (slow.get(step) ?? 0) + 1);
  }
  const steps = [...slow].sort(([a], [b]) => a - b);
  return steps.map(([step, n]) => `${step} s: ${n}`).join(', ') || 'keine';
}

/** Prints the figures in German and says whether every target of the variant was met. */
export function report(outcome: Outcome): boolean {
  const { attendees, rate, stress, presses, reads, start, drainMs, cpu, others, peakMb, heap, check } = outcome;
  const target = stress ? TARGETS.stress : TARGETS.normal;
  const slowReads = slowBySteps(
    reads.timeline.map(({ at, ms }) => ({ at: at - start, ms })),
    target.readP99,
  );
  const slowPosts = slowBySteps(
    presses.map((p) => ({ at: p.pressedAt, ms: p.postMs })),
    target.postP99 ?? Infinity,
  );
  const callMs = LATENCY_MS + (WORDS / rate) * 1000;
  const calls = check.stored;
  const idealMs = (calls / PROVIDER_CONCURRENCY) * callMs;
  const readMs = ascending(TARGET_READS.flatMap((kind) => reads.ms.get(kind) ?? []));
  const readP99 = quantile(readMs, 0.99);
  const postP99 = quantile(ascending(presses.map((p) => p.postMs)), 0.99);
  const first = presses.filter((p) => p.firstResultAt !== undefined).map((p) => p.firstResultAt! - p.pressedAt);
  const firstP99 = quantile(ascending(first), 0.99);
  const byTeam = new Map<number, number[]>();
  for (const p of presses)
    if (p.firstResultAt)
      (byTeam.get(p.team) ?? byTeam.set(p.team, []).get(p.team)!).push(p.firstResultAt - p.pressedAt);
  const worstTeam = Math.max(...[...byTeam.values()].map((list) => quantile(ascending(list), 0.5)));
  const done = presses.filter((p) => p.finishedAt !== undefined);
  // Runs open at once (pressed, not yet finished): each holds its state and its event stream in the server.
  const steps = done.flatMap((p) => [[p.pressedAt, 1] as const, [p.finishedAt!, -1] as const]);
  let open = 0;
  let maxOpen = 0;
  for (const [, step] of steps.sort((a, b) => a[0] - b[0] || a[1] - b[1])) maxOpen = Math.max(maxOpen, (open += step));
  const lost =
    check.refused +
    check.unfinished +
    check.lostResults +
    check.duplicates +
    check.lostDeltas +
    check.lostTeamEvents +
    reads.failed;
  const lines = [
    `Workshop${stress ? ' (--stress)' : ''}: ${attendees} Teilnehmende in ${Math.ceil(attendees / TEAM_SIZE)} Teams, ` +
      `${presses.length} Läufe mit je ${CASES} Fällen, Antworten ${WORDS} Wörter mit ${rate} Stück/s nach ${LATENCY_MS} ms, ` +
      `Anbieter-Nebenläufigkeit ${PROVIDER_CONCURRENCY}`,
    `  (Server, Lastgenerator und Anbieter-Attrappe teilen sich ${availableParallelism()} Kerne; CPU-Zeit des ` +
      `Lastgenerators ${others.loadCpu.toFixed(0)} s, seine Verzögerung p99 ${fmt(others.loadDelayP99)} steckt in ` +
      `den Zeiten der Läufe; der Attrappe ${others.fakeCpu.toFixed(0)} s)`,
    ...[...reads.ms].map(([kind, list]) => `  Lesen ${kind}: ${spread(list)}`),
    `  Lesen (Katalog und Rangliste, auch am Beamer) p99: ${fmt(readP99)} (Ziel <= ${target.readP99} ms); langsamer als das ` +
      `(alle Lesezugriffe) je 20 s ab Beginn: ${slowReads}`,
    `  POST /api/runs: ${spread(presses.map((p) => p.postMs))}` +
      (target.postP99 ? ` (Ziel p99 <= ${target.postP99} ms); langsamer als das je 20 s ab Beginn: ${slowPosts}` : ''),
    `  Erstes Fallergebnis nach "Ausführen": ${spread(first)}; langsamstes Team im Median ${fmt(worstTeam)}` +
      (target.firstP99 ? ` (Ziel p99 <= ${target.firstP99 / 1000} s)` : ''),
    `  Ganzer Lauf nach "Ausführen": ${spread(done.map((p) => p.finishedAt! - p.pressedAt))}; zugleich offen max. ${maxOpen} Läufe`,
    `  Abarbeitung: ${fmt(drainMs)} für ${calls} Aufrufe, ideal ${fmt(idealMs)} (Aufrufe / ${PROVIDER_CONCURRENCY} x ${fmt(callMs)}) = ` +
      `${(drainMs / idealMs).toFixed(2)}x` +
      (target.drain ? ` (Ziel <= ${target.drain}x)` : ''),
    `  Server-CPU: ${cpu.toFixed(1)} s, ${((cpu * 1000) / Math.max(1, calls)).toFixed(2)} ms je Fallergebnis; ` +
      `Verzögerung seiner Ereignisschleife p50 ${fmt(others.serverDelay.p50)}, p99 ${fmt(others.serverDelay.p99)}, ` +
      `max. ${fmt(others.serverDelay.max)}`,
    `  Speicher des Servers: max. ${peakMb.toFixed(0)} MB RSS (Ziel <= ${target.rssMb} MB); ` +
      `V8-Heap max. ${heap.heapUsed.toFixed(0)} MB belegt von ${heap.heapTotal.toFixed(0)} MB, außerhalb ${heap.external.toFixed(0)} MB`,
    `  Verloren: ${lost} (abgelehnt ${check.refused}, unvollständig ${check.unfinished}, Ergebnisse ${check.lostResults}, ` +
      `doppelt ${check.duplicates}, Textstücke ${check.lostDeltas}, Team-Ereignisse ${check.lostTeamEvents}, Lesefehler ${reads.failed})`,
  ];
  console.log(lines.join('\n'));
  return [
    readP99 <= target.readP99,
    peakMb <= target.rssMb,
    lost === 0,
    postP99 <= (target.postP99 ?? Infinity),
    firstP99 <= (target.firstP99 ?? Infinity),
    drainMs / idealMs <= (target.drain ?? Infinity),
  ].every(Boolean);
}
