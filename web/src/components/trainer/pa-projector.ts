import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { GalleryState, Leaderboard, Workshop, WorkshopDetail } from '../../api/types.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { spacedCode, spelledCode } from './labels.ts';
import { LiveReload } from './live-reload.ts';
import { rankingStyles, rankingTable } from './projector-ranking.ts';
import { RankMoves } from './rank-moves.ts';
import { WorkshopPart, type WorkshopRead } from './workshop-part.ts';
import '../pa-countdown.ts';
import '../pa-gallery.ts';

type BoardExercise = Leaderboard['exercises'][number];

/** Move marks expire with time alone: the page looks again this often. */
const MARKS_MS = 10_000;

/**
 * The exercise the room cares about now: the one open exercise, or else the one revealed last (the moment the
 * hidden cases show who really did best). None while several are open: one ranking each would be too much.
 */
function currentExercise(board: Leaderboard, workshop: Workshop): BoardExercise | undefined {
  const open = board.exercises.filter((x) => x.state === 'open');
  if (open.length > 0) return open.length === 1 ? open[0] : undefined;
  const revealed = workshop.round.revealed.at(-1);
  return board.exercises.find((x) => x.exercise === revealed);
}

/**
 * The projector: large type, black on white, only team names, points and places; the countdown and the message;
 * while joining is open the code, the QR code and the address; while the trainer shows it, the gallery instead.
 * Updates itself from the live events. "Vollbild" shows this element alone on the whole screen (Esc leaves).
 */
export class PaProjector extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    workshop: { state: true },
    board: { state: true },
    error: { state: true },
    fullscreen: { state: true },
  };

  declare workshopId: string;
  declare workshop: Workshop | undefined;
  declare board: Leaderboard | undefined;
  declare error: string;
  declare fullscreen: boolean;

  private readonly live: LiveReload<[WorkshopRead<WorkshopDetail>, Leaderboard]>;
  private readonly workshopPart = new WorkshopPart(() => trainerApi.workshop(this.workshopId));
  private readonly overallMoves = new RankMoves();
  /** Per exercise: a new current exercise starts without marks. */
  private readonly exerciseMoves = new Map<string, RankMoves>();
  private marksTimer?: ReturnType<typeof setInterval>;

  constructor() {
    super();
    this.error = '';
    this.fullscreen = false;
    new ReloadOnReconnect(this, () => void this.live.reload());
    this.live = new LiveReload(this, {
      workshopId: () => this.workshopId,
      types: ['leaderboard-changed', 'workshop-changed', 'team-joined', 'team-renamed', 'team-removed'],
      onEvent: (event) => this.workshopPart.note(event),
      fetch: (full) => Promise.all([this.workshopPart.read(full), trainerApi.leaderboard(this.workshopId)]),
      show: ([workshop, board]) => {
        this.overallMoves.update(board.overall);
        for (const x of board.exercises) this.movesOf(x.exercise).update(x.entries);
        this.workshop = this.workshopPart.show(workshop);
        this.board = board;
        this.error = '';
      },
      fail: (error) => (this.error = errorMessage(error)),
    });
  }

  static override styles = [
    baseStyles,
    rankingStyles,
    css`
      :host {
        /* Black on white (far above 7:1), whatever the page around it uses. */
        --pa-text: #000;
        --pa-muted: #000;
        color: #000;
        background: #fff;
        font-size: clamp(1.1rem, 1.7vw, 2.2rem);
        line-height: 1.35;
        padding: 0.5em 0;
      }
      /* Alone on the screen: it fills it, and scrolls rather than cutting anything off. */
      :host(:fullscreen) {
        width: 100vw;
        height: 100vh;
        overflow: auto;
        padding: 1.5vw 3vw;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
        font-size: 1rem;
        margin-bottom: 1rem;
      }
      h1 {
        font-size: 1.7em;
        overflow-wrap: anywhere;
        margin: 0 0 0.3em;
      }
      h2 {
        font-size: 1.2em;
        margin: 0 0 0.4em;
        overflow-wrap: anywhere;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: 0.5em 2em;
      }
      .message {
        border: 0.2em solid currentColor;
        border-radius: var(--pa-radius);
        padding: 0.4em 0.7em;
        font-size: 1.3em;
        font-weight: 700;
        overflow-wrap: anywhere;
        margin: 0.5em 0 1em;
      }
      .boards {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22em), 1fr));
        gap: 1em 2.5em;
        align-items: start;
      }
      .code {
        display: block;
        font-family: var(--pa-mono);
        font-size: 2.6em;
        font-weight: 700;
        letter-spacing: 0.2em;
        line-height: 1.1;
        white-space: nowrap;
      }
      .join img {
        display: block;
        width: 11em;
        max-width: 100%;
        height: auto;
        margin: 0.5em 0;
      }
      .address {
        overflow-wrap: anywhere;
        font-weight: 600;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.live.reload();
    document.addEventListener('fullscreenchange', this.onFullscreenChange);
    this.marksTimer = setInterval(() => this.requestUpdate(), MARKS_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreenChange);
    clearInterval(this.marksTimer);
  }

  private movesOf(exercise: string): RankMoves {
    let moves = this.exerciseMoves.get(exercise);
    if (!moves) this.exerciseMoves.set(exercise, (moves = new RankMoves()));
    return moves;
  }

  /** Whether this element fills the screen (`document.fullscreenElement` names only the outermost shadow host). */
  private get isFullscreen(): boolean {
    return (this.getRootNode() as Document | ShadowRoot).fullscreenElement === this;
  }

  private readonly onFullscreenChange = () => (this.fullscreen = this.isFullscreen);

  private readonly toggleFullscreen = async () => {
    try {
      if (this.isFullscreen) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch (error) {
      this.error = `Vollbild ist hier nicht möglich: ${errorMessage(error)}`;
    }
  };

  override render() {
    const w = this.workshop;
    return html`
      <div class="tools">
        ${
          this.fullscreen
            ? nothing
            : html`<a href=${routeHref({ name: 'dashboard', id: this.workshopId })}>Zur Live-Übersicht</a>
                <a href=${routeHref({ name: 'workshop', id: this.workshopId })}>Zur Workshop-Seite</a>`
        }
        <button type="button" aria-pressed=${this.fullscreen ? 'true' : 'false'} @click=${this.toggleFullscreen}>
          Vollbild<span class="sr-only"> (Esc beendet es)</span>
        </button>
      </div>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <div class="head">
        <h1 tabindex="-1">${w?.title ?? 'Beamer-Ansicht'}</h1>
        ${
          w?.round.countdown
            ? html`<pa-countdown
                large
                .countdown=${w.round.countdown}
                .serverNow=${w.round.now}
                @countdown-ended=${() => this.live.soon()}
              ></pa-countdown>`
            : nothing
        }
      </div>
      ${w?.round.gallery ? this.renderGallery(w, w.round.gallery) : w && this.board ? this.renderBoard(w, this.board) : nothing}
    `;
  }

  private renderBoard(w: Workshop, board: Leaderboard) {
    const { announcement } = w.round;
    const current = currentExercise(board, w);
    return html`
      ${announcement ? html`<p class="message">${announcement.text}</p>` : nothing}
      <div class="boards">
        <section>
          <h2 id="overall-heading">Gesamtwertung</h2>
          ${rankingTable('overall-heading', board.overall, this.overallMoves)}
        </section>
        ${
          current
            ? html`<section>
                <h2 id="exercise-heading">${current.title}</h2>
                ${rankingTable('exercise-heading', current.entries, this.movesOf(current.exercise))}
              </section>`
            : nothing
        }
        ${w.join_open ? this.renderJoin(w) : nothing}
      </div>
    `;
  }

  /** After a reveal the trainer may show the entries instead of the rankings; the picker moves everyone's case. */
  private renderGallery(w: Workshop, gallery: GalleryState) {
    const { announcement } = w.round;
    return html`${announcement ? html`<p class="message">${announcement.text}</p>` : nothing}
      <pa-gallery
        projector
        steer
        .workshopId=${w.id}
        .exercise=${gallery.exercise}
        .shownCase=${gallery.case}
      ></pa-gallery>`;
  }

  private renderJoin(w: Workshop) {
    return html`<section class="join">
      <h2>Jetzt beitreten</h2>
      <p>
        Code:
        <span class="code" aria-hidden="true">${spacedCode(w.code)}</span>
        <span class="sr-only">${spelledCode(w.code)}</span>
      </p>
      <img src=${trainerApi.qrUrl(w.id)} alt="QR-Code mit dem Beitrittslink ${w.join_url}" />
      <p>Oder öffnen Sie: <span class="address">${w.join_url}</span></p>
    </section>`;
  }
}

customElements.define('pa-projector', PaProjector);

declare global {
  interface HTMLElementTagNameMap {
    'pa-projector': PaProjector;
  }
}
