import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { api } from '../api/client.ts';
import type { WorkshopLiveEvent } from '../api/types.ts';
import { session, type TeamSession } from './session.ts';
import { WorkshopEventStream } from './workshop-events.ts';

/**
 * What happens in the attendee's workshop, for every view of this page: a teammate's new attempt, released
 * exercises, the end of the session. The app runs it while the session is a team's. When the server refuses the
 * stream, perhaps the session ended without word (expired): the session is asked again, and the app stops the
 * feed if so. Dispatches 'live' (CustomEvent with the WorkshopLiveEvent).
 */
class WorkshopFeed extends EventTarget {
  private stream?: WorkshopEventStream;
  /** Whose feed this is: a stream opened for another session (joined anew) carries the old cookie's events. */
  private participant?: string;

  /** Follows the workshop of this participant's session (nothing to do if it already does). */
  start({ participant, workshop, team }: Pick<TeamSession, 'participant' | 'workshop' | 'team'>): void {
    if (this.stream?.running && this.participant === participant.id) return;
    this.stop();
    this.participant = participant.id;
    this.stream = new WorkshopEventStream(
      (after) => api.workshopEventsUrl(workshop.id, after, team.id),
      (event) => this.dispatchEvent(new CustomEvent<WorkshopLiveEvent>('live', { detail: event })),
      () => void session.reload().catch(() => undefined),
    );
    this.stream.start();
  }

  stop(): void {
    this.stream?.stop();
  }

  /** The id of the newest event this device has heard of, if any: what a view loaded now must at least show. */
  get seen(): number | undefined {
    return this.stream?.seen || undefined;
  }

  /**
   * The round's countdown ran out on this device. The server sends no event for that (it works the locks out on
   * every request), so the views hear of it as of any change of the round and load what they show again.
   */
  timeUp(): void {
    this.dispatchEvent(new CustomEvent<WorkshopLiveEvent>('live', { detail: { type: 'workshop-changed' } }));
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
