import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { trainerApi } from '../../api/trainer.ts';
import type { WorkshopLiveEvent } from '../../api/types.ts';
import { WhileVisible } from '../../state/while-visible.ts';
import { WorkshopEvents } from '../../state/workshop-events.ts';

type EventType = WorkshopLiveEvent['type'];

/**
 * How soon after the first of a burst of events a trainer's view reloads: at most once a second while a busy
 * workshop sends events without pause (each reload reads the whole workshop), well within the two seconds a live
 * view promises.
 */
const RELOAD_AFTER_MS = 1000;

/** What changes a workshop's teams, their runs and spend, or its settings and round. */
export const TEAM_ACTIVITY: readonly EventType[] = [
  'run-started',
  'run-finished',
  'team-joined',
  'team-renamed',
  'team-removed',
  'participant-removed',
  'workshop-changed',
];

export interface LiveReloadOptions<T> {
  workshopId: () => string;
  /** The events after which the view's data may have changed. */
  types: readonly EventType[];
  /**
   * Asks the server for what the view shows. `full` unless live events alone ask for it: then a view may leave out
   * what none of them changes (see WorkshopPart).
   */
  fetch: (full: boolean) => Promise<T>;
  show: (data: T) => void;
  fail: (error: unknown) => void;
  /** Sees every wanted event before the reload (e.g. to say afterwards what it brought). */
  onEvent?: (event: WorkshopLiveEvent) => void;
  delayMs?: number;
}

/**
 * A trainer's view of a workshop that reloads shortly after its live events. They come in bursts (a run starts and
 * ends for several teams at once) and, in a busy workshop, without pause: one reload for everything that came within
 * RELOAD_AFTER_MS of the first.
 * Only the newest answer shows: a slow one never overwrites what a later request brought.
 */
export class LiveReload<T> implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  /** Whether the coming reload was asked for by more than live events. */
  private fullPending = false;
  private readonly types: ReadonlySet<EventType>;
  /** Bumped per request: only the newest shows its answer. */
  private generation = 0;
  private newest: Promise<void> = Promise.resolve();
  /** A view in a background tab reloads once it is shown, with everything it missed. */
  private readonly visible: WhileVisible;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: LiveReloadOptions<T>,
  ) {
    this.types = new Set(options.types);
    host.addController(this);
    this.visible = new WhileVisible(host, () => {
      const full = this.fullPending;
      this.fullPending = false;
      void this.reload(full);
    });
    new WorkshopEvents(
      host,
      (after) => trainerApi.eventsUrl(options.workshopId(), after),
      (event) => {
        if (!this.types.has(event.type)) return;
        options.onEvent?.(event);
        this.schedule(false);
      },
    );
  }

  /** Reloads now; settles once the newest answer (or error) shows, which holds whatever changed before the call. */
  async reload(full = true): Promise<void> {
    let request = this.request(++this.generation, full);
    this.newest = request;
    await request;
    while (this.newest !== request) {
      request = this.newest;
      await request;
    }
  }

  private async request(generation: number, full: boolean): Promise<void> {
    try {
      const data = await this.options.fetch(full);
      if (generation === this.generation) this.options.show(data);
    } catch (error) {
      if (generation === this.generation) this.options.fail(error);
    }
  }

  /**
   * Reloads shortly (also for changes no event tells, like a countdown that ran out). Events that follow within the
   * delay ride along: in a busy workshop they never pause, so waiting for a quiet moment would never reload.
   */
  soon(): void {
    this.schedule(true);
  }

  private schedule(full: boolean): void {
    this.fullPending ||= full;
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.visible.request();
    }, this.options.delayMs ?? RELOAD_AFTER_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.fullPending = false;
  }
}
