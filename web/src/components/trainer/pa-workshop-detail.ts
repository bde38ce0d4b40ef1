import { css, html, LitElement, nothing } from 'lit';
import { ApiRequestError, errorMessage } from '../../api/errors.ts';
import { trainerApi } from '../../api/trainer.ts';
import type { ExerciseSummary, ProviderInfo, WorkshopDetail, WorkshopLiveEvent } from '../../api/types.ts';
import { formatDay, formatInteger } from '../../format.ts';
import { ReloadOnReconnect } from '../../state/reconnect.ts';
import { navigate, routeHref } from '../../state/router.ts';
import { dangerStyles } from '../../styles/blocks.ts';
import { baseStyles } from '../../styles/shared.ts';
import { LiveReload, TEAM_ACTIVITY } from './live-reload.ts';
import type { PaActionDialog } from './pa-action-dialog.ts';
import type { PaTeamRuns } from './pa-team-runs.ts';
import type { TeamAction } from './pa-teams-table.ts';
import { removeMemberDialog, removeTeamDialog, renameTeamDialog, type TeamDialogContext } from './team-dialogs.ts';
import './pa-action-dialog.ts';
import './pa-invite-panel.ts';
import './pa-join-panel.ts';
import './pa-settings-summary.ts';
import './pa-team-runs.ts';
import './pa-teams-table.ts';

/**
 * One workshop, for its trainers: the way to its live overview, projector view and evaluation, how teams join (code,
 * link, QR code, open or closed), the teams with their members and spend, live as they arrive, the settings,
 * co-trainers and deleting.
 */
export class PaWorkshopDetail extends LitElement {
  static override properties = {
    workshopId: { attribute: false },
    detail: { state: true },
    catalogue: { state: true },
    providers: { state: true },
    error: { state: true },
    announcement: { state: true },
  };

  declare workshopId: string;
  declare detail: WorkshopDetail | undefined;
  declare catalogue: ExerciseSummary[];
  declare providers: ProviderInfo[];
  declare error: string;
  declare announcement: string;

  private readonly live: LiveReload<WorkshopDetail>;
  /** What the live events brought since the last reload, said once it shows. */
  private pending: string[] = [];
  private savingJoin = false;

  constructor() {
    super();
    this.catalogue = [];
    this.providers = [];
    this.error = '';
    this.announcement = '';
    new ReloadOnReconnect(this, () => void this.load());
    this.live = new LiveReload(this, {
      workshopId: () => this.workshopId,
      types: TEAM_ACTIVITY,
      fetch: () => trainerApi.workshop(this.workshopId),
      show: (detail) => {
        this.detail = detail;
        this.error = '';
        this.say();
      },
      fail: (error) => {
        // Deleted meanwhile (by a co-trainer): nothing left to act on.
        if (error instanceof ApiRequestError && error.status === 404) this.detail = undefined;
        this.error = errorMessage(error);
        this.say();
      },
      onEvent: (event) => this.onLive(event),
      // A little longer than the default: after removing a team, the dialog's own reload should show first (it
      // moves the focus to the heading); the live one removing the row under the open dialog loses it.
      delayMs: 300,
    });
  }

  static override styles = [
    baseStyles,
    dangerStyles,
    css`
      section,
      pa-join-panel,
      pa-settings-summary,
      pa-invite-panel {
        margin-top: 1.5rem;
      }
      h1 {
        overflow-wrap: anywhere;
        margin-bottom: 0.25rem;
      }
      .live {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      [this.detail, this.catalogue, this.providers] = await Promise.all([
        trainerApi.workshop(this.workshopId),
        trainerApi.exercises(),
        trainerApi.providers(),
      ]);
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    }
  }

  /** Tells screen readers what the live events brought, once it shows. */
  private say(): void {
    if (this.pending.length) this.announcement = this.pending.splice(0).join(' ');
  }

  private onLive(event: WorkshopLiveEvent): void {
    if (event.type !== 'team-joined') return;
    const known = this.detail?.teams.some((t) => t.id === event.team.id);
    this.pending.push(
      known ? `${event.team.name}: eine weitere Person ist beigetreten.` : `Neues Team: ${event.team.name}.`,
    );
  }

  private get dialog(): PaActionDialog | null {
    return this.renderRoot.querySelector('pa-action-dialog');
  }

  private get context(): TeamDialogContext {
    return {
      workshopId: this.workshopId,
      done: async (announcement) => {
        await this.live.reload();
        this.announcement = announcement;
      },
      teamsHeading: () => this.renderRoot.querySelector<HTMLElement>('#teams-heading'),
    };
  }

  private readonly onTeamAction = (event: CustomEvent<TeamAction>) => {
    const detail = event.detail;
    if (detail.action === 'show-runs') {
      void this.renderRoot.querySelector<PaTeamRuns>('pa-team-runs')?.open(detail.team);
      return;
    }
    const request =
      detail.action === 'remove-member'
        ? removeMemberDialog(this.context, detail.team, detail.member)
        : (detail.action === 'rename' ? renameTeamDialog : removeTeamDialog)(this.context, detail.team);
    void this.dialog?.open(request);
  };

  private readonly onJoinOpen = async (event: CustomEvent<boolean>) => {
    if (!this.detail || this.savingJoin) return;
    this.savingJoin = true;
    try {
      const workshop = await trainerApi.updateWorkshop(this.workshopId, { join_open: event.detail });
      this.detail = { ...this.detail, ...workshop };
      this.error = '';
    } catch (error) {
      this.error = errorMessage(error);
    } finally {
      this.savingJoin = false;
    }
  };

  private readonly deleteWorkshop = () => {
    const title = this.detail?.title ?? '';
    void this.dialog?.open({
      heading: 'Workshop endgültig löschen?',
      text: [
        'Der Workshop wird mit allen Teams und allen Versuchen gelöscht; alle Teilnehmenden werden sofort abgemeldet.',
        'Das lässt sich nicht rückgängig machen.',
      ],
      confirm: 'Workshop löschen',
      danger: true,
      input: { label: 'Zur Bestätigung den Titel des Workshops eingeben', hint: `Titel: ${title}`, mustEqual: title },
      action: async () => {
        await trainerApi.deleteWorkshop(this.workshopId);
        navigate({ name: 'workshops' });
      },
    });
  };

  override render() {
    const w = this.detail;
    return html`
      <p><a href=${routeHref({ name: 'workshops' })}>Alle Workshops</a></p>
      <h1 tabindex="-1">${w?.title ?? 'Workshop'}</h1>
      ${w ? html`<p class="muted">${formatDay(w.date)}</p>` : nothing}
      <p class="live">
        <a class="button primary" href=${routeHref({ name: 'dashboard', id: this.workshopId })}
          >Live-Übersicht öffnen</a
        >
        <a class="button" href=${routeHref({ name: 'projector', id: this.workshopId })}>Beamer-Ansicht öffnen</a>
        <a class="button" href=${routeHref({ name: 'evaluation', id: this.workshopId })}>Auswertung öffnen</a>
      </p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${w ? this.renderWorkshop(w) : this.error ? nothing : html`<p>Wird geladen …</p>`}
      <p class="sr-only" role="status">${this.announcement}</p>
      <pa-action-dialog></pa-action-dialog>
    `;
  }

  private renderWorkshop(w: WorkshopDetail) {
    const exercises = w.exercises.map((id) => ({ id, title: this.catalogue.find((e) => e.id === id)?.title ?? id }));
    return html`
      <pa-join-panel .workshop=${w} @join-open-change=${this.onJoinOpen}></pa-join-panel>
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading" tabindex="-1">Teams (${formatInteger(w.teams.length)})</h2>
        ${
          w.teams.length
            ? html`<pa-teams-table .teams=${w.teams} .workshop=${w} @team-action=${this.onTeamAction}></pa-teams-table>`
            : html`<p>
                Noch ist kein Team beigetreten. Neue Teams erscheinen hier von selbst, ohne dass Sie die Seite neu
                laden.
              </p>`
        }
      </section>
      <pa-settings-summary
        .workshop=${w}
        .catalogue=${this.catalogue}
        .providers=${this.providers}
      ></pa-settings-summary>
      <pa-invite-panel .workshopId=${w.id}></pa-invite-panel>
      <section class="panel" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Workshop löschen</h2>
        <p>Nach dem Workshop können Sie ihn mit allen Teams und Versuchen löschen.</p>
        <button type="button" class="danger" @click=${this.deleteWorkshop}>Workshop löschen</button>
      </section>
      <pa-team-runs .workshopId=${w.id} .exercises=${exercises} .providers=${this.providers}></pa-team-runs>
    `;
  }
}

customElements.define('pa-workshop-detail', PaWorkshopDetail);

declare global {
  interface HTMLElementTagNameMap {
    'pa-workshop-detail': PaWorkshopDetail;
  }
}
