import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { connection } from './connection.ts';

/** Calls `reload` whenever the server answers again after it was unreachable. */
export class ReloadOnReconnect implements ReactiveController {
  private readonly onChange = () => {
    if (connection.reachable) this.reload();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly reload: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connection.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    connection.removeEventListener('change', this.onChange);
  }
}
