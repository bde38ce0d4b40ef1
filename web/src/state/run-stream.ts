import { api } from '../api/client.ts';
import type { RunEvent } from '../api/types.ts';
import { connection } from './connection.ts';

const EVENT_TYPES: readonly RunEvent['type'][] = [
  'run-started',
  'case-started',
  'delta',
  'case-finished',
  'run-finished',
];
const REOPEN_AFTER_MS = 3000;

export interface RunStreamHandlers {
  onEvent(event: RunEvent): void;
  /** False while the connection is down and being re-established. */
  onConnection(connected: boolean): void;
}

/**
 * Follows a run's SSE stream. EventSource reconnects by itself and sends Last-Event-ID; an event whose sequence id
 * was seen already is skipped. When the browser gives up (the server answered with an error), it reopens with
 * `?after=<last id>`. The stream closes itself after `run-finished`, so EventSource does not reconnect then.
 */
export class RunStream {
  private source?: EventSource;
  private lastId = 0;
  private reopenTimer?: ReturnType<typeof setTimeout>;
  private closed = false;

  constructor(
    private readonly runId: string,
    private readonly handlers: RunStreamHandlers,
  ) {
    this.open();
  }

  private open(): void {
    const source = new EventSource(api.eventsUrl(this.runId, this.lastId));
    this.source = source;
    for (const type of EVENT_TYPES) source.addEventListener(type, (message) => this.receive(message));
    source.onopen = () => {
      connection.reportReachable();
      this.handlers.onConnection(true);
    };
    source.onerror = () => {
      if (this.closed) return;
      this.handlers.onConnection(false);
      void connection.check();
      if (source.readyState === EventSource.CLOSED) this.reopenTimer = setTimeout(() => this.open(), REOPEN_AFTER_MS);
    };
  }

  private receive(message: MessageEvent<string>): void {
    if (this.closed) return;
    const id = Number(message.lastEventId);
    if (Number.isInteger(id) && id > 0) {
      if (id <= this.lastId) return;
      this.lastId = id;
    }
    const event = JSON.parse(message.data) as RunEvent;
    if (event.type === 'run-finished') this.close();
    this.handlers.onEvent(event);
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.reopenTimer);
    this.source?.close();
  }
}
