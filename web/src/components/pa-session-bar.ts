import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../api/errors.ts';
import type { Budget, SessionInfo } from '../api/types.ts';
import { formatEur, formatInteger } from '../format.ts';
import { navigate, parseRoute, routeHref, type Route } from '../state/router.ts';
import { session, type TeamSession } from '../state/session.ts';
import { workshopFeed } from '../state/workshop-feed.ts';
import { baseStyles } from '../styles/shared.ts';

type TrainerSession = Extract<SessionInfo, { role: 'trainer' }>;

const TRAINER_LINKS: readonly [Route, string][] = [
  [{ name: 'workshops' }, 'Workshops'],
  [{ name: 'providers' }, 'Modelle und Anbieter'],
  [{ name: 'catalogue' }, 'Übungen'],
  [{ name: 'authoring' }, 'Übungen schreiben'],
];

/** What is left of each limit the team has; nothing without limits. */
function budgetLines({ limit, spent }: Budget): string[] {
  const lines: string[] = [];
  if (limit.eur !== null) {
    lines.push(`Budget: noch ${formatEur(Math.max(0, limit.eur - spent.eur))} von ${formatEur(limit.eur)}`);
  }
  if (limit.tokens !== null) {
    const left = Math.max(0, limit.tokens - spent.tokens);
    lines.push(`Tokens: noch ${formatInteger(left)} von ${formatInteger(limit.tokens)}`);
  }
  return lines;
}

/**
 * Who is using the app, in the page header: a team's workshop, name and budget, the leaderboard, gallery and vote
 * while the trainer shows them, and "Workshop verlassen"; a trainer's name, pages and "Abmelden"; in the open
 * sandbox only the way to the trainers' login.
 */
export class PaSessionBar extends LitElement {
  static override properties = {
    info: { state: true },
    current: { state: true },
    error: { state: true },
  };

  declare info: SessionInfo | undefined;
  /** The page in the address, so the trainer's links can mark it. */
  declare current: string;
  declare error: string;

  constructor() {
    super();
    this.info = session.info;
    this.current = routeHref(parseRoute(location.hash));
    this.error = '';
  }

  static override styles = [
    baseStyles,
    css`
      .bar {
        max-width: 72rem;
        margin: 0 auto;
        padding: 0 1rem 0.85rem;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 1.5rem;
        color: #fff;
      }
      ul {
        /* Takes the room beside the button and wraps inside it, so the button stays at the end of the row. */
        flex: 1 1 18rem;
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.25rem;
      }
      .label {
        color: #e3ecf5;
      }
      a,
      a:hover {
        color: #fff;
      }
      a[aria-current='page'] {
        font-weight: 700;
        text-decoration-thickness: 3px;
      }
      .end {
        margin-left: auto;
      }
      .notice {
        margin: 0;
        color: var(--pa-text);
      }
    `,
  ];

  private readonly onSession = () => {
    this.info = session.info;
    this.error = '';
  };

  private readonly onHashChange = () => (this.current = routeHref(parseRoute(location.hash)));

  override connectedCallback(): void {
    super.connectedCallback();
    session.addEventListener('change', this.onSession);
    window.addEventListener('hashchange', this.onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    session.removeEventListener('change', this.onSession);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  override render() {
    switch (this.info?.role) {
      case 'team':
        return this.renderTeam(this.info);
      case 'trainer':
        return this.renderTrainer(this.info);
      case 'open':
        return html`<div class="bar"><a class="end" href="#/anmelden">Anmeldung für Trainerinnen und Trainer</a></div>`;
      default:
        return nothing;
    }
  }

  private renderTeam(info: TeamSession) {
    const { workshop, team, participant } = info;
    return html`<section class="bar" aria-label="Ihr Workshop">
      <ul>
        <li><span class="label">Workshop:</span> ${workshop.title}</li>
        <li><span class="label">Team:</span> ${team.name}</li>
        ${participant.name ? html`<li><span class="label">Sie:</span> ${participant.name}</li>` : nothing}
        ${budgetLines(team.budget).map((line) => html`<li>${line}</li>`)}
        ${workshop.leaderboard_visible ? html`<li>${this.link({ name: 'leaderboard' }, 'Rangliste')}</li>` : nothing}
        ${workshop.round.gallery ? html`<li>${this.link({ name: 'gallery' }, 'Galerie')}</li>` : nothing}
        ${workshop.round.voting ? html`<li>${this.link({ name: 'voting' }, 'Abstimmen')}</li>` : nothing}
      </ul>
      <button class="end" @click=${() => void this.leave(info)}>Workshop verlassen</button>
      ${this.renderError()}
    </section>`;
  }

  private renderTrainer({ trainer }: TrainerSession) {
    return html`<nav class="bar" aria-label="Trainerbereich">
      <span>Angemeldet als ${trainer.name}</span>
      <ul>
        ${TRAINER_LINKS.map(([route, text]) => html`<li>${this.link(route, text)}</li>`)}
      </ul>
      <button class="end" @click=${() => void this.logout()}>Abmelden</button>
      ${this.renderError()}
    </nav>`;
  }

  /** A link to one of the app's pages, marked while that page is shown. */
  private link(route: Route, text: string) {
    const href = routeHref(route);
    return html`<a href=${href} aria-current=${href === this.current ? 'page' : nothing}>${text}</a>`;
  }

  private renderError() {
    return this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing;
  }

  private async leave(info: TeamSession): Promise<void> {
    const sure = confirm(
      'Möchten Sie den Workshop wirklich verlassen? Ihre Entwürfe bleiben in diesem Browser; mit dem Code können ' +
        'Sie wieder beitreten.',
    );
    if (!sure) return;
    // The live feed would read the end of the session as a removal by the trainer.
    workshopFeed.stop();
    try {
      await session.end();
    } catch (error) {
      this.error = errorMessage(error);
      workshopFeed.start(info);
    }
  }

  private async logout(): Promise<void> {
    // To the login page first: the trainers' page left behind would flash "only for trainers".
    navigate({ name: 'login' });
    try {
      await session.end();
    } catch (error) {
      this.error = errorMessage(error);
    }
  }
}

customElements.define('pa-session-bar', PaSessionBar);

declare global {
  interface HTMLElementTagNameMap {
    'pa-session-bar': PaSessionBar;
  }
}
