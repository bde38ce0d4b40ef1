import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WorkshopLiveEvent } from '../api/types.ts';
import { connection } from './connection.ts';

const EVENT_TYPES: readonly WorkshopLiveEvent['type'][] = [
  'run-started',
  'run-finished',
  'team-joined',
  'team-renamed',
  'team-removed',
  'participant-removed',
  'workshop-changed',
  'entry-changed',
  'leaderboard-changed',
  'votes-changed',
  'session-ended',
];
const REOPEN_AFTER_MS = 3000;

/**
 * One workshop's live events (`GET /api/events`: a team's own workshop, or with `?workshop=<id>` a trainer's).
 * EventSource reconnects by itself and sends Last-Event-ID; an event whose id was seen already is skipped. When
 * the browser gives up (the server answered with an error), `onRefused` runs and the stream reopens after a pause
 * with `after=<last id>`. After `session-ended` (logged out, removed) it stops.
 */
export class WorkshopEventStream {
  private source?: EventSource;
  private reopenTimer?: ReturnType<typeof setTimeout>;
  private lastId = 0;

  constructor(
    private readonly url: (after: number) => string,
    private readonly onEvent: (event: WorkshopLiveEvent) => void,
    private readonly onRefused: () => void = () => undefined,
  ) {}

  get running(): boolean {
    return this.source !== undefined;
  }

  /** The id of the newest event received (0: none yet). */
  get seen(): number {
    return this.lastId;
  }

  /** Opens (again), after the last event seen. */
  start(): void {
    this.stop();
    const source = new EventSource(this.url(this.lastId));
    this.source = source;
    for (const type of EVENT_TYPES) source.addEventListener(type, (message) => this.receive(message));
    source.onopen = () => connection.reportReachable();
    source.onerror = () => {
      if (this.source !== source) return;
      void connection.check();
      if (source.readyState !== EventSource.CLOSED) return;
      this.onRefused();
      this.reopenTimer = setTimeout(() => {
        if (this.source === source) this.start();
      }, REOPEN_AFTER_MS);
    };
  }

  stop(): void {
    clearTimeout(this.reopenTimer);
    this.source?.close();
    this.source = undefined;
  }

  private receive(message: MessageEvent<string>): void {
    const event = JSON.parse(message.data) as WorkshopLiveEvent;
    // `session-ended` repeats the id of the event before it, so it is never skipped as seen.
    if (event.type === 'session-ended') {
      this.stop();
    } else {
      const id = Number(message.lastEventId);
      if (Number.isInteger(id) && id > 0) {
        if (id <= this.lastId) return;
        this.lastId = id;
      }
    }
    this.onEvent(event);
  }
}

/** A view's own stream of a workshop's live events, open while the view is in the page. */
export class WorkshopEvents implements ReactiveController {
  private readonly stream: WorkshopEventStream;

  constructor(
    host: ReactiveControllerHost,
    url: (after: number) => string,
    onEvent: (event: WorkshopLiveEvent) => void,
  ) {
    this.stream = new WorkshopEventStream(url, onEvent);
    host.addController(this);
  }

  hostConnected(): void {
    this.stream.start();
  }

  hostDisconnected(): void {
    this.stream.stop();
  }
}
