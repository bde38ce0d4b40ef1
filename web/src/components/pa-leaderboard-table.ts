import { css, html, LitElement, nothing } from 'lit';
import type { OverallRow } from '../api/types.ts';
import { formatPoints } from '../format.ts';
import { baseStyles, scrollerStyles } from '../styles/shared.ts';
import { tableStyles } from '../styles/blocks.ts';

/** What a row of any ranking has: the overall one and each exercise's. */
export type RankedTeam = Pick<OverallRow, 'team' | 'team_id' | 'points' | 'rank'>;

/**
 * One ranking as a table: rank, team (the row's header), points. The caption names the ranking and says which cases
 * count; the viewer's own team is marked in words ("Ihr Team"), not by colour alone.
 */
export class PaLeaderboardTable extends LitElement {
  static override properties = {
    caption: {},
    note: {},
    rows: { attribute: false },
    ownTeam: { attribute: false },
  };

  declare caption: string;
  /** Below the caption: which cases count. */
  declare note: string;
  declare rows: readonly RankedTeam[];
  /** The id of the viewer's team, if they are in one. */
  declare ownTeam: string | undefined;

  constructor() {
    super();
    this.caption = '';
    this.note = '';
    this.rows = [];
  }

  static override styles = [
    baseStyles,
    scrollerStyles,
    tableStyles,
    css`
      :host {
        margin-bottom: 1.5rem;
      }
      .note {
        display: block;
        font-weight: 400;
      }
      th.number {
        text-align: right;
      }
      tr.own > * {
        background: var(--pa-primary-soft);
        font-weight: 700;
      }
      .empty {
        border: 1px solid var(--pa-border);
        border-radius: var(--pa-radius);
        background: var(--pa-surface);
        padding: 0.75rem 1rem;
        margin: 0;
      }
    `,
  ];

  override render() {
    if (this.rows.length === 0) {
      return html`<p class="empty">
        <strong>${this.caption}</strong><span class="note">${this.note} Noch hat kein Team eine Abgabe.</span>
      </p>`;
    }
    return html`<div class="scroller">
      <table>
        <caption>
          ${this.caption}<span class="note">${this.note}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Rang</th>
            <th scope="col">Team</th>
            <th scope="col" class="number">Punkte</th>
          </tr>
        </thead>
        <tbody>
          ${this.rows.map((row) => {
            const own = row.team_id === this.ownTeam;
            return html`<tr class=${own ? 'own' : nothing}>
              <td>${row.rank}.</td>
              <th scope="row">${row.team}${own ? ' (Ihr Team)' : nothing}</th>
              <td class="number">${formatPoints(row.points)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('pa-leaderboard-table', PaLeaderboardTable);

declare global {
  interface HTMLElementTagNameMap {
    'pa-leaderboard-table': PaLeaderboardTable;
  }
}
