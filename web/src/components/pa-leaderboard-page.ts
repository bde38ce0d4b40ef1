import { css, html, LitElement, nothing } from 'lit';
import { api } from '../api/client.ts';
import { ApiRequestError, errorMessage } from '../api/errors.ts';
import type { Leaderboard } from '../api/types.ts';
import { POINTS_SCOPE } from '../lib/labels.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { session } from '../state/session.ts';
import { WhileVisible } from '../state/while-visible.ts';
import { LiveEvents, workshopFeed } from '../state/workshop-feed.ts';
import { backLinkStyles } from '../styles/blocks.ts';
import { baseStyles } from '../styles/shared.ts';
import './pa-leaderboard-table.ts';

/** Attempts finishing one after the other bring many events: the board is loaded once they pause this long. */
const SETTLE_MS = 300;

/** Which cases the overall points count: all exercises alike, or each by its own state. */
function overallNote(board: Leaderboard): string {
  const scopes = new Set(board.exercises.map((x) => x.scope));
  if (scopes.size === 1) return POINTS_SCOPE[[...scopes][0]!];
  return 'Die Summe der Übungen: Bis zum Aufdecken zählen je Übung nur die öffentlichen Fälle, danach alle.';
}

/**
 * The workshop's leaderboard for its teams (`#/rangliste`): overall and per exercise, the own team marked. It loads
 * anew whenever a standing or the round changes, and says so calmly while the trainer does not show it.
 */
export class PaLeaderboardPage extends LitElement {
  static override properties = {
    board: { state: true },
    closed: { state: true },
    error: { state: true },
  };

  declare board: Leaderboard | undefined;
  /** The trainer does not show the leaderboard now (or the visitor is no team). */
  declare closed: boolean;
  declare error: string;

  private timer?: ReturnType<typeof setTimeout>;
  /** Bumped on every load, so that a slow answer never replaces a newer one. */
  private generation = 0;
  /** In a background tab the board waits until it is shown. */
  private readonly visible = new WhileVisible(this, () => void this.load());

  constructor() {
    super();
    this.closed = false;
    this.error = '';
    new ReloadOnReconnect(this, () => this.schedule());
    new LiveEvents(this, (event) => {
      if (event.type === 'leaderboard-changed' || event.type === 'workshop-changed') this.schedule();
    });
  }

  static override styles = [
    baseStyles,
    backLinkStyles,
    css`
      section {
        margin-top: 2rem;
      }
    `,
  ];

  // The trainer showing or hiding the board reaches the page as a new session (the app reloads it).
  private readonly onSession = () => this.schedule();

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.onSession);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Loads shortly; changes that follow within SETTLE_MS ride along (a busy workshop never pauses for long). */
  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.visible.request();
    }, SETTLE_MS);
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const team = session.team;
    if (!team?.workshop.leaderboard_visible) {
      this.closed = true;
      return;
    }
    try {
      const board = await api.leaderboard(team.workshop.id, workshopFeed.seen);
      if (generation !== this.generation) return;
      this.board = board;
      this.closed = false;
      this.error = '';
    } catch (error) {
      if (generation !== this.generation) return;
      // 403: the trainer hid the board since the session was loaded.
      if (error instanceof ApiRequestError && error.status === 403) this.closed = true;
      else this.error = errorMessage(error);
    }
  }

  override render() {
    return html`
      <a class="back" href="#/">← Alle Übungen</a>
      <h1 tabindex="-1">Rangliste</h1>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <div role="status">
        ${
          this.closed
            ? html`<p class="notice">
                Die Rangliste ist gerade nicht freigegeben. Sobald Ihre Trainerin oder Ihr Trainer sie zeigt, erscheint
                sie hier von selbst.
              </p>`
            : nothing
        }
      </div>
      ${
        this.closed
          ? nothing
          : this.board
            ? this.renderBoard(this.board)
            : this.error
              ? nothing
              : html`<p>Die Rangliste wird geladen …</p>`
      }
    `;
  }

  private renderBoard(board: Leaderboard) {
    const ownTeam = session.team?.team.id;
    // Exercises the teams do not see yet stay out of their view.
    const exercises = board.exercises.filter((x) => x.state !== 'waiting');
    return html`
      <p>
        Für jede Übung zählt die Abgabe jedes Teams: der Versuch, den das Team gewählt hat, sonst sein bester. Die
        Rangliste aktualisiert sich von selbst.
      </p>
      <section aria-labelledby="overall">
        <h2 id="overall">Gesamtwertung</h2>
        <pa-leaderboard-table
          caption="Alle Übungen zusammen"
          .note=${overallNote(board)}
          .rows=${board.overall}
          .ownTeam=${ownTeam}
        ></pa-leaderboard-table>
      </section>
      <section aria-labelledby="exercises">
        <h2 id="exercises">Je Übung</h2>
        ${exercises.map(
          (x) =>
            html`<pa-leaderboard-table
              .caption=${x.title}
              .note=${`${x.state === 'locked' ? 'Gesperrt: Die Abgaben stehen fest. ' : ''}${POINTS_SCOPE[x.scope]}`}
              .rows=${x.entries}
              .ownTeam=${ownTeam}
            ></pa-leaderboard-table>`,
        )}
      </section>
    `;
  }
}

customElements.define('pa-leaderboard-page', PaLeaderboardPage);

declare global {
  interface HTMLElementTagNameMap {
    'pa-leaderboard-page': PaLeaderboardPage;
  }
}
