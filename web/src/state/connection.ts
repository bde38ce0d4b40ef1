/**
 * Whether the server answers. The API client reports every outcome here; the app shows a banner while it is down
 * and views reload their data once it is back ('change' event, `reachable` true again).
 */
class Connection extends EventTarget {
  reachable = true;

  private set(reachable: boolean): void {
    if (this.reachable === reachable) return;
    this.reachable = reachable;
    this.dispatchEvent(new Event('change'));
  }

  reportReachable(): void {
    this.set(true);
  }

  reportUnreachable(): void {
    this.set(false);
  }

  /** Asks the server directly; true when it answered. */
  async check(): Promise<boolean> {
    try {
      const response = await fetch('/api/health', { cache: 'no-store' });
      this.set(response.ok);
    } catch {
      this.set(false);
    }
    return this.reachable;
  }
}

export const connection = new Connection();
