import { css, html, nothing } from 'lit';
import type { OverallRow } from '../../api/types.ts';
import { formatScore } from './round-labels.ts';
import { moveText, type RankMoves } from './rank-moves.ts';

/** Rows a projector shows: readable from the back of the room. */
const TOP = 8;

type Ranked = Pick<OverallRow, 'team_id' | 'team' | 'points' | 'rank'>;

/** A static arrow beside the place of a team that moved lately, in words for screen readers. */
function moveMark(by: number) {
  if (by === 0) return nothing;
  return html`<span class="move" aria-hidden="true">${by > 0 ? '▲' : '▼'} ${Math.abs(by)}</span>
    <span class="sr-only">(${moveText(by)})</span>`;
}

/** One ranking on the projector under the heading `headingId` names: place, team, points, the top rows only. */
export function rankingTable(headingId: string, rows: readonly Ranked[], moves: RankMoves) {
  if (rows.length === 0) return html`<p>Noch keine Punkte.</p>`;
  const rest = rows.length - TOP;
  return html`<table aria-labelledby=${headingId}>
      <thead>
        <tr>
          <th scope="col">Platz</th>
          <th scope="col">Team</th>
          <th scope="col" class="number">Punkte</th>
        </tr>
      </thead>
      <tbody>
        ${rows.slice(0, TOP).map(
          (row) =>
            html`<tr>
              <td class="rank">${row.rank}. ${moveMark(moves.moved(row.team_id))}</td>
              <th scope="row">${row.team}</th>
              <td class="number">${formatScore(row.points)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${rest > 0 ? html`<p>… und ${rest === 1 ? 'ein weiteres Team' : `${rest} weitere Teams`}</p>` : nothing}`;
}

export const rankingStyles = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 1.3em;
  }
  th,
  td {
    text-align: left;
    padding: 0.2em 0.4em;
    border-bottom: 2px solid currentColor;
  }
  thead th {
    font-size: 0.7em;
  }
  tbody th {
    overflow-wrap: anywhere;
  }
  .number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .rank {
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  .move {
    font-size: 0.7em;
    font-weight: 700;
    margin-left: 0.3em;
  }
`;
