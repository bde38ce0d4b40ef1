import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { api } from '../api/client.ts';
import type { WorkshopLiveEvent } from '../api/types.ts';
import { connection } from './connection.ts';
import { session } from './session.ts';

const EVENT_TYPES: readonly WorkshopLiveEvent['type'][] = [
  'run-started',
  'run-finished',
  'team-joined',
  'team-renamed',
  'team-removed',
  'participant-removed',
  'workshop-changed',
  'session-ended',
];
const REOPEN_AFTER_MS = 3000;

/**
 * What happens in the attendee's workshop (`GET /api/events`), for every view of this page: a teammate's new
 * attempt, released exercises, the end of the session. The app runs it while the session is a team's. EventSource
 * reconnects by itself and sends Last-Event-ID; an event whose id was seen already is skipped. When the browser
 * gives up (the server answered with an error), it asks who we are and reopens with `?after=<last id>`.
 * Dispatches 'live' (CustomEvent with the WorkshopLiveEvent); after `session-ended` it stops.
 */
class WorkshopFeed extends EventTarget {
  private source?: EventSource;
  private lastId = 0;
  private reopenTimer?: ReturnType<typeof setTimeout>;
  /** Whose feed this is: a stream opened for another session (joined anew) carries the old cookie's events. */
  private participant?: string;

  /** Follows the workshop of this participant's session (nothing to do if it already does). */
  start(participantId: string): void {
    if (this.source && this.participant === participantId) return;
    this.stop();
    this.participant = participantId;
    this.lastId = 0;
    this.open();
  }

  stop(): void {
    clearTimeout(this.reopenTimer);
    this.source?.close();
    this.source = undefined;
  }

  private open(): void {
    const source = new EventSource(api.workshopEventsUrl(this.lastId));
    this.source = source;
    for (const type of EVENT_TYPES) source.addEventListener(type, (message) => this.receive(message));
    source.onopen = () => connection.reportReachable();
    source.onerror = () => {
      if (this.source !== source) return;
      void connection.check();
      if (source.readyState !== EventSource.CLOSED) return;
      // Refused: perhaps the session ended without word (expired); the app stops the feed if so.
      void session.reload().catch(() => undefined);
      this.reopenTimer = setTimeout(() => {
        if (this.source === source) this.open();
      }, REOPEN_AFTER_MS);
    };
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
    this.dispatchEvent(new CustomEvent<WorkshopLiveEvent>('live', { detail: event }));
  }
}

export const workshopFeed = new WorkshopFeed();

/** Hands a view the workshop's live events while it is in the page. */
export class LiveEvents implements ReactiveController {
  private readonly listener = (event: Event) => this.handle((event as CustomEvent<WorkshopLiveEvent>).detail);

  constructor(
    host: ReactiveControllerHost,
    private readonly handle: (event: WorkshopLiveEvent) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    workshopFeed.addEventListener('live', this.listener);
  }

  hostDisconnected(): void {
    workshopFeed.removeEventListener('live', this.listener);
  }
}
