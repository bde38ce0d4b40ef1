import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Work that only matters to someone looking, such as reloading a live view: done at once while the page is visible,
 * otherwise once when it is shown again. A leaderboard in a background tab then asks the server nothing, however many
 * changes it misses, and is up to date the moment it is looked at.
 */
export class WhileVisible implements ReactiveController {
  private pending = false;

  private readonly onChange = () => {
    if (document.visibilityState !== 'visible' || !this.pending) return;
    this.pending = false;
    this.work();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly work: () => void,
  ) {
    host.addController(this);
  }

  /** Does the work now if the page is visible, else when it is shown (once, however often asked meanwhile). */
  request(): void {
    if (document.visibilityState === 'visible') this.work();
    else this.pending = true;
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onChange);
    this.pending = false;
  }
}
