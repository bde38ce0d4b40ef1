import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { errorMessage } from '../api/errors.ts';
import type { RoundState, WorkshopLiveEvent } from '../api/types.ts';
import { ReloadOnReconnect } from '../state/reconnect.ts';
import { parseRoute, type Route } from '../state/router.ts';
import { session } from '../state/session.ts';
import { LiveEvents, workshopFeed } from '../state/workshop-feed.ts';
import { baseStyles } from '../styles/shared.ts';
import { loadPage, pageFor, pageKey, pageTitle, type Page } from './app-pages.ts';
import './pa-catalogue.ts';
import './pa-join.ts';
import './pa-offline-banner.ts';
import './pa-round-banner.ts';
import './pa-session-bar.ts';
import './pa-voting-notice.ts';
import './pa-workspace.ts';

/**
 * Inside the static page shell (index.html, whose header holds the session bar): the offline banner, the round's
 * message and countdown for teams, and the page for the current hash route and session. Follows the workshop's
 * live events while the session is a team's.
 */
export class PaApp extends LitElement {
  static override properties = {
    page: { state: true },
    ended: { state: true },
    sessionError: { state: true },
    round: { state: true },
  };

  declare page: Page;
  /** The server ended the team's session (removed by the trainer): the join page says so. */
  declare ended: boolean;
  declare sessionError: string;
  /** The team's round (message, countdown); undefined for everyone else. */
  declare round: RoundState | undefined;

  private route: Route = parseRoute(location.hash);
  /** Bumped on every page change, so that a slow chunk never shows a page the visitor has already left. */
  private generation = 0;

  constructor() {
    super();
    this.page = { name: 'loading' };
    this.ended = false;
    this.sessionError = '';
    // The server was down when the app started: ask again once it is back.
    new ReloadOnReconnect(this, () => {
      if (!session.info) void this.loadSession();
    });
    new LiveEvents(this, (event) => this.onLive(event));
  }

  static override styles = [
    baseStyles,
    // The banners are about the screen now; paper shows only the page.
    css`
      @media print {
        pa-offline-banner,
        pa-round-banner,
        pa-voting-notice {
          display: none;
        }
      }
    `,
  ];

  private readonly onHashChange = () => {
    this.route = parseRoute(location.hash);
    void this.show();
  };

  private readonly onSession = () => {
    const info = session.info;
    if (info?.role === 'team') workshopFeed.start(info);
    else workshopFeed.stop();
    this.round = session.team?.workshop.round;
    if (info?.role !== 'none') this.ended = false;
    void this.show();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    session.addEventListener('change', this.onSession);
    void this.loadSession();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    session.removeEventListener('change', this.onSession);
    workshopFeed.stop();
  }

  private async loadSession(): Promise<void> {
    try {
      await session.reload();
      this.sessionError = '';
    } catch (error) {
      this.sessionError = errorMessage(error);
    }
  }

  private onLive(event: WorkshopLiveEvent): void {
    switch (event.type) {
      case 'session-ended':
        this.ended = true;
        session.ended();
        break;
      // Budget spent, names and settings changed: the session bar shows them. Errors: the offline banner tells.
      case 'run-finished':
      case 'team-renamed':
      case 'workshop-changed':
        void session.reload().catch(() => undefined);
        break;
    }
  }

  /** Shows the page for the route and the session; a new page gets the focus on its heading. */
  private async show(): Promise<void> {
    let page = pageFor(this.route, session.info);
    const generation = ++this.generation;
    const initial = this.page.name === 'loading';
    if (pageKey(page) === pageKey(this.page)) {
      this.page = page;
      return;
    }
    if (!(await loadPage(page))) page = { name: 'unavailable' };
    if (generation !== this.generation) return;
    this.page = page;
    document.title = pageTitle(page);
    if (initial) return;
    // Keyboard and screen reader users start on the new page's heading.
    await this.focusHeading();
    window.scrollTo(0, 0);
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.lastElementChild as (Element & Partial<LitElement>) | null;
    await element?.updateComplete;
    (element?.shadowRoot ?? element)?.querySelector<HTMLElement>('h1')?.focus();
  }

  override render() {
    // A hidden message takes its button along: the focus goes to the page's heading rather than to nowhere.
    return html`<pa-offline-banner></pa-offline-banner> ${
        this.round
          ? html`<pa-round-banner
              .round=${this.round}
              @banner-dismissed=${() => void this.focusHeading()}
            ></pa-round-banner>`
          : nothing
      }
      ${this.round ? html`<pa-voting-notice .round=${this.round} .page=${this.page.name}></pa-voting-notice>` : nothing}
      ${keyed(pageKey(this.page), this.renderPage())}`;
  }

  private renderPage(): TemplateResult {
    const page = this.page;
    switch (page.name) {
      case 'loading':
        return this.sessionError
          ? html`<p class="notice error" role="alert">${this.sessionError}</p>`
          : html`<p>Die Anwendung wird geladen …</p>`;
      case 'catalogue':
        return html`<pa-catalogue></pa-catalogue>`;
      case 'exercise':
        return html`<pa-workspace .exerciseId=${page.id} .runId=${page.runId}></pa-workspace>`;
      case 'compare':
        return html`<pa-compare .exerciseId=${page.id} .a=${page.a} .b=${page.b}></pa-compare>`;
      case 'join':
        return html`<pa-join .code=${page.code} .ended=${this.ended}></pa-join>`;
      case 'login':
        return html`<pa-login></pa-login>`;
      case 'invite':
        return html`<pa-invite .token=${page.token}></pa-invite>`;
      case 'workshops':
        return html`<pa-workshops></pa-workshops>`;
      case 'workshop-new':
        return html`<pa-workshop-form></pa-workshop-form>`;
      case 'workshop-edit':
        return html`<pa-workshop-form .workshopId=${page.id}></pa-workshop-form>`;
      case 'workshop':
        return html`<pa-workshop-detail .workshopId=${page.id}></pa-workshop-detail>`;
      case 'providers':
        return html`<pa-provider-settings></pa-provider-settings>`;
      case 'dashboard':
        return html`<pa-dashboard .workshopId=${page.id}></pa-dashboard>`;
      case 'projector':
        return html`<pa-projector .workshopId=${page.id}></pa-projector>`;
      case 'evaluation':
        return html`<pa-evaluation .workshopId=${page.id}></pa-evaluation>`;
      case 'workshop-gallery':
        return html`<pa-gallery-trainer .workshopId=${page.id} .exercise=${page.exercise}></pa-gallery-trainer>`;
      case 'gallery':
        return html`<pa-gallery-page></pa-gallery-page>`;
      case 'voting':
        return html`<pa-voting-page></pa-voting-page>`;
      case 'records':
        return html`<pa-records .workshopId=${page.id}></pa-records>`;
      case 'library':
        return html`<pa-library .workshopId=${page.id}></pa-library>`;
      case 'leaderboard':
        return html`<pa-leaderboard-page></pa-leaderboard-page>`;
      case 'authoring':
        return html`<pa-authoring-list></pa-authoring-list>`;
      case 'exercise-new':
        return html`<pa-exercise-editor></pa-exercise-editor>`;
      case 'exercise-edit':
        return html`<pa-exercise-editor .exerciseId=${page.id}></pa-exercise-editor>`;
      case 'exercise-copy':
        return html`<pa-exercise-copy .sourceId=${page.id}></pa-exercise-copy>`;
      case 'trainer-only':
        return html`<div>
          <h1 tabindex="-1">Nur für Trainerinnen und Trainer</h1>
          <p>Diese Seite sehen nur angemeldete Trainerinnen und Trainer.</p>
          <p><a href="#/anmelden">Zur Anmeldung für Trainerinnen und Trainer</a></p>
        </div>`;
      case 'unavailable':
        return html`<div>
          <h1 tabindex="-1">Seite nicht verfügbar</h1>
          <p class="notice error" role="alert">
            Diese Seite konnte nicht geladen werden. Bitte prüfen Sie die Verbindung und laden Sie die Seite neu.
          </p>
        </div>`;
      case 'not-found':
        return html`<div>
          <h1 tabindex="-1">Seite nicht gefunden</h1>
          <p>Diese Adresse gibt es hier nicht. <a href="#/">Zur Übersicht der Übungen</a></p>
        </div>`;
    }
  }
}

customElements.define('pa-app', PaApp);

declare global {
  interface HTMLElementTagNameMap {
    'pa-app': PaApp;
  }
}
