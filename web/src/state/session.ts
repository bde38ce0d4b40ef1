import { request, send } from '../api/client.ts';
import type { SessionInfo } from '../api/types.ts';

export type TeamSession = Extract<SessionInfo, { role: 'team' }>;

/**
 * Who is using this browser (GET /api/session), shared by every view: the app picks pages by it, the session bar
 * shows it. Views that change it (login, join, logout) call `reload()`; the 'change' event tells the others.
 */
class Session extends EventTarget {
  info?: SessionInfo;

  /** The team's session in a workshop; undefined for everyone else. */
  get team(): TeamSession | undefined {
    return this.info?.role === 'team' ? this.info : undefined;
  }

  async reload(): Promise<SessionInfo> {
    const info = await request<SessionInfo>('/api/session');
    this.info = info;
    this.dispatchEvent(new Event('change'));
    return info;
  }

  /** Ends the session on the server (logout, leaving a workshop). */
  async end(): Promise<void> {
    await send('DELETE', '/api/session');
    await this.reload();
  }

  /** The server ended the session (team or person removed): forget it without asking the server. */
  ended(): void {
    this.info = { role: 'none' };
    this.dispatchEvent(new Event('change'));
  }
}

export const session = new Session();
