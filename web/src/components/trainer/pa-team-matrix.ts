import { css, html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Dashboard, Stuck, Workshop } from '../../api/types.ts';
import { formatInteger } from '../../format.ts';
import { countsText, countTotal } from '../../lib/guard.ts';
import { tableStyles } from '../../styles/blocks.ts';
import { baseStyles, scrollerStyles } from '../../styles/shared.ts';
import { spendText } from './labels.ts';
import { exerciseStateText, scoreText, sinceText, stuckText } from './round-labels.ts';

type DashboardTeam = Dashboard['teams'][number];
type Cell = DashboardTeam['cells'][number];

/** What `show-runs` asks for: a team's attempts at one exercise. */
export interface ShowRuns {
  team: { id: string; name: string };
  exercise: string;
}

const attemptsText = (n: number) => (n === 1 ? '1 Versuch' : `${formatInteger(n)} Versuche`);

/**
 * The live overview's teams × exercises: best points, attempts and last activity per cell, spend against the
 * budget, and which teams may need help (in text, above the table and in each row). A cell with attempts is a
 * button: it fires `show-runs`. Times are relative to the server's clock of the same answer.
 */
export class PaTeamMatrix extends LitElement {
  static override properties = {
    dashboard: { attribute: false },
    workshop: { attribute: false },
  };

  declare dashboard: Dashboard;
  declare workshop: Pick<Workshop, 'budget_eur' | 'budget_tokens'>;

  static override styles = [
    baseStyles,
    scrollerStyles,
    tableStyles,
    css`
      .help {
        margin: 0 0 1.25rem;
      }
      .help h3 {
        margin-bottom: 0.5rem;
      }
      .help ul {
        margin: 0;
        padding: 0;
        list-style: none;
        display: grid;
        gap: 0.5rem;
      }
      .help li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 1rem;
      }
      .stuck {
        color: var(--pa-warn);
        background: var(--pa-warn-soft);
        border-left: 4px solid var(--pa-warn);
        padding: 0.1rem 0.5rem;
        font-weight: 600;
      }
      .help button {
        min-height: 2.25rem;
        padding: 0.2rem 0.7rem;
      }
      table {
        min-width: 40rem;
      }
      th[scope='row'] {
        min-width: 8rem;
        overflow-wrap: break-word;
      }
      thead th {
        vertical-align: bottom;
      }
      .state {
        display: block;
        font-weight: 400;
        font-size: 0.9rem;
        color: var(--pa-muted);
      }
      /* The cell's button fills it: a large target, and its text reads as the cell's content. */
      button.cell {
        display: grid;
        justify-items: start;
        gap: 0;
        width: 100%;
        min-width: 8rem;
        padding: 0.3rem 0.6rem;
        font-weight: 400;
        text-align: left;
        color: var(--pa-text);
        border-width: 1px;
        border-color: var(--pa-border-strong);
      }
      button.cell strong {
        color: var(--pa-primary);
      }
      .guard {
        display: block;
        white-space: nowrap;
      }
      caption .scope {
        display: block;
        font-weight: normal;
        color: var(--pa-muted);
      }
    `,
  ];

  private readonly titleOf = (exercise: string) =>
    this.dashboard.exercises.find((e) => e.id === exercise)?.title ?? exercise;

  override render() {
    const { dashboard } = this;
    const needHelp = dashboard.teams.flatMap((team) => (team.stuck ? [{ team, stuck: team.stuck }] : []));
    return html`${this.renderHelp(needHelp)}
      <div class="scroller" role="region" aria-labelledby="matrix-caption" tabindex="0">
        <table>
          <caption>
            <span id="matrix-caption">
              Teams und Übungen: beste Punkte, Versuche, letzte Aktivität, Ausgaben und Datenschutz
            </span>
            <span class="scope">
              Die Punkte zählen alle Fälle, auch die verborgenen. Die Rangliste zählt bis zum Aufdecken nur die
              öffentlichen.
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Hinweis</th>
              ${dashboard.exercises.map(
                (e) => html`<th scope="col">${e.title}<span class="state">${exerciseStateText(e)}</span></th>`,
              )}
              <th scope="col">Zuletzt aktiv</th>
              <th scope="col">Ausgaben</th>
              <th scope="col">Datenschutz</th>
            </tr>
          </thead>
          <tbody>
            ${repeat(
              dashboard.teams,
              (team) => team.id,
              (team) => this.renderTeam(team),
            )}
          </tbody>
        </table>
      </div>`;
  }

  /** The teams to look in on first: a short list, so that the trainer needs not scan the whole table. */
  private renderHelp(needHelp: { team: DashboardTeam; stuck: Stuck }[]) {
    return html`<section class="help" aria-labelledby="help-heading">
      <h3 id="help-heading">Teams, die vielleicht Hilfe brauchen</h3>
      ${
        needHelp.length
          ? html`<ul>
              ${needHelp.map(({ team, stuck }) => {
                const { exercise } = stuck;
                return html`<li>
                  <span class="stuck">
                    <span aria-hidden="true">⚠</span> ${team.name}: ${stuckText(stuck, this.titleOf)}
                  </span>
                  ${
                    exercise
                      ? html`<button type="button" @click=${() => this.emit(team, exercise)}>
                          Versuche ansehen<span class="sr-only">: ${team.name}</span>
                        </button>`
                      : nothing
                  }
                </li>`;
              })}
            </ul>`
          : html`<p>Im Moment kommen alle Teams voran.</p>`
      }
    </section>`;
  }

  private renderTeam(team: DashboardTeam) {
    const { now } = this.dashboard;
    return html`<tr>
      <th scope="row">${team.name}</th>
      <td>
        ${
          team.stuck
            ? html`<span class="stuck">
                <span aria-hidden="true">⚠</span> Braucht Hilfe? ${stuckText(team.stuck, this.titleOf)}
              </span>`
            : nothing
        }
      </td>
      ${team.cells.map((cell) => html`<td>${this.renderCell(team, cell)}</td>`)}
      <td>
        ${
          team.running > 0
            ? html`<strong>läuft gerade</strong>`
            : team.last_run_at === null
              ? html`<span class="muted">noch kein Lauf</span>`
              : sinceText(team.last_run_at, now)
        }
      </td>
      <td>${spendText(team, this.workshop)}</td>
      <td>${this.renderGuard(team)}</td>
    </tr>`;
  }

  /** What the data guard replaced in the team's runs and what the team sent unchanged on confirmation: counts only. */
  private renderGuard(team: DashboardTeam) {
    const counts = [
      { total: countTotal(team.data_guard?.replaced), kinds: countsText(team.data_guard?.replaced), text: 'ersetzt' },
      {
        total: countTotal(team.data_guard?.confirmed),
        kinds: countsText(team.data_guard?.confirmed),
        text: 'bestätigt gesendet',
      },
    ].filter(({ total }) => total > 0);
    if (counts.length === 0) return html`<span class="muted">nichts ersetzt</span>`;
    return counts.map(
      ({ total, kinds, text }) =>
        html`<span class="guard" title=${kinds}
          >${formatInteger(total)} ${text}<span class="sr-only"> (${kinds})</span></span
        >`,
    );
  }

  private renderCell(team: DashboardTeam, cell: Cell) {
    if (cell.attempts === 0) return html`<span class="muted">kein Versuch</span>`;
    const last = cell.last_run_at === null ? '' : ` · ${sinceText(cell.last_run_at, this.dashboard.now)}`;
    return html`<button type="button" class="cell" @click=${() => this.emit(team, cell.exercise)}>
      <span class="sr-only">${team.name}, ${this.titleOf(cell.exercise)}: </span>
      <strong>${cell.best === null ? 'noch keine Punkte' : scoreText(cell.best)}</strong>
      <span>${attemptsText(cell.attempts)}${last}</span>
      <span class="sr-only">. Versuche ansehen</span>
    </button>`;
  }

  private emit(team: DashboardTeam, exercise: string): void {
    const detail: ShowRuns = { team: { id: team.id, name: team.name }, exercise };
    this.dispatchEvent(new CustomEvent('show-runs', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-team-matrix', PaTeamMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'pa-team-matrix': PaTeamMatrix;
  }
}
