import type { Agent } from 'node:http';
import type { Session } from './session.ts';
import { followSse } from './sse.ts';

/** What one press on "Ausführen" brought an attendee, as its page sees it (times in ms of the bench's clock). */
export interface Press {
  team: number;
  pressedAt: number;
  postMs: number;
  postStatus: number;
  runId?: string;
  firstResultAt?: number;
  finishedAt?: number;
  runStatus?: string;
  /** Each case's output from its `case-finished` event; a second event for the same case counts in `duplicates`. */
  outputs: Map<string, string>;
  /** The text the deltas of each case added up to. */
  streamed: Map<string, string>;
  duplicates: number;
  events: number;
}

interface RunEventData {
  type: string;
  caseId?: string;
  text?: string;
  status?: string;
  result?: { caseId: string; output: string };
}

/**
 * POST /api/runs, then the run's event stream to `run-finished`, as the workspace page follows it; `onStarted` hears
 * of the run once the POST answered.
 */
export async function press(
  session: Session,
  agent: Agent,
  team: number,
  body: unknown,
  now: () => number,
  onStarted: (run: string) => void = () => {},
): Promise<Press> {
  const pressedAt = now();
  const posted = await session
    .send('POST', '/api/runs', body)
    .catch(() => ({ status: 0, ms: now() - pressedAt, json: undefined }));
  const result: Press = {
    team,
    pressedAt,
    postMs: posted.ms,
    postStatus: posted.status,
    outputs: new Map(),
    streamed: new Map(),
    duplicates: 0,
    events: 0,
  };
  if (posted.status !== 201) return result;
  result.runId = posted.json.id as string;
  onStarted(result.runId);
  // Like the browser's EventSource: a dropped stream is resumed with Last-Event-ID.
  let lastId = 0;
  for (let attempt = 0; attempt < 5 && !result.runStatus; attempt++) {
    const headers = { ...session.headers, ...(lastId ? { 'last-event-id': String(lastId) } : {}) };
    await followSse(`${session.url}/api/runs/${result.runId}/events`, headers, agent, (message) => {
      lastId = message.id ?? lastId;
      return take(result, message.data, now);
    });
  }
  return result;
}

/** Takes one run event into the press; true once the run has finished. */
function take(result: Press, data: string, now: () => number): boolean {
  result.events++;
  const event = JSON.parse(data) as RunEventData;
  if (event.type === 'delta') {
    result.streamed.set(event.caseId!, (result.streamed.get(event.caseId!) ?? '') + event.text);
  } else if (event.type === 'case-finished') {
    result.firstResultAt ??= now();
    if (result.outputs.has(event.result!.caseId)) result.duplicates++;
    result.outputs.set(event.result!.caseId, event.result!.output);
  } else if (event.type === 'run-finished') {
    result.finishedAt = now();
    result.runStatus = event.status;
    return true;
  }
  return false;
}
