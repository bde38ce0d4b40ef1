import type { Reads } from './observers.ts';
import type { Session } from './session.ts';

/**
 * An attendee's exercise page (web/src/components/pa-workspace.ts) and the reads it sends while its team works: the
 * team's attempts after each of the team's runs starts or ends (its own too), the entry after one ends; the end of
 * its own run it follows itself (RunController) and reads both again once the stored run shows.
 */
export class ExercisePage {
  /** The run the page shows: the attendee's newest. */
  private following: string | undefined;

  constructor(
    private readonly session: Session,
    private readonly reads: Reads,
    private readonly exercise: string,
  ) {}

  /** The run was started here: the page follows it (its attempts come with the live event). */
  started(run: string): void {
    this.following = run;
  }

  /** A live event of the workshop (onLive). */
  live(event: { type: string; run?: string; exercise?: string }): void {
    if ((event.type !== 'run-started' && event.type !== 'run-finished') || event.exercise !== this.exercise) return;
    if (event.type === 'run-finished' && event.run === this.following) return; // see ended()
    void this.attempts();
    if (event.type === 'run-finished') void this.entry();
  }

  /** A run started here has ended: if the page still shows it, the stored run, then attempts and entry (reconcile). */
  async ended(run: string): Promise<void> {
    if (run !== this.following) return;
    await this.reads.time('run', this.session, `/api/runs/${run}`);
    await Promise.all([this.attempts(), this.entry()]);
  }

  private attempts(): Promise<void> {
    return this.reads.time('history', this.session, `/api/exercises/${this.exercise}/runs`);
  }

  private entry(): Promise<void> {
    return this.reads.time('entry', this.session, `/api/exercises/${this.exercise}/entry`);
  }
}
