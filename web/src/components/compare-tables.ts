import { css, html } from 'lit';
import type { RunWithResults } from '../api/types.ts';
import { formatDateTime, formatEur, formatPoints } from '../format.ts';
import { scoresByCase, totals } from '../state/run-summary.ts';
import { tableStyles } from '../styles/blocks.ts';

/** Below half a point the difference is rounding noise. */
const SAME = 0.005;

export const compareStyles = [
  tableStyles,
  css`
    .scroller {
      margin-top: 1rem;
    }
    .better {
      color: var(--pa-ok);
      font-weight: 600;
    }
    .worse {
      color: var(--pa-bad);
      font-weight: 600;
    }
  `,
];

export function renderTotals(
  a: RunWithResults,
  b: RunWithResults,
  nameA: string,
  nameB: string,
  models: (run: RunWithResults) => string[],
) {
  const [ta, tb] = [totals(a.results), totals(b.results)];
  const row = (label: string, va: unknown, vb: unknown) =>
    html`<tr>
      <th scope="row">${label}</th>
      <td>${va}</td>
      <td>${vb}</td>
    </tr>`;
  const score = (t: typeof ta) => (t.score === null ? '–' : formatPoints(t.score));
  return html`<div class="scroller" role="region" aria-labelledby="totals-caption" tabindex="0">
    <table>
      <caption id="totals-caption">
        Überblick
      </caption>
      <thead>
        <tr>
          <th scope="col"><span class="sr-only">Kennzahl</span></th>
          <th scope="col">${nameA}</th>
          <th scope="col">${nameB}</th>
        </tr>
      </thead>
      <tbody>
        ${row('Durchschnitt', score(ta), score(tb))}
        ${row('Bestanden', `${ta.passed} von ${ta.count}`, `${tb.passed} von ${tb.count}`)}
        ${row('Kosten', formatEur(ta.costEur), formatEur(tb.costEur))}
        ${row('Modelle', models(a).join(', '), models(b).join(', '))}
        ${row('Gestartet', formatDateTime(a.createdAt), formatDateTime(b.createdAt))}
      </tbody>
    </table>
  </div>`;
}

function change(before: number | undefined, after: number | undefined) {
  if (before === undefined || after === undefined)
    return { kind: 'missing', text: html`<span>nicht vergleichbar</span>` };
  const delta = after - before;
  const points = formatPoints(Math.abs(delta) * 100);
  if (Math.abs(delta) < SAME)
    return { kind: 'same', text: html`<span><span aria-hidden="true">=</span> gleich</span>` };
  return delta > 0
    ? { kind: 'better', text: html`<span class="better"><span aria-hidden="true">▲</span> besser (+${points})</span>` }
    : {
        kind: 'worse',
        text: html`<span class="worse"><span aria-hidden="true">▼</span> schlechter (−${points})</span>`,
      };
}

export function renderCaseTable(
  a: RunWithResults,
  b: RunWithResults,
  nameA: string,
  nameB: string,
  label: (caseId: string) => string,
) {
  const [sa, sb] = [scoresByCase(a.results), scoresByCase(b.results)];
  const caseIds = [...new Set([...a.cases, ...b.cases])];
  const rows = caseIds.map((caseId) => ({ caseId, ...change(sa.get(caseId), sb.get(caseId)) }));
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
  const score = (value: number | undefined) => (value === undefined ? '–' : formatPoints(value * 100));
  return html`<p>
      ${nameB} gegenüber ${nameA}: <span class="better">${count('better')} besser</span>,
      <span class="worse">${count('worse')} schlechter</span>, ${count('same')} gleich.
    </p>
    <div class="scroller" role="region" aria-labelledby="cases-caption" tabindex="0">
      <table>
        <caption id="cases-caption">
          Punkte je Fall (Mittelwert über die Modelle)
        </caption>
        <thead>
          <tr>
            <th scope="col">Fall</th>
            <th scope="col">${nameA}</th>
            <th scope="col">${nameB}</th>
            <th scope="col">Veränderung</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (r) =>
              html`<tr>
                <th scope="row">${label(r.caseId)}</th>
                <td>${score(sa.get(r.caseId))}</td>
                <td>${score(sb.get(r.caseId))}</td>
                <td>${r.text}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}
