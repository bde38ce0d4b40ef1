import { css, html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Team, Workshop } from '../../api/types.ts';
import { formatDateTime, formatInteger } from '../../format.ts';
import { dangerStyles, tableStyles } from '../../styles/blocks.ts';
import { baseStyles, scrollerStyles } from '../../styles/shared.ts';
import { memberName, spendText } from './labels.ts';

export type Member = Team['members'][number];

export type TeamAction =
  | { action: 'rename' | 'remove-team' | 'show-runs'; team: Team }
  | { action: 'remove-member'; team: Team; member: Member };

/** How a member is called in buttons and questions: by name, else by position ("Person 2 ohne Namen"). */
export const memberLabel = (team: Team, member: Member) =>
  member.name ?? `Person ${team.members.indexOf(member) + 1} ohne Namen`;

/** The teams with members, runs, spend and last run, and what a trainer can do with them. Fires `team-action`. */
export class PaTeamsTable extends LitElement {
  static override properties = {
    teams: { attribute: false },
    workshop: { attribute: false },
  };

  declare teams: Team[];
  declare workshop: Workshop;

  constructor() {
    super();
    this.teams = [];
  }

  static override styles = [
    baseStyles,
    scrollerStyles,
    tableStyles,
    dangerStyles,
    css`
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.75rem;
        padding: 0.15rem 0;
      }
      td button {
        min-height: 2.25rem;
        padding: 0.2rem 0.7rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
      }
      /* Narrow screens scroll the table in its region rather than crushing the names letter by letter. */
      table {
        min-width: 46rem;
      }
      th[scope='row'] {
        min-width: 9rem;
        overflow-wrap: break-word;
      }
    `,
  ];

  override render() {
    return html`<div class="scroller" role="region" aria-labelledby="teams-caption" tabindex="0">
      <table>
        <caption id="teams-caption">
          Teams mit Mitgliedern, Läufen und Ausgaben
        </caption>
        <thead>
          <tr>
            <th scope="col">Team</th>
            <th scope="col">Mitglieder</th>
            <th scope="col">Läufe</th>
            <th scope="col">Ausgaben</th>
            <th scope="col">Letzter Lauf</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.teams,
            (team) => team.id,
            (team) => this.renderTeam(team),
          )}
        </tbody>
      </table>
    </div>`;
  }

  private renderTeam(team: Team) {
    return html`<tr>
      <th scope="row">${team.name}</th>
      <td>
        ${
          team.members.length
            ? html`<ul>
                ${team.members.map(
                  (member) =>
                    html`<li>
                      <span class=${member.name ? '' : 'muted'}>${memberName(member.name)}</span>
                      <button type="button" @click=${() => this.emit({ action: 'remove-member', team, member })}>
                        Entfernen<span class="sr-only">: ${memberLabel(team, member)} aus ${team.name}</span>
                      </button>
                    </li>`,
                )}
              </ul>`
            : html`<span class="muted">niemand mehr</span>`
        }
      </td>
      <td class="number">${formatInteger(team.runs)}</td>
      <td>${spendText(team, this.workshop)}</td>
      <td>
        ${team.last_run_at === null ? html`<span class="muted">noch keiner</span>` : formatDateTime(team.last_run_at)}
      </td>
      <td>
        <div class="actions">
          ${
            team.runs > 0
              ? html`<button type="button" @click=${() => this.emit({ action: 'show-runs', team })}>
                  Versuche ansehen<span class="sr-only">: ${team.name}</span>
                </button>`
              : nothing
          }
          <button type="button" @click=${() => this.emit({ action: 'rename', team })}>
            Umbenennen<span class="sr-only">: ${team.name}</span>
          </button>
          <button type="button" class="danger" @click=${() => this.emit({ action: 'remove-team', team })}>
            Team entfernen<span class="sr-only">: ${team.name}</span>
          </button>
        </div>
      </td>
    </tr>`;
  }

  private emit(detail: TeamAction): void {
    this.dispatchEvent(new CustomEvent('team-action', { detail, bubbles: true, composed: true }));
  }
}

customElements.define('pa-teams-table', PaTeamsTable);

declare global {
  interface HTMLElementTagNameMap {
    'pa-teams-table': PaTeamsTable;
  }
}
