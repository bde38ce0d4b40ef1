import { css, html, LitElement, nothing } from 'lit';
import type { VoteResults, VoteStanding } from '../../api/types.ts';
import { formatInteger, formatPercent } from '../../format.ts';
import { tableStyles } from '../../styles/blocks.ts';
import { baseStyles, scrollerStyles } from '../../styles/shared.ts';
import { formatScore } from './round-labels.ts';

const tauNumber = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Kendall's tau in one plain sentence: how far the people's order follows the checks'. */
function tauText(tau: number | null): string {
  if (tau === null) return 'Für einen Vergleich der beiden Rangfolgen gibt es noch zu wenige Stimmen.';
  if (tau >= 0.7) return 'Prüfungen und Stimmen stimmen weitgehend überein.';
  if (tau >= 0.3) return 'Prüfungen und Stimmen stimmen teilweise überein.';
  if (tau > -0.3) return 'Prüfungen und Stimmen hängen kaum zusammen.';
  return 'Die Stimmen ordnen die Teams eher umgekehrt als die Prüfungen.';
}

const count = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${formatInteger(n)} ${many}`);

/** The chance with its 95 % interval, in words and as a bar: the interval a band, the estimate a mark. */
function chance({ strength, low, high }: VoteStanding) {
  if (strength === null || low === null || high === null) return html`<span class="muted">nicht verglichen</span>`;
  const at = (ratio: number) => Math.min(100, Math.max(0, ratio * 100));
  return html`${formatPercent(strength)}
    <span class="muted">(95 %: ${formatPercent(low)} bis ${formatPercent(high)})</span>
    <svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="3" width="100" height="4"></rect>
      <rect class="range" x=${at(low)} y="1" width=${Math.max(0.5, at(high) - at(low))} height="8"></rect>
      <rect class="mark" x=${Math.max(0, at(strength) - 0.75)} y="0" width="1.5" height="10"></rect>
    </svg>`;
}

/**
 * One exercise's vote beside its checks: per team the rank by the checks and by the votes, the chance to beat an
 * average entry (with its 95 % interval, as text and as a bar) and the pairs won, lost and tied; then how far both
 * orders agree, in a sentence, and the pairs of teams they order differently.
 */
export class PaVoteResults extends LitElement {
  static override properties = {
    results: { attribute: false },
  };

  declare results: VoteResults;

  static override styles = [
    baseStyles,
    scrollerStyles,
    tableStyles,
    css`
      :host {
        margin-top: 1rem;
      }
      table {
        min-width: 44rem;
      }
      th.number,
      td.number {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      tbody th {
        overflow-wrap: anywhere;
      }
      .chance {
        min-width: 12rem;
      }
      .bar {
        display: block;
        width: 100%;
        height: 0.9rem;
        margin-top: 0.3rem;
      }
      .track {
        fill: var(--pa-bg);
        stroke: var(--pa-border-strong);
        stroke-width: 0.3;
      }
      .range {
        fill: var(--pa-primary-soft);
        stroke: var(--pa-primary);
        stroke-width: 0.3;
      }
      .mark {
        fill: var(--pa-primary-dark);
      }
      h3 {
        margin-top: 1.25rem;
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
    `,
  ];

  override render() {
    const r = this.results;
    if (r.votes === 0) return html`<p>Noch hat niemand abgestimmt.</p>`;
    const summary = `${count(r.votes, 'Stimme', 'Stimmen')} von ${count(r.voters, 'Person', 'Personen')}.`;
    return html`<p>${r.open ? `Bisher ${summary}` : summary}</p>
      ${this.renderResults(r)}`;
  }

  private renderResults(r: VoteResults) {
    const rows = [...r.entries].sort((a, b) => a.auto_rank - b.auto_rank);
    return html`
      <div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <table>
          <caption id="caption">
            Rangfolge nach Prüfungen und nach Stimmen: ${r.title}
          </caption>
          <thead>
            <tr>
              <th scope="col">Team</th>
              <th scope="col">Rang nach Prüfungen</th>
              <th scope="col">Rang nach Stimmen</th>
              <th scope="col">Gewinnchance</th>
              <th scope="col" class="number">Siege</th>
              <th scope="col" class="number">Niederlagen</th>
              <th scope="col" class="number">Unentschieden</th>
              <th scope="col" class="number">Beide schwach</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (e) =>
                html`<tr>
                  <th scope="row">${e.team}</th>
                  <td>${e.auto_rank}. <span class="muted">(${formatScore(e.points)} Punkte)</span></td>
                  <td>
                    ${e.vote_rank === null ? html`<span class="muted">nicht verglichen</span>` : `${e.vote_rank}.`}
                  </td>
                  <td class="chance">${chance(e)}</td>
                  <td class="number">${formatInteger(e.wins)}</td>
                  <td class="number">${formatInteger(e.losses)}</td>
                  <td class="number">${formatInteger(e.ties)}</td>
                  <td class="number">${formatInteger(e.both_poor)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      <p class="muted">
        Gewinnchance: wie wahrscheinlich die Antwort eines Teams nach den Stimmen gegen eine durchschnittliche Abgabe
        gewinnt; in Klammern der Bereich, in dem sie mit 95 % Sicherheit liegt.
      </p>
      <h3>Prüfungen und Stimmen im Vergleich</h3>
      <p>
        ${tauText(r.tau)}
        ${
          r.tau === null
            ? nothing
            : html`<span class="muted"
                >(Kendalls Tau: ${tauNumber.format(r.tau)}; 1 hieße gleiche Reihenfolge, 0 kein Zusammenhang, −1
                umgekehrte Reihenfolge.)</span
              >`
        }
      </p>
      ${
        r.disagreements.length
          ? html`<p>Hier sehen die Stimmen es anders als die Prüfungen:</p>
              <ul>
                ${r.disagreements.map(
                  (d) => html`<li>Nach den Prüfungen liegt ${d.by_checks} vorn, nach den Stimmen ${d.by_votes}.</li>`,
                )}
              </ul>`
          : html`<p>Die Stimmen ordnen jedes verglichene Paar von Teams wie die Prüfungen.</p>`
      }
    `;
  }
}

customElements.define('pa-vote-results', PaVoteResults);

declare global {
  interface HTMLElementTagNameMap {
    'pa-vote-results': PaVoteResults;
  }
}
