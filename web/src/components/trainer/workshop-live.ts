import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trainerApi } from '../../api/trainer.ts';
import type { WorkshopLiveEvent } from '../../api/types.ts';
import { connection } from '../../state/connection.ts';

const EVENT_TYPES: readonly WorkshopLiveEvent['type'][] = [
  'team-joined',
  'run-started',
  'run-finished',
  'team-renamed',
  'team-removed',
  'participant-removed',
  'workshop-changed',
  'session-ended',
];
const REOPEN_AFTER_MS = 3000;

/**
 * What happens in one workshop, for its trainer's page (`GET /api/events?workshop=<id>`), while the page is
 * shown. EventSource reconnects by itself (with Last-Event-ID); when the browser gives up because the server
 * refused, it reopens after a pause. After `session-ended` (logged out) it stops.
 */
export class WorkshopLive implements ReactiveController {
  private source?: EventSource;
  private reopenTimer?: ReturnType<typeof setTimeout>;
  private lastId = 0;

  constructor(
    host: ReactiveControllerHost,
    private readonly workshopId: () => string,
    private readonly onEvent: (event: WorkshopLiveEvent) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.open();
  }

  hostDisconnected(): void {
    this.stop();
  }

  private open(): void {
    const after = this.lastId > 0 ? `&after=${this.lastId}` : '';
    const source = new EventSource(`${trainerApi.eventsUrl(this.workshopId())}${after}`);
    this.source = source;
    for (const type of EVENT_TYPES) source.addEventListener(type, (message) => this.receive(message));
    source.onopen = () => connection.reportReachable();
    source.onerror = () => {
      if (this.source !== source) return;
      void connection.check();
      if (source.readyState === EventSource.CLOSED) this.reopenTimer = setTimeout(() => this.open(), REOPEN_AFTER_MS);
    };
  }

  private stop(): void {
    clearTimeout(this.reopenTimer);
    this.source?.close();
    this.source = undefined;
  }

  private receive(message: MessageEvent<string>): void {
    const event = JSON.parse(message.data) as WorkshopLiveEvent;
    if (event.type === 'session-ended') {
      this.stop();
    } else {
      // After a reconnect the browser may hand over an event again: an id seen already is skipped.
      const id = Number(message.lastEventId);
      if (Number.isInteger(id) && id > 0) {
        if (id <= this.lastId) return;
        this.lastId = id;
      }
    }
    this.onEvent(event);
  }
}
