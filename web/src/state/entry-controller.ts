import type { ReactiveControllerHost } from 'lit';
import { api } from '../api/client.ts';
import { errorMessage } from '../api/errors.ts';
import type { MyEntry } from '../api/types.ts';
import { session } from './session.ts';

/**
 * A team's entry for one exercise: the attempt that counts on the leaderboard, chosen by the team or else its best.
 * Only in a team's session; elsewhere `entry` stays undefined (the workspace then shows nothing of entries).
 */
export class EntryController {
  /** Undefined: no entries here, or not loaded yet; null: no finished attempt yet. */
  entry: MyEntry | undefined;
  /** The last choice that failed, as a German sentence. */
  error = '';
  busy = false;
  /** Bumped on every request, so that an answer older than a choice never replaces it. */
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly exercise: () => string,
  ) {}

  /** Asks again; answers true when a teammate changed the entry (not this page's own choice still under way). */
  async load(): Promise<boolean> {
    if (!session.team) return false;
    const generation = ++this.generation;
    const before = this.entry;
    const entry = await api.entry(this.exercise()).catch(() => before);
    if (generation !== this.generation) return false;
    this.entry = entry;
    this.host.requestUpdate();
    return !this.busy && before !== undefined && (before?.run !== entry?.run || before?.chosen !== entry?.chosen);
  }

  /** Makes an attempt the team's entry; answers whether that worked. */
  choose(run: string): Promise<boolean> {
    return this.change(() => api.chooseEntry(this.exercise(), run));
  }

  /** Back to "the best attempt counts". */
  clear(): Promise<boolean> {
    return this.change(() => api.clearEntry(this.exercise()));
  }

  private async change(call: () => Promise<MyEntry>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.error = '';
    this.host.requestUpdate();
    try {
      const entry = await call();
      this.generation++;
      this.entry = entry;
      return true;
    } catch (error) {
      this.error = errorMessage(error);
      return false;
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
