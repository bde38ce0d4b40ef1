import { css, html, LitElement, nothing } from 'lit';
import { errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { Dashboard, ProviderInfo, WorkshopDetail } from '../../api/types.ts';
import { formatInteger } from '../../format.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { routeHref } from '../../state/router.ts';
import { baseStyles } from '../../styles/shared.ts';
import { LiveReload, TEAM_ACTIVITY } from './live-reload.ts';
import type { PaTeamRuns } from './pa-team-runs.ts';
import type { ShowRuns } from './pa-team-matrix.ts';
import { WorkshopPart, type WorkshopRead } from './workshop-part.ts';
import '../pa-countdown.ts';
import './pa-announce-form.ts';
import './pa-exercise-controls.ts';
import './pa-round-form.ts';
import './pa-team-matrix.ts';
import './pa-team-runs.ts';

/** Relative times ("vor 3 Min.") and "no run for 10 minutes" change without any event: reload this often. */
const REFRESH_MS = 30_000;

/** What was new since the last answer, said once to screen readers (not the numbers: they change all the time). */
function news(before: Dashboard | undefined, after: Dashboard): string[] {
  if (!before) return [];
  const known = new Set(before.teams.map((t) => t.id));
  const stuck = new Set(before.teams.filter((t) => t.stuck).map((t) => t.id));
  return [
    ...after.teams.filter((t) => !known.has(t.id)).map((t) => `Neues Team: ${t.name}.`),
    ...after.teams.filter((t) => t.stuck && !stuck.has(t.id)).map((t) => `${t.name} braucht vielleicht Hilfe.`),
  ];
}

/**
 * The trainer's live overview of a workshop: teams × exercises with who may need help, the round's controls
 * (release, lock, reveal, a round against the clock) and the message to everyone. Reloads on live events within
 * two seconds and every half minute.
 */
export class PaDashboard extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    workshop: { state: true },
    dashboard: { state: true },
    providers: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  declare workshopId: string;
  declare workshop: WorkshopDetail | undefined;
  declare dashboard: Dashboard | undefined;
  declare providers: ProviderInfo[];
  declare error: string;
  declare announcement: string;

  private readonly live: LiveReload<[WorkshopRead<WorkshopDetail>, Dashboard]>;
  private readonly workshopPart = new WorkshopPart(() => trainerApi.workshop(this.workshopId));
  private refreshTimer?: ReturnType<typeof setInterval>;
  /** What to tell screen readers once the next answer shows. */
  private pending: string[] = [];

  constructor() {
    super();
    this.providers = [];
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => void this.live.reload());
    this.live = new LiveReload(this, {
      workshopId: () => this.workshopId,
      // A chosen entry changes which attempt counts.
      types: [...TEAM_ACTIVITY, 'entry-changed'],
      onEvent: (event) => this.workshopPart.note(event),
      fetch: (full) => Promise.all([this.workshopPart.read(full), trainerApi.dashboard(this.workshopId)]),
      show: ([workshop, dashboard]) => {
        this.pending.push(...news(this.dashboard, dashboard));
        this.workshop = this.workshopPart.show(workshop);
        this.dashboard = dashboard;
        this.error = '';
        this.say();
      },
      fail: (error) => {
        this.error = errorMessage(error);
        this.say();
      },
    });
  }

  static override styles = [
    baseStyles,
    css`
      h1 {
        overflow-wrap: anywhere;
      }
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1.5rem;
      }
      section {
        margin-top: 1.5rem;
      }
      .clock {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.75rem 1.5rem;
        margin: 0 0 1.25rem;
        font-size: 1.25rem;
      }
      h3 {
        margin-top: 1.5rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.live.reload();
    void trainerApi.providers().then(
      (providers) => (this.providers = providers),
      // Only the model names in a team's attempts need them; the ids stand in.
      () => undefined,
    );
    this.refreshTimer = setInterval(() => void this.live.reload(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
  }

  private say(): void {
    if (this.pending.length) this.announcement = this.pending.splice(0).join(' ');
  }

  /** Says `message` once the change shows. */
  private changed(message: string): Promise<void> {
    this.pending.push(message);
    return this.live.reload();
  }

  private readonly onRoundChanged = (event: CustomEvent<string>) => void this.changed(event.detail);

  private readonly onShowRuns = (event: CustomEvent<ShowRuns>) => {
    const { team, exercise } = event.detail;
    void this.renderRoot.querySelector<PaTeamRuns>('pa-team-runs')?.open(team, exercise);
  };

  private readonly stopCountdown = async () => {
    try {
      await trainerApi.stopCountdown(this.workshopId);
      // The button goes with the countdown: the focus stays in the section.
      this.renderRoot.querySelector<HTMLElement>('#round-heading')?.focus();
      await this.changed('Der Countdown ist beendet.');
    } catch (error) {
      this.error = errorMessage(error);
    }
  };

  override render() {
    const w = this.workshop;
    return html`
      <p class="links">
        <a href=${routeHref({ name: 'workshop', id: this.workshopId })}>Zur Workshop-Seite</a>
        <a href=${routeHref({ name: 'projector', id: this.workshopId })}>Beamer-Ansicht öffnen</a>
        <a href=${routeHref({ name: 'evaluation', id: this.workshopId })}>Auswertung öffnen</a>
      </p>
      <h1 tabindex="-1">Live-Übersicht${w ? `: ${w.title}` : ''}</h1>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${w && this.dashboard ? this.renderLive(w, this.dashboard) : this.error ? nothing : html`<p>Wird geladen …</p>`}
      <p class="sr-only" role="status">${this.announcement}</p>
    `;
  }

  private renderLive(w: WorkshopDetail, dashboard: Dashboard) {
    const { countdown } = w.round;
    return html`
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading">Teams (${formatInteger(dashboard.teams.length)})</h2>
        ${
          dashboard.teams.length
            ? html`<pa-team-matrix
                .dashboard=${dashboard}
                .workshop=${w}
                @show-runs=${this.onShowRuns}
              ></pa-team-matrix>`
            : html`<p>Noch ist kein Team beigetreten. Neue Teams erscheinen hier von selbst.</p>`
        }
      </section>
      <section class="panel" aria-labelledby="round-heading" @round-changed=${this.onRoundChanged}>
        <h2 id="round-heading" tabindex="-1">Runde</h2>
        ${
          countdown
            ? html`<div class="clock">
                <pa-countdown
                  .countdown=${countdown}
                  .serverNow=${w.round.now}
                  @countdown-ended=${() => this.live.soon()}
                ></pa-countdown>
                <button type="button" @click=${this.stopCountdown}>Countdown beenden</button>
              </div>`
            : html`<p>Kein Countdown läuft.</p>`
        }
        <pa-exercise-controls
          .workshopId=${w.id}
          .exercises=${dashboard.exercises}
          .countdown=${countdown}
        ></pa-exercise-controls>
        <h3>Runde starten</h3>
        <pa-round-form .workshopId=${w.id} .exercises=${dashboard.exercises}></pa-round-form>
      </section>
      <section class="panel" aria-labelledby="message-heading" @round-changed=${this.onRoundChanged}>
        <h2 id="message-heading">Nachricht an alle</h2>
        <pa-announce-form .workshopId=${w.id} .announcement=${w.round.announcement}></pa-announce-form>
      </section>
      <pa-team-runs .workshopId=${w.id} .exercises=${dashboard.exercises} .providers=${this.providers}></pa-team-runs>
    `;
  }
}

customElements.define('pa-dashboard', PaDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'pa-dashboard': PaDashboard;
  }
}
